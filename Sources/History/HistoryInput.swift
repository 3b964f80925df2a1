/// A file a run read (land records, a department's data file, corrections):
/// its name and the SHA-256 of its bytes, so that a year's results can be
/// traced to exactly what they were computed from.
public struct HistoryInput: Sendable, Hashable {
  /// The file's name as the run was given it.
  public var file: String
  /// The SHA-256 of its bytes, in lowercase hex.
  public var sha256: String

  public init(file: String, sha256: String) {
    self.file = file
    self.sha256 = sha256
  }
}
