/// Whether the holder is above or below designated size (规上 / 规下),
/// which scoring schemes treat apart (`records.md`, `holder/@scale`).
public enum HolderScale: String, Sendable, Hashable, CaseIterable {
  case above
  case below
}
