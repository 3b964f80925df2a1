/// The list an enterprise is evaluated in (records.md 1.1, `track`).
public enum EnterpriseTrack: String, Sendable, Hashable, CaseIterable {
  /// Above designated size (规上).
  case above
  /// Below designated size (规下), over the scheme's area floor.
  case below
  /// Below designated size, under the scheme's area floor.
  case small
  /// Holds no parcel, only rents (租赁企业，名下无工业用地).
  case tenant
  /// Not evaluated; ``Enterprise/notes`` says why.
  case unscored
}
