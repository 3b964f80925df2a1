/// A land area: a value in the unit it was given in, readable in any unit.
///
/// Conversions follow `domain.md`, "Units": 1 mu = 10000/15 m², 1 ha =
/// 15 mu = 10000 m². Mu are computed as m² × 15 ÷ 10000 (one rounding), so
/// 33350 m² is 50.025 mu. Equality compares value and unit as written:
/// 3 ha and 45 mu are the same land but not equal values of this type.
public struct Area: Sendable, Hashable {
  public var value: Double
  public var unit: AreaUnit

  public init(_ value: Double, _ unit: AreaUnit) {
    self.value = value
    self.unit = unit
  }

  /// The area in square metres.
  public var squareMetres: Double {
    switch unit {
    case .squareMetre: value
    case .mu: value * 10000 / 15
    case .hectare: value * 10000
    }
  }

  /// The area in mu (亩).
  public var mu: Double {
    switch unit {
    case .squareMetre: value * 15 / 10000
    case .mu: value
    case .hectare: value * 15
    }
  }

  /// The area in hectares (公顷).
  public var hectares: Double {
    switch unit {
    case .squareMetre: value / 10000
    case .mu: value / 15
    case .hectare: value
    }
  }

  /// The same area expressed in another unit.
  public func converted(to unit: AreaUnit) -> Area {
    switch unit {
    case .squareMetre: Area(squareMetres, .squareMetre)
    case .mu: Area(mu, .mu)
    case .hectare: Area(hectares, .hectare)
    }
  }
}
