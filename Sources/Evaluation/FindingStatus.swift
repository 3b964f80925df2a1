/// The outcome of one threshold check.
public enum FindingStatus: String, Sendable, Hashable {
  case pass
  case fail
  case nodata
}
