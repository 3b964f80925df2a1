/// Comparison of a computed value with a bound.
///
/// Indicator values are quotients of decimal inputs held in binary floating
/// point, so a plot ratio of exactly 0.7 may be computed as 0.69999999999.
/// A value within one part in a billion of its bound (relative to the
/// bound, at least 1e-9 absolute) therefore counts as meeting it. No policy
/// bound is stated to more than four decimals, so this never turns a real
/// shortfall into a pass.
enum BoundCheck {
  static func tolerance(for bound: Double) -> Double { 1e-9 * Swift.max(1, abs(bound)) }

  static func meetsMinimum(_ value: Double, _ minimum: Double) -> Bool {
    value >= minimum - tolerance(for: minimum)
  }

  static func meetsMaximum(_ value: Double, _ maximum: Double) -> Bool {
    value <= maximum + tolerance(for: maximum)
  }
}
