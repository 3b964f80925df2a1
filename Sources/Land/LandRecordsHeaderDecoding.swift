public import XMLStream

/// What decoding the root element gives: its header, or why the file is
/// not a land-record file (every problem, in document order).
public enum LandRecordsHeaderDecoding: Sendable, Hashable {
  case header(LandRecordsHeader)
  case rejected(errors: [Diagnostic])
}
