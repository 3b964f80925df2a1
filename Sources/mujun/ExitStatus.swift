import ArgumentParser

/// The exit statuses mujun documents.
enum ExitStatus {
  /// The run completed.
  static let completed = ExitCode(0)
  /// Some input was rejected or could not be read; the rest was written.
  static let inputErrors = ExitCode(2)
}
