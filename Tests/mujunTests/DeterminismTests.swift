import Foundation
import Testing

/// The same records and rule set give byte-identical JSON Lines, CSV and
/// HTML, run after run and however the file is read: on one thread
/// (`--chunk-size 0`) or cut into chunks read on two threads (small chunks,
/// and the default size).
@Suite(.serialized) struct DeterminismTests {
  /// The three outputs of one run, written to a folder of their own under
  /// the same names (the page links the CSV by its name).
  func outputs(
    _ input: String, rules: String, chunkSize: String?, in dir: String
  ) throws -> [String: Data] {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var arguments = [
      "evaluate", input, "--rules", rules, "--as-of", "2025-03-31",
      "--jsonl", dir + "/v.jsonl", "--csv", dir + "/v.csv", "--html", dir + "/report.html",
    ]
    if let chunkSize { arguments += ["--chunk-size", chunkSize] }
    let result = try mujun(arguments)
    #expect(result.status == 2, "the sample holds broken records: \(result.standardError)")
    var files: [String: Data] = [:]
    for name in ["v.jsonl", "v.csv", "report.html"] {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
    }
    files["stderr"] = Data(result.standardError.utf8)
    return files
  }

  @Test(arguments: [
    "Rules/cn-national-2008.xml", "Tests/Corpus/rules/chengdu-example-parcels.xml",
  ])
  func sameBytesAcrossRunsAndChunkings(rules: String) throws {
    let dir = try temporaryDirectory()
    let input = dir + "/records.xml"
    let made = try mujun([
      "sample", "--parcels", "2500", "--seed", "21", "--broken-share", "0.03", "--out", input,
    ])
    #expect(made.status == 0)
    let reference = try outputs(input, rules: rules, chunkSize: "0", in: dir + "/one-thread")
    #expect(reference["v.jsonl"].map { $0.count > 1_000_000 } == true)
    let runs: [(String, String?)] = [
      ("one-thread-again", "0"), ("small-chunks", "20000"), ("tiny-chunks", "3000"),
      ("default", nil), ("default-again", nil),
    ]
    for (name, chunkSize) in runs {
      let other = try outputs(input, rules: rules, chunkSize: chunkSize, in: dir + "/" + name)
      for key in reference.keys.sorted() {
        #expect(other[key] == reference[key], "\(rules): \(key) differs in run \(name)")
      }
    }
  }
}
