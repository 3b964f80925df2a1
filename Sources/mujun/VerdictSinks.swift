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

  /// The files, to be committed with the run's other outputs
  /// (``OutputFile/close(_:)``) once ``finish()`` has written what is held.
  var files: [OutputFile] { [jsonl, csv].compactMap { $0 } }

  /// The lines of each verdict, made on the thread that made the verdict:
  /// the JSON line (output 0) when there is a `--jsonl` file, then the CSV
  /// row when there is a `--csv` file; nil when there is neither. Without
  /// `keepingVerdicts` (nothing but the files needs them whole), verdicts
  /// come to the run's `emit` reduced (``Verdict/reduced()``).
  func rendering(keepingVerdicts keeps: Bool, ruleSet: RuleSet) -> VerdictRendering? {
    let outputs = (jsonl != nil ? 1 : 0) + (csv != nil ? 1 : 0)
    guard outputs > 0 else { return nil }
    let (json, csv) = (jsonl != nil, self.csv != nil)
    // Each reading thread renders with parts of its own: every finding
    // written counts a reference to them. (Measured, release, 200k
    // parcels, alternating: BENCHMARKS.md, session 8.)
    return VerdictRendering(
      outputs: outputs, keepsVerdicts: keeps,
      renderPerThread: {
        let parts = json ? VerdictJSONParts(ruleSet) : nil
        return { verdict, buffers in
          if let parts { VerdictJSON.appendLine(verdict, to: &buffers[0], parts: parts) }
          if csv { buffers[json ? 1 : 0].append(contentsOf: VerdictCSV.row(verdict).utf8) }
        }
      })
  }

  /// Writes `verdict` to each file: the lines made by ``rendering`` when
  /// they come with it, else made here.
  ///
  /// Lines that follow each other in their block are held and written
  /// together, straight from the block (one `fwrite` of a block's 300 kB,
  /// not a copy of each line into the file's buffer), and always before
  /// the block's last verdict returns (``RenderedLines/endsBlock``), when
  /// the block's memory goes back to its reading thread.
  ///
  /// Throws as soon as a file cannot be written (a full disk), so that the
  /// run stops there.
  func write(_ verdict: Verdict, lines: RenderedLines?) throws(OutputError) {
    guard let lines else {
      writeHeld()
      jsonl?.write(bytes: VerdictJSON.lineBytes(verdict))
      csv?.write(VerdictCSV.row(verdict))
      try checkFailure()
      return
    }
    if jsonl != nil { hold(lines, output: 0) }
    if csv != nil { hold(lines, output: jsonl == nil ? 0 : 1) }
    if lines.endsBlock {
      writeHeld()
      try checkFailure()
    }
  }

  /// Writes the lines still held; throws when a file could not be written.
  func finish() throws(OutputError) {
    writeHeld()
    try checkFailure()
  }

  private func checkFailure() throws(OutputError) {
    if let failure = jsonl?.failure ?? csv?.failure { throw failure }
  }

  /// Lines held for output 0 and 1: a run of consecutive verdicts' lines
  /// of one block, their first's lines (which keep the block), and where
  /// the run's bytes lie in the block.
  private var held: [(lines: RenderedLines, span: Range<Int>)?] = [nil, nil]

  private func hold(_ lines: RenderedLines, output: Int) {
    let span = lines.span(output: output)
    if let run = held[output], run.lines.sharesBlock(with: lines),
      run.span.upperBound == span.lowerBound
    {
      held[output]?.span = run.span.lowerBound..<span.upperBound
      return
    }
    writeHeld(output)
    held[output] = (lines, span)
  }

  private func writeHeld() {
    writeHeld(0)
    writeHeld(1)
  }

  private func writeHeld(_ output: Int) {
    guard let run = held[output] else { return }
    held[output] = nil
    let file = output == 0 ? (jsonl ?? csv) : csv
    run.lines.withBlockBytes(output: output, run.span) { file?.write(bytes: $0) }
  }
}
