public import XMLStream

/// What a rule set says about itself (`<metadata>`). Texts are trimmed of
/// leading and trailing white space.
public struct RuleSetMetadata: Sendable, Hashable {
  public var title: String
  /// The policy text the rule set transcribes.
  public var source: String
  /// The industry-classification edition its sector codes use, such as
  /// `GB/T 4754-2017`: sector codes are compared as written, so parcels must
  /// be coded in the same edition.
  public var classification: String
  /// First day the rule set applies, ISO 8601 (`2008-01-31`), if given.
  public var effectiveFrom: String?
  /// Last day the rule set applies, ISO 8601, if given.
  public var effectiveUntil: String?
  /// The language of its texts, a BCP 47 tag such as `zh-CN`.
  public var locale: String
  public var notes: String?
  /// Where `<effective>` is written, for messages about periods.
  public var effectiveLocation: SourceLocation? = nil

  public init(
    title: String, source: String, classification: String, effectiveFrom: String? = nil,
    effectiveUntil: String? = nil, locale: String, notes: String? = nil
  ) {
    self.title = title
    self.source = source
    self.classification = classification
    self.effectiveFrom = effectiveFrom
    self.effectiveUntil = effectiveUntil
    self.locale = locale
    self.notes = notes
  }
}
