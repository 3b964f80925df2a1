// libFuzzer target: the input bytes are a land-record file.
//
// The bytes go through the real batch path (`BatchEvaluator`, the national
// rule set, contracts checked as of a date), once on one thread and once cut
// into small chunks read on two. Any crash, hang or leak is a finding; so is
// any difference between the two runs' verdicts, messages or counts, and any
// NaN or infinity in a verdict's JSON line or CSV row. A rule set that scores
// parcels is also applied (two passes over the bytes):
// Tests/Corpus/rules/zj-huangyan-2022-parcels.xml, read from the checkout
// the target was built from (the bundled zj-huangyan-2022 scores enterprises,
// which a parcel batch does not do).
import Evaluation
import Foundation
import Land
import Reports
import Rules
import XMLStream

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let national: RuleSet? = try? RuleSetLoader().loadBundled(id: "cn-national-2008").get()
/// The checkout this file is in (Fuzz/Targets/FuzzRecords/FuzzRecords.swift):
/// the fuzzer runs in a folder of its own under Fuzz/.build-fuzz/run/.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let scoringPath = repositoryRoot + "/Tests/Corpus/rules/zj-huangyan-2022-parcels.xml"
let scoring: RuleSet? = try? RuleSetLoader().load(path: scoringPath).get()
let asOf = CivilDate("2025-03-31")

/// Everything a user sees of a run: JSON Lines, CSV rows, messages, counts.
func transcript(_ bytes: [UInt8], ruleSet: RuleSet, chunkSize: Int) -> String {
  var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, asOf: asOf))
  batch.chunkSize = chunkSize
  var text = ""
  let reader = XMLRecordReader(bytes: bytes, fileName: "fuzz.xml")
  let reopen = { () -> Result<XMLRecordReader, Diagnostic> in
    .success(XMLRecordReader(bytes: bytes, fileName: "fuzz.xml"))
  }
  let outcome = batch.run(reader, reopen: reopen) { (verdict: Verdict) in
    for error in verdict.errors { text += error.description + "\n" }
    let line = VerdictJSON.line(verdict)
    let row = VerdictCSV.row(verdict)
    expectFinite(line, in: bytes)
    expectFinite(row, in: bytes)
    text += line + row
  }
  for error in outcome.fileErrors { text += error.description + "\n" }
  if let fatal = outcome.fatal { text += fatal.description + "\n" }
  text += "total \(outcome.total)\n"
  return text
}

/// No NaN or infinity printed as a number (a string value may hold "nan").
func expectFinite(_ output: String, in input: [UInt8]) {
  for bad in [":nan", ":-nan", ":inf", ":-inf", ",nan,", ",inf,", ",-inf,", ",-nan,", "NaN"]
  where output.contains(bad) {
    if bad == "NaN", output.contains("\"NaN") || output.contains("NaN\"") { continue }
    fail("non-finite number (\(bad)) in output:\n\(output)\n")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecords(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let national, let scoring else {
    fail("the rule sets do not load: cn-national-2008 (bundled) and \(scoringPath)\n")
  }
  let whole = transcript(bytes, ruleSet: national, chunkSize: 0)
  let chunked = transcript(bytes, ruleSet: national, chunkSize: 64)
  if whole != chunked {
    fail("one thread and chunks differ\n--- one thread:\n\(whole)\n--- chunks:\n\(chunked)\n")
  }
  _ = transcript(bytes, ruleSet: scoring, chunkSize: 64)
  return 0
}

/// Reports a finding and stops, as libFuzzer expects of a crash.
func fail(_ message: String) -> Never {
  print(message)
  fflush(nil)
  abort()
}
