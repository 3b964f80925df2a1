import Evaluation
import Foundation
import Reports
import Rules
import Testing
import XMLStream

/// `mujun evaluate` reading a file in chunks on two threads gives the same
/// bytes, messages and exit status as reading it on one (`--chunk-size 0`),
/// the reference.
@Suite(.serialized) struct ChunkedEvaluateTests {
  func evaluateBothWays(_ file: String, chunkSize: Int, in dir: String) throws {
    var outputs: [(RunResult, Data)] = []
    for size in [0, chunkSize] {
      let out = dir + "/v\(size).jsonl"
      let result = try mujun([
        "evaluate", file, "--year", "2024", "--jsonl", out, "--chunk-size", String(size),
      ])
      outputs.append((result, try Data(contentsOf: URL(fileURLWithPath: out))))
    }
    #expect(outputs[1].1 == outputs[0].1, "\(file): JSON Lines differ")
    #expect(outputs[1].0.standardError == outputs[0].0.standardError, "\(file)")
    #expect(outputs[1].0.status == outputs[0].0.status, "\(file)")
  }

  @Test func aSampleWithBrokenRecordsGivesTheSameOutputInChunks() throws {
    let dir = try temporaryDirectory()
    let file = dir + "/sample.xml"
    let made = try mujun([
      "sample", "--parcels", "3000", "--seed", "7", "--broken-share", "0.05", "--out", file,
    ])
    #expect(made.status == 0)
    try evaluateBothWays(file, chunkSize: 50_000, in: dir)
    // The same file broken off at a few places, one inside a record.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    for fraction in [0.3, 0.61, 0.97] {
      let cut = dir + "/cut.xml"
      try bytes.prefix(Int(Double(bytes.count) * fraction)).write(to: URL(fileURLWithPath: cut))
      try evaluateBothWays(cut, chunkSize: 50_000, in: dir)
    }
  }

  @Test func anErrorInALaterChunkNamesTheFilesLine() throws {
    let dir = try temporaryDirectory()
    let file = dir + "/sample.xml"
    _ = try mujun(["sample", "--parcels", "400", "--seed", "3", "--out", file])
    var lines = try String(contentsOfFile: file, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    // Break a line near the end: an unclosed `<zone` at its start.
    let target = try #require(lines.indices.last { lines[$0].contains("<zone ") })
    lines[target] = "    <zone <" + lines[target].drop { $0 == " " }
    try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let result = try mujun([
      "evaluate", file, "--jsonl", dir + "/v.jsonl", "--chunk-size", "20000",
    ])
    #expect(result.status == 2)
    // libxml2 stops at the second `<`: line target + 1, column 11.
    #expect(result.standardError.contains("\(file):\(target + 1):11: error:"))
    try evaluateBothWays(file, chunkSize: 20_000, in: dir)
  }

  @Test func everyBrokenFileOfTheCorpusGivesTheSameOutputInChunks() throws {
    // The corpus of broken records (Tests/Corpus/records), read whole and
    // in chunks of 64 bytes (many chunks) and 1 MB. It includes the
    // fuzzer's finding of a file that breaks off inside a start tag after
    // a broken record (fuzz-break-then-cut-start-tag.xml): a one-thread
    // reader once went on at that start tag, where a chunk began. And
    // fuzz-direct-then-nul.xml: a chunk read without libxml2 hands out a
    // record, then meets NUL bytes; libxml2 read the chunk again, and again
    // to the end of the file after the NUL, and handed the record out twice.
    let dir = try temporaryDirectory()
    let folder = repositoryRoot + "/Tests/Corpus/records"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".xml") }.sorted()
    #expect(names.contains("fuzz-break-then-cut-start-tag.xml"))
    #expect(names.contains("fuzz-direct-then-nul.xml"))
    for name in names {
      for size in [64, 1 << 20] {
        try evaluateBothWays(folder + "/" + name, chunkSize: size, in: dir)
      }
    }
  }

  @Test func recordsThatAreNotWellFormedAreEachRejectedAndTheRestRead() throws {
    let dir = try temporaryDirectory()
    let file = dir + "/sample.xml"
    _ = try mujun(["sample", "--parcels", "600", "--seed", "5", "--out", file])
    var lines = try String(contentsOfFile: file, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let starts = lines.indices.filter { lines[$0].hasPrefix("  <parcel ") }
    #expect(starts.count == 600)
    // Break the XML inside parcels 100, 250, 251 and 590 (counting from 1):
    // a mismatched end tag, an undefined entity, a stray `]]>`, and bytes
    // that are not UTF-8, each on the line after the start tag.
    let breakages = [
      (99, "    <x></y>"), (249, "    &nosuch;"), (250, "]]>"), (589, "    \u{FFFF}"),
    ]
    for (index, text) in breakages.reversed() { lines.insert(text, at: starts[index] + 1) }
    var bytes = Array(lines.joined(separator: "\n").utf8)
    // U+FFFF is EF BF BF; FF FF FF is no UTF-8 at all.
    let marker = try #require(bytes.firstRange(of: [0xEF, 0xBF, 0xBF]))
    bytes.replaceSubrange(marker, with: [0xFF, 0xFF, 0xFF])
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let result = try mujun(["evaluate", file, "--jsonl", dir + "/v.jsonl", "--quiet"])
    #expect(result.status == 2)
    let verdicts = try String(contentsOfFile: dir + "/v.jsonl", encoding: .utf8)
      .split(separator: "\n").map { line in
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
      }
    // Every parcel has its verdict, the four broken ones rejected.
    #expect(verdicts.count == 600)
    let rejected = verdicts.indices.filter { verdicts[$0]["status"] as? String == "rejected" }
    #expect(rejected == [99, 249, 250, 589])
    // Parcel 101's start tag is 2 lines further down than it was (one line
    // inserted after parcel 100's start tag, counting from 1): reading went
    // on there.
    #expect(
      result.standardError.contains(
        "reading goes on at the next <parcel>, line \(starts[100] + 2), column 3\n"))
    for size in [1, 20_000, 300_000] { try evaluateBothWays(file, chunkSize: size, in: dir) }
  }
}

extension ChunkedEvaluateTests {
  @Test func linesMadeOnTheReadingThreadsAreTheOnesTheWriterWouldMake() throws {
    // `evaluate` makes each verdict's JSON line and CSV row on the thread
    // that read it, and writes runs of them straight from there; here they
    // are made again, in this process, one by one from each verdict, as
    // the writing thread made them before. Records copied further on are
    // rejected there as duplicate ids, in the middle of those runs.
    let dir = try temporaryDirectory()
    let file = dir + "/sample.xml"
    _ = try mujun([
      "sample", "--parcels", "3000", "--seed", "11", "--broken-share", "0.05", "--out", file,
    ])
    let lines = try String(contentsOfFile: file, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    // Each record's lines, from its start tag to its end tag.
    let starts = lines.indices.filter { lines[$0].hasPrefix("  <parcel ") }
    func record(_ index: Int) -> ArraySlice<Substring> {
      lines[starts[index]...].prefix { !$0.hasPrefix("  </parcel>") } + [
        lines[starts[index]...]
          .first { $0.hasPrefix("  </parcel>") }!
      ]
    }
    // Record 10 after 1000, 11 after 1001, 2000 after 2500, 5 after 2998.
    let copies = [1001: 10, 1002: 11, 2501: 2000, 2999: 5]
    let startIndex = Dictionary(uniqueKeysWithValues: starts.enumerated().map { ($1, $0) })
    var out: [Substring] = []
    for index in lines.indices {
      if let at = startIndex[index], let copied = copies[at] {
        out += record(copied)
      }
      out.append(lines[index])
    }
    let text = out.joined(separator: "\n")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let result = try mujun([
      "evaluate", file, "--jsonl", dir + "/v.jsonl", "--csv", dir + "/v.csv", "--chunk-size",
      "50000",
    ])
    #expect(result.status == 2)
    let ruleSet = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
    let batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet))
    var json = ""
    var csv = VerdictCSV.head()
    var duplicates = 0
    _ = batch.run(try XMLRecordReader(path: file)) { verdict in
      json += VerdictJSON.line(verdict)
      csv += VerdictCSV.row(verdict)
      if verdict.errors.contains(where: { $0.message.contains("duplicate parcel id") }) {
        duplicates += 1
      }
    }
    #expect(duplicates == 4)
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/v.jsonl")) == Data(json.utf8))
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/v.csv")) == Data(csv.utf8))
  }
}
