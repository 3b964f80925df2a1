/// A span of days, both ends included, written `YYYY-MM-DD` (such dates
/// compare as strings); an end left out is open.
public struct EffectivePeriod: Sendable, Hashable, CustomStringConvertible {
  public var from: String?
  public var until: String?

  public init(from: String? = nil, until: String? = nil) {
    self.from = from
    self.until = until
  }

  public func contains(_ date: String) -> Bool {
    if let from, date < from { return false }
    if let until, date > until { return false }
    return true
  }

  public func overlaps(_ other: EffectivePeriod) -> Bool { intersection(other) != nil }

  /// The days both periods hold; nil when they share none.
  public func intersection(_ other: EffectivePeriod) -> EffectivePeriod? {
    let from = [self.from, other.from].compactMap { $0 }.max()
    let until = [self.until, other.until].compactMap { $0 }.min()
    if let from, let until, until < from { return nil }
    return EffectivePeriod(from: from, until: until)
  }

  /// Whether every day of this period lies in `other`.
  public func isWithin(_ other: EffectivePeriod) -> Bool {
    if let start = other.from, from.map({ $0 < start }) ?? true { return false }
    if let end = other.until, until.map({ $0 > end }) ?? true { return false }
    return true
  }

  public var isOpen: Bool { from == nil && until == nil }

  /// `2024-01-01 to 2025-12-31`, `from 2024-01-01`, `until 2023-12-31`, `always`.
  public var description: String {
    switch (from, until) {
    case (let from?, let until?): "\(from) to \(until)"
    case (let from?, nil): "from \(from)"
    case (nil, let until?): "until \(until)"
    case (nil, nil): "always"
    }
  }
}

extension ThresholdRow {
  /// The row's own period (`from`/`until` on `<threshold>`).
  public var period: EffectivePeriod { EffectivePeriod(from: effectiveFrom, until: effectiveUntil) }
}

extension RuleSetMetadata {
  /// The rule set's period (`<effective from until>`).
  public var period: EffectivePeriod { EffectivePeriod(from: effectiveFrom, until: effectiveUntil) }
}
