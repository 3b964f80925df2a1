public import Expressions
public import Land

/// The names threshold conditions and custom indicators see: every
/// built-in indicator (slots 0..<Indicator.allCases.count, in declaration
/// order), then every ``ParcelFigure`` in declaration order. Custom
/// indicators of a rule set follow, each visible to those declared after it.
public enum ExpressionNames {
  public static let environment = ExpressionEnvironment(
    Indicator.allCases.map { ExpressionVariable($0.rawValue, .number, mayBeNoData: true) }
      + ParcelFigure.allCases.map {
        ExpressionVariable($0.rawValue, $0.type, mayBeNoData: $0.mayBeNoData)
      })

  /// The slot of a built-in indicator.
  public static func slot(of indicator: Indicator) -> Int {
    Indicator.allCases.firstIndex(of: indicator) ?? 0
  }

  /// The slot of a parcel figure.
  public static func slot(of figure: ParcelFigure) -> Int {
    Indicator.allCases.count + (ParcelFigure.allCases.firstIndex(of: figure) ?? 0)
  }
}
