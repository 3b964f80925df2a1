import Foundation
import Land
import Rules
import Testing
import XMLStream

@testable import Evaluation

/// A batch over `bytes` read both ways: by one thread (the reference) and
/// in chunks of at least `chunkSize` bytes on two; every verdict and the
/// outcome as text, every field included.
///
/// Each way runs twice more with its verdicts rendered on the reading
/// threads (``describing``): each verdict that comes with lines must come
/// with its own, and those runs must give the same verdicts.
func bothWays(_ bytes: [UInt8], chunkSize: Int, file: String = "t.xml") throws -> (
  sequential: [String], chunked: [String], chunks: Int
) {
  let ruleSet = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
  var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: 2024))
  batch.chunkSize = chunkSize
  var runs: [[String]] = []
  for chunked in [false, true] {
    for rendering in [nil, describing] {
      var verdicts: [String] = []
      let reader = XMLRecordReader(bytes: bytes, fileName: file)
      let emit = { (verdict: Verdict, lines: RenderedLines?) in
        verdicts.append(String(describing: verdict))
        guard let lines else { return }
        #expect(rendering != nil)
        #expect(text(of: lines, output: 0) == String(describing: verdict) + "\n")
        #expect(text(of: lines, output: 1) == (verdict.parcel ?? "-") + ",")
      }
      let outcome =
        chunked
        ? batch.run(reader, scores: nil, rendering: rendering, emit: emit)
        : batch.runSequentially(reader, scores: nil, rendering: rendering, emit: emit)
      verdicts.append(summary(of: outcome))
      runs.append(verdicts)
    }
  }
  #expect(runs[1] == runs[0], "one thread, rendered")
  #expect(runs[3] == runs[2], "in chunks, rendered")
  let reader = XMLRecordReader(bytes: bytes, fileName: file)
  var chunks = 0
  if let chunker = reader.chunker(chunkSize: chunkSize) {
    while chunker.chunk(chunks) != nil { chunks += 1 }
  }
  return (runs[0], runs[2], chunks)
}

/// Renders a verdict as its description (output 0) and its id (output 1).
let describing = VerdictRendering(outputs: 2) { verdict, buffers in
  buffers[0] += Array((String(describing: verdict) + "\n").utf8)
  buffers[1] += Array(((verdict.parcel ?? "-") + ",").utf8)
}

func text(of lines: RenderedLines, output: Int) -> String {
  lines.withBytes(output: output) { String(decoding: $0, as: UTF8.self) }
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

  @Test(arguments: ["chengdu-example-parcels", "zj-huangyan-2022-parcels"])
  func scoringBothPassesInChunksGiveTheSameVerdicts(rules name: String) throws {
    let rules = try corpusRuleSet(name)
    let bytes = try sampleBytes("chengdu-2024.xml")
    var runs: [[String]] = []
    for size in [0, 1, 3000] {
      var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: rules, year: 2024))
      batch.chunkSize = size
      var out: [String] = []
      let open = { XMLRecordReader(bytes: bytes, fileName: "t.xml") }
      // Scores are attached in input order: nothing is rendered ahead.
      let outcome = batch.run(open(), reopen: { .success(open()) }, rendering: describing) {
        verdict, lines in
        #expect(lines == nil)
        out.append(String(describing: verdict))
      }
      out.append(summary(of: outcome))
      runs.append(out)
    }
    #expect(runs[0].contains { $0.contains("class: Optional") })
    #expect(runs[1] == runs[0])
    #expect(runs[2] == runs[0])
  }
}

extension ChunkedBatchTests {
  @Test func verdictsRenderedWithoutBeingKeptComeReducedWithTheirWholeLines() throws {
    // The sample has a duplicate id: its rejection is made on the writing
    // thread, comes without lines, and whole.
    let ruleSet = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
    var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: 2024))
    batch.chunkSize = 2000
    let bytes = try sampleBytes("chengdu-2024.xml")
    var whole: [Verdict] = []
    _ = batch.run(XMLRecordReader(bytes: bytes, fileName: "t.xml")) { whole.append($0) }
    let reducing = VerdictRendering(outputs: 1, keepsVerdicts: false) { verdict, buffers in
      buffers[0] += Array(String(describing: verdict).utf8)
    }
    var emitted: [(verdict: Verdict, line: String?)] = []
    _ = batch.run(
      XMLRecordReader(bytes: bytes, fileName: "t.xml"), scores: nil, rendering: reducing
    ) { verdict, lines in
      emitted.append((verdict, lines.map { text(of: $0, output: 0) }))
    }
    try #require(emitted.count == whole.count)
    #expect(emitted.filter { $0.line == nil }.count == 1)
    for (full, got) in zip(whole, emitted) {
      if let line = got.line {
        #expect(line == String(describing: full))
        #expect(String(describing: got.verdict) == String(describing: full.reduced()))
        #expect(got.verdict.findings.isEmpty && got.verdict.indicators.isEmpty)
      } else {
        #expect(String(describing: got.verdict) == String(describing: full))
        #expect(full.errors.contains { $0.message.contains("duplicate parcel id") })
      }
    }
  }
}

extension ChunkedBatchTests {
  @Test func theOutcomeCountsEachStatusItsVerdictsHad() throws {
    // Counted in an array by each status's position in `allCases`.
    #expect(VerdictStatus.allCases.enumerated().allSatisfy { $1.index == $0 })
    let ruleSet = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
    let batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: 2024))
    var statuses: [VerdictStatus: Int] = [:]
    let outcome = batch.run(
      XMLRecordReader(bytes: try sampleBytes("chengdu-2024.xml"), fileName: "t.xml")
    ) { statuses[$0.status, default: 0] += 1 }
    #expect(outcome.counts == statuses)
    #expect(outcome.total == statuses.values.reduce(0, +))
    #expect(statuses.count >= 3)
  }
}
