public import XMLStream

/// What decoding one record gives: a parcel, or the reasons it was rejected.
public enum ParcelDecoding: Sendable, Hashable {
  case parcel(Parcel)
  /// The record is invalid. `id` is the record's id attribute when it has
  /// a usable one; `errors` lists every problem, in document order.
  case rejected(id: String?, location: SourceLocation, errors: [Diagnostic])
}
