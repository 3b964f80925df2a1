/// Sums over a parcel's buildings: the totals the layout indicators and
/// the tenants' land are worked out from.
extension Parcel {
  /// The buildings' total floor area as built, m²: each building's
  /// ``Building/actualFloorArea``, never doubled for storeys over 8 m (the
  /// doubling is a rule of the plot ratio alone). No data when the record
  /// does not list its buildings or a building has no floor area.
  var floorAreaAsBuilt: Reading { Parcel.floorAreaAsBuilt(of: buildings) }

  /// ``floorAreaAsBuilt`` of these buildings (for a parcel still being
  /// decoded).
  static func floorAreaAsBuilt(of buildings: [Building]?) -> Reading {
    sum(over: buildings, \.actualFloorArea, missing: "has neither floorArea nor storeys")
  }

  /// The sum of a figure over the buildings; no data when the record does
  /// not list them or a building lacks the figure (naming the building).
  static func sum(
    over buildings: [Building]?, _ figure: (Building) -> Double?, missing: String
  ) -> Reading {
    guard let buildings else { return .noData(reason: Parcel.buildingsNotListed) }
    var sum = 0.0
    for (position, building) in buildings.enumerated() {
      guard let value = figure(building) else {
        return .noData(reason: "\(building.label(position: position)) \(missing)")
      }
      sum += value
    }
    return .value(sum)
  }
}
