import ArgumentParser
import Evaluation
import Reports
import Rules

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

  /// The lines of each verdict, made on the thread that made the verdict:
  /// the JSON line (output 0) when there is a `--jsonl` file, then the CSV
  /// row when there is a `--csv` file; nil when there is neither. Without
  /// `keepingVerdicts` (nothing but the files needs them whole), verdicts
  /// come to the run's `emit` reduced (``Verdict/reduced()``).
  func rendering(keepingVerdicts keeps: Bool, ruleSet: RuleSet) -> VerdictRendering? {
    let parts = VerdictJSONParts(ruleSet)
    return switch (jsonl != nil, csv != nil) {
    case (false, false): nil
    case (true, false):
      VerdictRendering(outputs: 1, keepsVerdicts: keeps) { verdict, buffers in
        VerdictJSON.appendLine(verdict, to: &buffers[0], parts: parts)
      }
    case (false, true):
      VerdictRendering(outputs: 1, keepsVerdicts: keeps) { verdict, buffers in
        buffers[0].append(contentsOf: VerdictCSV.row(verdict).utf8)
      }
    case (true, true):
      VerdictRendering(outputs: 2, keepsVerdicts: keeps) { verdict, buffers in
        VerdictJSON.appendLine(verdict, to: &buffers[0], parts: parts)
        buffers[1].append(contentsOf: VerdictCSV.row(verdict).utf8)
      }
    }
  }

  /// Writes `verdict` to each file: the lines made by ``rendering`` when
  /// they come with it, else made here.
  func write(_ verdict: Verdict, lines: RenderedLines?) {
    guard let lines else { return write(verdict) }
    if let jsonl { lines.withBytes(output: 0) { jsonl.write(bytes: $0) } }
    if let csv { lines.withBytes(output: jsonl == nil ? 0 : 1) { csv.write(bytes: $0) } }
  }

  func write(_ verdict: Verdict) {
    jsonl?.write(bytes: VerdictJSON.lineBytes(verdict))
    csv?.write(VerdictCSV.row(verdict))
  }

  func close() throws(OutputError) {
    try jsonl?.close()
    try csv?.close()
  }
}
