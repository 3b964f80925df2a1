import Evaluation
import Foundation
import Reports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Progress of a long run on standard error, redrawn in place at most twice
/// a second, from the first second on; only when standard error is a
/// terminal (a log file or a pipe gets none) and `--quiet` is not given.
final class ProgressDisplay {
  let progress = ReadProgress()
  private let totalBytes: Int?
  private let start = ContinuousClock.now
  private var lastDrawn: ContinuousClock.Instant?
  private var records = 0
  private var shown = false

  /// Nil when nothing is to be shown.
  init?(quiet: Bool, file: String, standardErrorIsTerminal: Bool = isatty(2) == 1) {
    guard !quiet, standardErrorIsTerminal else { return nil }
    var status = stat()
    totalBytes = stat(file, &status) == 0 ? Int(status.st_size) : nil
  }

  /// One more verdict written.
  func record() {
    records += 1
    guard records % 256 == 0 else { return }
    let now = ContinuousClock.now
    guard now - start >= .seconds(1), lastDrawn.map({ now - $0 >= .milliseconds(500) }) ?? true
    else { return }
    lastDrawn = now
    let elapsed = now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    draw(
      "\r"
        + ProgressLine.render(
          records: records, elapsed: seconds, bytesRead: progress.bytesRead,
          totalBytes: totalBytes) + "\u{1B}[K")
    shown = true
  }

  /// Wipes the line, before a message or at the end.
  func clear() {
    guard shown else { return }
    draw("\r\u{1B}[K")
    shown = false
  }

  private func draw(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { buffer in
      write(2, buffer.baseAddress, buffer.count - 1)
    }
  }
}
