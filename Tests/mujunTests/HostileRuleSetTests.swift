import Foundation
import Testing

/// Broken and hostile rule sets (Tests/Corpus/rules): refused before any
/// parcel is evaluated (no output file is even opened), with the location
/// of the problem, and nothing from outside the file in any output.
@Suite(.serialized) struct HostileRuleSetTests {
  /// `mujun evaluate` of the Chengdu sample with `rules`.
  func evaluate(rules: String, in dir: String) throws -> RunResult {
    try mujun([
      "evaluate", "SampleParcels/chengdu-2024.xml", "--rules", rules, "--jsonl", dir + "/v.jsonl",
      "--csv", dir + "/v.csv", "--html", dir + "/r.html",
    ])
  }

  @Test(arguments: [
    (
      "cut-off.xml",
      "11:76: error: the file ends before <thresholds> (opened at line 10, column 3) is closed; the file may be cut off"
    ),
    (
      "hex-and-repeated-threshold.xml",
      "12:5: error: invalid max \"0x10\"; expected a decimal number such as 0.8 or 4500"
    ),
    (
      "nan-threshold.xml",
      "11:5: error: invalid min \"NaN\"; expected a decimal number such as 0.8 or 4500"
    ),
    (
      "overflowing-threshold.xml",
      "11:5: error: invalid min \"1e400\"; expected a decimal number such as 0.8 or 4500"
    ),
    (
      "rules-as-csv.csv",
      "1:1: error: the file is not XML: it holds no element (is it a CSV or text file?); give the XML document"
    ),
    (
      "wrong-namespace.xml",
      "2:1: error: the root element is <ruleSet> in namespace \"urn:example:rules:9\"; expected <ruleSet xmlns=\"urn:mujun:rules:1\">"
    ),
    // Found by the fuzzer (Fuzz/README.md): libxml2 leaked the document it
    // made for this DOCTYPE in the schema check of `rules validate`.
    ("fuzz-doctype-broken-entity.xml", "1:20: error: Unsupported version '2.0'"),
    (
      "xxe-local-file.xml",
      "2:1: error: a DOCTYPE is not allowed in this document (no DTDs or entities are read); remove it"
    ),
  ])
  func aBrokenRuleSetIsRefusedBeforeAnyParcel(name: String, message: String) throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("rules", name)
    let result = try evaluate(rules: file, in: dir)
    #expect(result.status == 2)
    #expect(
      result.standardError
        == "\(file):\(message)\nmujun: the rule set cannot be used; fix it and run again\n")
    #expect(result.standardOutput.isEmpty)
    // No parcel was evaluated: not one output file was written.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    #expect(!result.standardError.contains("root:x:0:0"))
  }

  @Test func theCorpusFrameIsAValidRuleSet() throws {
    // The broken files differ from this one by the line the test names.
    let dir = try temporaryDirectory()
    let result = try evaluate(rules: corpusPath("rules", "valid-control.xml"), in: dir)
    #expect(result.status == 2)  // the sample holds rejected records on purpose
    let jsonl = try String(contentsOfFile: dir + "/v.jsonl", encoding: .utf8)
    #expect(jsonl.split(separator: "\n").count == 20)
  }

  @Test func aFolderOrAMissingPathAsRuleSetIsRefused() throws {
    let dir = try temporaryDirectory()
    let folder = try temporaryDirectory()
    // `--rules` takes a folder of versions (issue 8); one without rule
    // files is refused like a file that cannot be read.
    var result = try evaluate(rules: folder, in: dir)
    #expect(result.status == 2)
    #expect(
      result.standardError
        == "\(folder): error: the folder holds no .xml rule files; give a rule file or a folder of them\nmujun: the rule set cannot be used; fix it and run again\n"
    )
    result = try evaluate(rules: folder + "/missing.xml", in: dir)
    #expect(result.status == 2)
    #expect(
      result.standardError
        == "\(folder)/missing.xml:1:1: error: cannot read the file: No such file or directory; check the path and its permissions\nmujun: the rule set cannot be used; fix it and run again\n"
    )
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
  }

  @Test func rulesValidateNeverReadsAnExternalEntity() throws {
    // `rules validate` also checks the file against the XSD with libxml2's
    // validator: the entity loader refuses everything there too.
    let file = corpusPath("rules", "xxe-local-file.xml")
    let result = try mujun(["rules", "validate", file])
    #expect(result.status != 0)
    #expect(
      (result.standardOutput + result.standardError).contains(
        "\(file):2:1: error: a DOCTYPE is not allowed in this document"))
    #expect(!(result.standardOutput + result.standardError).contains("root:x:0:0"))
  }
}
