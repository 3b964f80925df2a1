// libFuzzer target: the input bytes are a rule-set file.
//
// The bytes are written to a file in a private folder (rule sets are read by
// path: a `base` is looked for beside the file, then among the bundled ones)
// and go through the real loading path: `RuleSetLoader.load` and
// `validate` (which adds the XSD). A rule set that loads is applied to the
// sample records; no verdict may print NaN or infinity.
import Evaluation
import Foundation
import Land
import Reports
import Rules
import XMLStream

/// A folder of this process's own, with one rule file rewritten per input.
let folder: String = {
  let path = NSTemporaryDirectory() + "mujun-fuzz-rules-\(getpid())"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}()
let rulePath = folder + "/rules.xml"

/// The sample records, found from this file's path (Fuzz/Targets/FuzzRuleSet).
let sample: [UInt8] = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  let path = root.appendingPathComponent("SampleParcels/contracts-2025.xml").path
  return FileManager.default.contents(atPath: path).map { Array($0) } ?? []
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleSet(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard !sample.isEmpty else {
    fail("cannot read SampleParcels/contracts-2025.xml\n")
  }
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  guard FileManager.default.createFile(atPath: rulePath, contents: bytes) else { abort() }
  let loader = RuleSetLoader()
  let problems = loader.validate(path: rulePath)
  switch loader.load(path: rulePath) {
  case .failure(let errors):
    // Refused: with at least one located message.
    if errors.diagnostics.isEmpty || problems.isEmpty {
      fail("a refused rule set without a message\n")
    }
  case .success(let ruleSet):
    var batch = BatchEvaluator(
      evaluator: Evaluator(ruleSet: ruleSet, asOf: CivilDate("2025-03-31")))
    batch.chunkSize = 0
    let reader = XMLRecordReader(bytes: sample, fileName: "sample.xml")
    let reopen = { () -> Result<XMLRecordReader, Diagnostic> in
      .success(XMLRecordReader(bytes: sample, fileName: "sample.xml"))
    }
    _ = batch.run(reader, reopen: reopen) { (verdict: Verdict) in
      let output = VerdictJSON.line(verdict) + VerdictCSV.row(verdict)
      for bad in [":nan", ":-nan", ":inf", ":-inf", ",nan,", ",inf,", ",-inf,", ",-nan,"]
      where output.contains(bad) {
        fail("non-finite number (\(bad)) in output:\n\(output)\n")
      }
    }
  }
  return 0
}

/// Reports a finding and stops, as libFuzzer expects of a crash.
func fail(_ message: String) -> Never {
  print(message)
  fflush(nil)
  abort()
}
