import Foundation
import Land
import Testing
import XMLStream

/// Records read by the direct reader (tables of the chunk's bytes) decode to
/// exactly what the same records read by libxml2 decode to: the same
/// parcels, and for a rejected record the same messages.
@Suite struct DirectReadingDecodingTests {
  static let repository: String = {
    let path = #filePath
    guard let range = path.range(of: "/Tests/", options: .backwards) else { return "." }
    return String(path[..<range.lowerBound])
  }()

  /// The decodings of every record of `bytes`, read on one thread by
  /// libxml2, or in chunks of `chunkSize` bytes by the direct reader where
  /// it can.
  static func decodings(_ bytes: [UInt8], chunkSize: Int?) throws -> (
    [ParcelDecoding], directChunks: Int
  ) {
    let whole = XMLRecordReader(bytes: bytes, fileName: "t.xml")
    whole.recordName = ParcelDecoder.recordName
    var decodings: [ParcelDecoding] = []
    guard let chunkSize else {
      while let event = whole.next() {
        if case .record(let record) = event { decodings.append(ParcelDecoder.decode(record)) }
      }
      return (decodings, 0)
    }
    let chunker = try #require(whole.chunker(chunkSize: chunkSize))
    var index = 0
    var directChunks = 0
    while let chunk = chunker.chunk(index) {
      index += 1
      let reader = chunker.reader(for: chunk)
      while let event = reader.next() {
        if case .record(let record) = event { decodings.append(ParcelDecoder.decode(record)) }
      }
      if reader.readDirectly { directChunks += 1 }
      if reader.readsToEndOfFile { break }
    }
    return (decodings, directChunks)
  }

  @Test(arguments: ["chengdu-2024.xml", "contracts-2025.xml"])
  func theSampleParcelsDecodeAlikeBothWays(file: String) throws {
    let bytes = try Array(
      Data(contentsOf: URL(fileURLWithPath: Self.repository + "/SampleParcels/" + file)))
    let (sequential, _) = try Self.decodings(bytes, chunkSize: nil)
    let (direct, directChunks) = try Self.decodings(bytes, chunkSize: 1)
    // Every record but the first and the last is in a chunk of its own,
    // and the samples are plain enough for the direct reader.
    #expect(directChunks >= sequential.count - 2)
    #expect(direct == sequential)
    #expect(sequential.contains { if case .parcel = $0 { true } else { false } })
  }

  /// Records with tenants (`records.md`, version 1.1): the same parcels
  /// both ways, tenants and all.
  @Test func recordsWithTenantsDecodeAlikeBothWays() throws {
    let bytes = try Array(
      Data(
        contentsOf: URL(
          fileURLWithPath: Self.repository + "/Tests/Corpus/records/tenants.xml")))
    let (sequential, _) = try Self.decodings(bytes, chunkSize: nil)
    let (direct, directChunks) = try Self.decodings(bytes, chunkSize: 1)
    #expect(directChunks >= 1)
    #expect(direct == sequential)
    #expect(sequential.map { $0.parcel?.tenants.count } == [3, 2])
  }

  /// Rejected records: the messages are the same both ways.
  @Test(arguments: [
    "bad-numbers.xml", "impossible-date.xml", "unknown-element.xml", "tenancy-over-area.xml",
  ])
  func rejectedRecordsDecodeAlikeBothWays(file: String) throws {
    let bytes = try Array(
      Data(contentsOf: URL(fileURLWithPath: Self.repository + "/Tests/Corpus/records/" + file)))
    let (sequential, _) = try Self.decodings(bytes, chunkSize: nil)
    let (direct, directChunks) = try Self.decodings(bytes, chunkSize: 1)
    #expect(directChunks >= 1)
    #expect(direct == sequential)
    #expect(sequential.contains { if case .rejected = $0 { true } else { false } })
  }
}
