import Foundation
import Land
import Rules
import Testing
import XMLStream

@testable import Evaluation

/// A batch over `bytes` read both ways: by one thread (the reference) and
/// in chunks of at least `chunkSize` bytes on two; every verdict and the
/// outcome as text, every field included.
func bothWays(_ bytes: [UInt8], chunkSize: Int, file: String = "t.xml") throws -> (
  sequential: [String], chunked: [String], chunks: Int
) {
  let ruleSet = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
  var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: 2024))
  batch.chunkSize = chunkSize
  var sequential: [String] = []
  let one = batch.runSequentially(XMLRecordReader(bytes: bytes, fileName: file), scores: nil) {
    sequential.append(String(describing: $0))
  }
  sequential.append(summary(of: one))
  var chunked: [String] = []
  let reader = XMLRecordReader(bytes: bytes, fileName: file)
  var chunks = 0
  if let chunker = reader.chunker(chunkSize: chunkSize) {
    while chunker.chunk(chunks) != nil { chunks += 1 }
  }
  let two = batch.run(XMLRecordReader(bytes: bytes, fileName: file), scores: nil) {
    chunked.append(String(describing: $0))
  }
  chunked.append(summary(of: two))
  return (sequential, chunked, chunks)
}

/// An outcome as text (a dictionary's description has no fixed order).
func summary(of outcome: BatchOutcome) -> String {
  let counts = outcome.counts.map { "\($0.key)=\($0.value)" }.sorted()
  return "\(outcome.file) \(String(describing: outcome.fatal)) \(outcome.fileErrors) \(counts)"
}

func sampleBytes(_ name: String) throws -> [UInt8] {
  Array(try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/SampleParcels/" + name)))
}

@Suite struct ChunkedBatchTests {
  @Test(arguments: ["chengdu-2024.xml", "contracts-2025.xml", "truncated.xml"])
  func theSamplesGiveTheSameVerdictsInChunks(name: String) throws {
    let bytes = try sampleBytes(name)
    for size in [1, 2000, 1 << 20] {
      let result = try bothWays(bytes, chunkSize: size)
      #expect(result.chunked == result.sequential, "chunk size \(size)")
      if size == 1 { #expect(result.chunks > 5) }
    }
  }

  @Test func aFileCutAtManyOffsetsGivesTheSameVerdictsInChunks() throws {
    let bytes = try sampleBytes("chengdu-2024.xml")
    for end in stride(from: 200, to: bytes.count, by: 211) {
      let result = try bothWays(Array(bytes[..<end]), chunkSize: 1)
      #expect(result.chunked == result.sequential, "cut at \(end)")
    }
  }

  @Test func aDuplicateIdAcrossAChunkBoundaryRejectsTheSecond() throws {
    // The same parcel twice: with chunk size 1 each is a chunk of its own,
    // read by different threads; the second in input order is rejected.
    let bytes = try sampleBytes("chengdu-2024.xml")
    let text = String(decoding: bytes, as: UTF8.self)
    let first = try #require(text.range(of: "<parcel "))
    let end = try #require(text.range(of: "</parcel>", range: first.upperBound..<text.endIndex))
    let parcel = String(text[first.lowerBound..<end.upperBound])
    let doubled = text.replacingCharacters(
      in: first.lowerBound..<end.upperBound, with: parcel + "\n  " + parcel)
    let result = try bothWays(Array(doubled.utf8), chunkSize: 1)
    #expect(result.chunked == result.sequential)
    #expect(result.chunked[1].contains("duplicate parcel id \"510116-2019-GY-0042\""))
    #expect(result.chunked[1].contains("first used at t.xml:3:3"))
    #expect(!result.chunked[0].contains("duplicate"))
  }

  @Test(arguments: ["chengdu-example.xml", "zj-huangyan-2022.xml"])
  func scoringBothPassesInChunksGiveTheSameVerdicts(rules name: String) throws {
    let rules = try RuleSetLoader().load(path: repositoryRoot + "/Rules/" + name).get()
    let bytes = try sampleBytes("chengdu-2024.xml")
    var runs: [[String]] = []
    for size in [0, 1, 3000] {
      var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: rules, year: 2024))
      batch.chunkSize = size
      var out: [String] = []
      let open = { XMLRecordReader(bytes: bytes, fileName: "t.xml") }
      let outcome = batch.run(open(), reopen: { .success(open()) }) {
        out.append(String(describing: $0))
      }
      out.append(summary(of: outcome))
      runs.append(out)
    }
    #expect(runs[0].contains { $0.contains("class: Optional") })
    #expect(runs[1] == runs[0])
    #expect(runs[2] == runs[0])
  }
}
