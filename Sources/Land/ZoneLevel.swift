/// The level of a development zone (开发区): rule sets may key thresholds on it.
public enum ZoneLevel: String, Sendable, Hashable, CaseIterable {
  case national
  case provincial
  case municipal
}
