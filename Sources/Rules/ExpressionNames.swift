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

  /// An enterprise's names (a scheme's `when` and `<adjust>` of an
  /// enterprise scoring section): the parcel's names, for the enterprise
  /// (its land, its figures, the sector and district of its largest
  /// parcel), then each ``EnterpriseFigure``.
  public static let enterpriseEnvironment = ExpressionEnvironment(
    environment.variables
      + EnterpriseFigure.allCases.map { ExpressionVariable($0.rawValue, $0.type) })

  /// The slot of an enterprise figure in ``enterpriseEnvironment``.
  public static func slot(of figure: EnterpriseFigure) -> Int {
    environment.variables.count + (EnterpriseFigure.allCases.firstIndex(of: figure) ?? 0)
  }

  /// The slot of a built-in indicator.
  public static func slot(of indicator: Indicator) -> Int {
    Indicator.allCases.firstIndex(of: indicator) ?? 0
  }

  /// The slot of a parcel figure.
  public static func slot(of figure: ParcelFigure) -> Int {
    Indicator.allCases.count + (ParcelFigure.allCases.firstIndex(of: figure) ?? 0)
  }
}
