import Foundation
import Reports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ends the run cleanly on INT (Ctrl-C), TERM (`kill`), HUP (the terminal
/// closed) and QUIT (Ctrl-\): the temporary files of unfinished outputs are
/// removed, every earlier output is left as it was, one line goes to
/// standard error, and the process exits with 128 + the signal's number.
///
/// The signals are blocked in every thread (the mask is set before any
/// other thread starts, and threads inherit it) and taken by one thread of
/// their own with `sigwait`, so the work that follows is ordinary code,
/// not a signal handler. Blocking QUIT also keeps the Swift runtime's crash
/// handler from taking it for a crash.
enum Interruption {
  static let signals: [(number: Int32, name: String)] = [
    (SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGQUIT, "SIGQUIT"),
  ]

  /// Starts watching; call first thing in `main`, before any thread starts.
  static func watch() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in signals { sigaddset(&set, signal.number) }
    pthread_sigmask(SIG_BLOCK, &set, nil)
    // A file that grows past the process's size limit then fails to be
    // written (EFBIG, reported like a full disk) instead of killing it.
    signal(SIGXFSZ, SIG_IGN)
    let blocked = set
    let thread = Thread {
      var set = blocked
      var number: Int32 = 0
      while sigwait(&set, &number) != 0 {}
      stop(on: number)
    }
    thread.name = "signals"
    thread.start()
  }

  /// Removes the temporary files, says so, and exits.
  static func stop(on number: Int32) -> Never {
    let outcome = TemporaryFiles.removeAll()
    let name = signals.first { $0.number == number }?.name ?? "signal \(number)"
    let what =
      outcome.committed
      ? "after its outputs were written"
      : "before its outputs were written; no output was replaced"
    StandardError.write("mujun: stopped by \(name) \(what)")
    _exit(128 + number)
  }
}
