import Foundation
import ZIPFoundation

/// The parts of an xlsx workbook (a zip archive), unpacked one at a time by
/// ZIPFoundation, never more than ``TableLimits/maxPartBytes`` each.
struct XLSXPackage {
  /// Why a part could not be unpacked.
  enum Failure: Error, Equatable {
    case missing
    case tooLarge
    case encrypted
    case unsupportedMethod(Int)
    case damaged
  }

  let file: String
  let bytes: [UInt8]
  let limits: TableLimits
  /// By path without case and leading slash: OPC part names compare
  /// without case (ECMA-376 Part 2, 8.1.1.2 and 9.1.1.1), and some
  /// writers store `xl\worksheets\…`. The first of two same names wins.
  let entries: [String: ZipDirectory.Entry]

  init(bytes: [UInt8], file: String, limits: TableLimits) throws(TableProblem) {
    let place = CellPlace(file: file)
    let directory: ZipDirectory
    do {
      directory = try ZipDirectory(bytes, maxEntries: limits.maxParts)
    } catch {
      switch error {
      case .noDirectory:
        throw TableProblem(
          at: place,
          "the xlsx file is incomplete: the zip directory at its end is missing (the file may be cut off); copy the file again or save it again from Excel or WPS"
        )
      case .tooManyParts(let limit):
        throw TableProblem(
          at: place,
          "the xlsx file holds more than \(limit) parts; a workbook holds a few dozen: this is not a workbook, or it is damaged"
        )
      case .damaged(let what):
        throw TableProblem(
          at: place,
          "the xlsx file is damaged: \(what); open it in Excel or WPS and save it again, or ask for a new copy"
        )
      }
    }
    var entries: [String: ZipDirectory.Entry] = [:]
    for entry in directory.entries where entries[Self.key(entry.path)] == nil {
      entries[Self.key(entry.path)] = entry
    }
    self.file = file
    self.bytes = bytes
    self.limits = limits
    self.entries = entries
  }

  static func key(_ path: String) -> String {
    var key = path.lowercased().replacing("\\", with: "/")
    while key.hasPrefix("/") { key.removeFirst() }
    return key
  }

  func has(_ path: String) -> Bool { entries[Self.key(path)] != nil }

  /// The part's bytes, unpacked and checked against its CRC-32.
  func unpack(_ path: String) -> Result<[UInt8], Failure> {
    guard let entry = entries[Self.key(path)] else { return .failure(.missing) }
    if entry.isEncrypted { return .failure(.encrypted) }
    let start = entry.dataOffset
    let end = start + entry.compressedSize
    switch entry.method {
    case 0:
      if entry.compressedSize > limits.maxPartBytes { return .failure(.tooLarge) }
      let stored = Array(bytes[start..<end])
      let checksum = stored.withUnsafeBytes { Data($0) }.crc32(checksum: 0)
      return checksum == entry.crc32 ? .success(stored) : .failure(.damaged)
    case 8:
      return inflate(bytes[start..<end], crc32: entry.crc32, claimed: entry.uncompressedSize)
    default:
      return .failure(.unsupportedMethod(entry.method))
    }
  }

  struct Stop: Error {
    var failure: Failure
  }

  /// Inflates with ZIPFoundation, given only the part's own compressed
  /// bytes. Two traps of ZIPFoundation 0.9.20's inflate loop on Linux
  /// (`Data.decode`) are kept away here:
  /// - handed no bytes when the stream has not ended, it loops for ever
  ///   (weichsel/ZIPFoundation#389): asked for more after the last byte,
  ///   the provider throws instead (the stream is cut off);
  /// - it tells zlib that every chunk holds the full size asked for, so a
  ///   shorter last chunk lets zlib read past it when the stream goes on
  ///   (a heap over-read, found by FuzzTables): the last chunk is padded
  ///   with zeros to the size asked for. A sound stream ends before the
  ///   padding; a stream that reads into it gives a wrong checksum, an
  ///   error, or asks for more.
  /// The output is counted as it comes, never trusting the size the
  /// archive claims.
  private func inflate(_ compressed: ArraySlice<UInt8>, crc32: UInt32, claimed: UInt64)
    -> Result<[UInt8], Failure>
  {
    var output: [UInt8] = []
    // The claimed size spares the copies of growing. A hint only, and
    // bounded by what the compressed bytes can plausibly hold (sheet XML
    // compresses some five to ten times), so a lying claim reserves little.
    let plausible = UInt64(compressed.count) * 16 + (1 << 16)
    output.reserveCapacity(Int(min(claimed, plausible, UInt64(limits.maxPartBytes))))
    var feed = CompressedFeed(bytes: compressed)
    let limit = limits.maxPartBytes
    do {
      let checksum = try Data.decompress(
        size: Int64(compressed.count), bufferSize: 1 << 16, skipCRC32: false,
        provider: { _, size in try feed.next(size) },
        consumer: { data in
          guard data.count <= limit - output.count else { throw Stop(failure: .tooLarge) }
          data.withUnsafeBytes { output.append(contentsOf: $0) }
        })
      return checksum == crc32 ? .success(output) : .failure(.damaged)
    } catch let stop as Stop {
      return .failure(stop.failure)
    } catch {
      return .failure(.damaged)
    }
  }

  /// What went wrong with `part`, and what to do.
  func message(_ failure: Failure, part: String) -> String {
    switch failure {
    case .missing:
      "the workbook names the part \(part), but it is not in the file; the workbook is damaged: open it in Excel or WPS and save it again"
    case .tooLarge:
      "the part \(part) unpacks to more than \(ByteCount.text(limits.maxPartBytes)), far more than a department's data; it is not read (the file may be a zip bomb): check where the file came from"
    case .encrypted:
      "the part \(part) is encrypted; save the workbook again without a password"
    case .unsupportedMethod(let method):
      "the part \(part) is compressed with zip method \(method); workbooks use deflate (8) or none (0): save the workbook again from Excel or WPS"
    case .damaged:
      "the part \(part) is damaged (its compressed data cannot be unpacked, or its checksum does not match); open the workbook in Excel or WPS and save it again, or ask for a new copy"
    }
  }
}
