import ArgumentParser
import Evaluation
import Reports

/// The output files a run writes verdicts to.
final class VerdictSinks {
  private var jsonl: OutputFile?
  private var csv: OutputFile?

  init(jsonl: String?, csv: String?) throws {
    do {
      self.jsonl = try jsonl.map { path throws(OutputError) in try OutputFile(path: path) }
      self.csv = try csv.map { path throws(OutputError) in try OutputFile(path: path) }
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
    self.csv?.write(VerdictCSV.head())
  }

  var isEmpty: Bool { jsonl == nil && csv == nil }

  func write(_ verdict: Verdict) throws(OutputError) {
    jsonl?.write(bytes: VerdictJSON.lineBytes(verdict))
    csv?.write(VerdictCSV.row(verdict))
  }

  func close() throws(OutputError) {
    try jsonl?.close()
    try csv?.close()
  }
}
