import Foundation
import Testing

/// What one `mujun evaluate` run of a hostile or broken file gave: the
/// process's result and the three output files it wrote.
struct HostileRun {
  var result: RunResult
  var jsonl: String
  var csv: String
  var html: String

  /// The verdict lines' parcel ids and statuses, in order.
  var verdicts: [(id: String?, status: String?)] {
    jsonl.split(separator: "\n").map { line in
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return (object?["parcel"] as? String, object?["status"] as? String)
    }
  }

  /// Everything the run printed or wrote.
  var everything: [String] {
    [result.standardOutput, result.standardError, jsonl, csv, html]
  }

  /// Nothing from a local file the input points at (such as /etc/passwd)
  /// reached any output.
  func expectNothingLeaked(sourceLocation: SourceLocation = #_sourceLocation) {
    for text in everything {
      #expect(!text.contains("root:x:0:0"), sourceLocation: sourceLocation)
      #expect(!text.contains("/bin/bash"), sourceLocation: sourceLocation)
      #expect(!text.contains("/usr/sbin/nologin"), sourceLocation: sourceLocation)
    }
  }

  /// GOOD-1 and GOOD-2 (the good records around the bad one in the corpus
  /// files) each got a verdict that is not rejected.
  func expectGoodRecordsEvaluated(
    _ ids: [String] = ["GOOD-1", "GOOD-2"], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for id in ids {
      let verdict = verdicts.first { $0.id == id }
      #expect(verdict != nil, "no verdict for \(id)", sourceLocation: sourceLocation)
      #expect(verdict?.status != "rejected", "\(id) was rejected", sourceLocation: sourceLocation)
    }
  }
}

/// The corpus of broken and hostile inputs, Tests/Corpus/KIND/NAME.
func corpusPath(_ kind: String, _ name: String) -> String {
  "Tests/Corpus/\(kind)/\(name)"
}

/// Runs `mujun evaluate INPUT` writing JSON Lines, CSV and HTML into `dir`.
func evaluateHostile(
  _ input: String, in dir: String, extra: [String] = []
) throws -> HostileRun {
  let result = try mujun(
    [
      "evaluate", input, "--jsonl", dir + "/v.jsonl", "--csv", dir + "/v.csv", "--html",
      dir + "/r.html",
    ]
      + extra)
  func read(_ name: String) -> String {
    FileManager.default.contents(atPath: dir + "/" + name).map {
      String(decoding: $0, as: UTF8.self)
    } ?? ""
  }
  return HostileRun(
    result: result, jsonl: read("v.jsonl"), csv: read("v.csv"), html: read("r.html"))
}

/// The corpus files' good records, GOOD-1 then GOOD-2, for generated files.
enum CorpusDocument {
  static let head = """
    <?xml version="1.0" encoding="UTF-8"?>
    <landRecords xmlns="urn:mujun:land-records:1" asOf="2025-03-31">
      <parcel id="GOOD-1">
        <district code="510116">双流区</district>
        <area unit="m2">30000</area>
        <sector code="C3971">电子元件</sector>
      </parcel>

    """
  static let tail = """
      <parcel id="GOOD-2">
        <district code="510116">双流区</district>
        <area unit="m2">20000</area>
        <sector code="C3971">电子元件</sector>
      </parcel>
    </landRecords>

    """

  /// GOOD-1 on lines 3-7, `bad` from line 8, then GOOD-2.
  static func around(_ bad: String) -> String { head + bad + "\n" + tail }
}
