/// How an amount of damages is worked out. Every amount a contract review
/// reports is computed here and nowhere else, and carries its formula with
/// the numbers in it (`records.md`, "Contract checks": `basis`).
///
/// Money is in 10k CNY (万元). Amounts are rounded to the fen
/// (0.000001 万元) so that sums and output are stable.
public enum DamagesFormula: Sendable, Hashable {
  /// Late start, completion or handover: days late × ‰ per day × land price
  /// (`domain.md`, "The land-transfer contract": start and completion dates).
  case perDay(days: Int, permille: Double, price: Double)
  /// A minimum not reached (investment, plot ratio, density):
  /// (agreed − actual) ÷ agreed × land price (`domain.md`, same table).
  case shortfall(agreed: Double, actual: Double, price: Double)
  /// A limit exceeded (green ratio, admin share) or any commitment with
  /// one-off damages: ‰ × land price (`domain.md`, same table;
  /// `records.md`, `commitment/@penaltyPermille`).
  case permille(permille: Double, price: Double)
  /// `remedy="topUp"` on tax per mu: (agreed − actual) per mu × mu
  /// (`records.md`, `commitment/@remedy`).
  case topUp(agreed: Double, actual: Double, mu: Double)
  /// Idle one year or more: 20% of the land price (`domain.md`, "Idle land").
  case idleFee(price: Double)

  /// The idle-land fee as a fraction of the land price (闲置土地处置办法, 2012).
  public static let idleFeeRate = 0.20

  /// The amount in 10k CNY, rounded to the fen.
  public var amount: Double {
    let raw: Double =
      switch self {
      case .perDay(let days, let permille, let price): Double(days) * permille * price / 1000
      case .shortfall(let agreed, let actual, let price): (agreed - actual) * price / agreed
      case .permille(let permille, let price): permille * price / 1000
      case .topUp(let agreed, let actual, let mu): (agreed - actual) * mu
      case .idleFee(let price): Self.idleFeeRate * price
      }
    return Self.roundedToFen(raw)
  }

  /// The formula with its numbers: `45 days × 0.5‰ × 800 = 18`.
  public var basis: String { basis(days: "days", mu: "mu") }

  /// The formula with the words for days and mu given (for Chinese tables:
  /// `天`, `亩`).
  public func basis(days dayWord: String, mu muWord: String) -> String {
    let n: (Double) -> String = { NumberText.format($0) }
    let total = n(amount)
    switch self {
    case .perDay(let days, let permille, let price):
      return "\(days) \(dayWord) × \(n(permille))‰ × \(n(price)) = \(total)"
    case .shortfall(let agreed, let actual, let price):
      return "(\(n(agreed)) − \(n(actual))) ÷ \(n(agreed)) × \(n(price)) = \(total)"
    case .permille(let permille, let price):
      return "\(n(permille))‰ × \(n(price)) = \(total)"
    case .topUp(let agreed, let actual, let mu):
      return "(\(n(agreed)) − \(n(actual))) × \(n(mu)) \(muWord) = \(total)"
    case .idleFee(let price):
      return "\(n(Self.idleFeeRate * 100))% × \(n(price)) = \(total)"
    }
  }

  static func roundedToFen(_ value: Double) -> Double {
    (value * 1_000_000).rounded() / 1_000_000
  }
}

/// One amount of damages owed under one clause.
public struct DamagesItem: Sendable, Hashable {
  /// The clause's name (`start`, `investmentIntensity`, `idleFee`, …).
  public var clause: String
  public var formula: DamagesFormula

  public init(clause: String, formula: DamagesFormula) {
    self.clause = clause
    self.formula = formula
  }

  /// In 10k CNY.
  public var amount: Double { formula.amount }
  public var basis: String { formula.basis }
}
