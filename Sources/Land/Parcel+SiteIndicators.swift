/// The indicators that do not depend on a performance year: investment
/// and the layout of the site (`domain.md`, "The control indicators").
extension Parcel {
  static let siteAreaIsZero = "the site area is 0"
  static let buildingsNotListed = "the record does not list its buildings"

  /// Investment intensity 投资强度 (`domain.md`): total fixed-asset
  /// investment ÷ site area in mu, 10k CNY per mu.
  var investmentIntensity: Reading {
    guard let fixedAssets = investment?.fixedAssets else {
      return .noData(reason: "no fixed-asset investment figure")
    }
    return .quotient(fixedAssets, area.mu, zeroReason: Parcel.siteAreaIsZero)
  }

  /// Fixed-asset investment as recorded, 10k CNY (cumulative, with the
  /// land price: `records.md`, `investment/@fixedAssets`).
  var fixedAssetInvestment: Reading {
    investment?.fixedAssets.map { .value($0) }
      ?? .noData(reason: "no fixed-asset investment figure")
  }

  /// Plot ratio 容积率 (`domain.md`): total floor area ÷ site area, a
  /// storey over 8 m counting twice (see `Building.countedFloorArea`).
  /// No `buildings` element: no data; an empty one: 0.
  var plotRatio: Reading {
    siteRatio(
      Parcel.sum(over: buildings, \.countedFloorArea, missing: "has neither floorArea nor storeys"))
  }

  /// Building density 建筑密度 (`domain.md`): building footprints ÷ site area.
  var buildingDensity: Reading {
    siteRatio(Parcel.sum(over: buildings, \.footprint, missing: "has no footprint"))
  }

  /// Building coefficient 建筑系数 (`domain.md`): (building footprints +
  /// structure footprints + open storage yards) ÷ site area. A structure
  /// or yard area the site does not give counts as 0.
  var buildingCoefficient: Reading {
    let footprints = Parcel.sum(over: buildings, \.footprint, missing: "has no footprint")
    guard case .value(let sum) = footprints else { return footprints }
    return siteRatio(.value(sum + (site?.structureArea ?? 0) + (site?.yardArea ?? 0)))
  }

  /// Admin share 行政办公及生活服务设施用地所占比重 (`domain.md`): admin and
  /// living-service land ÷ site area, from `site/@adminArea` when given.
  /// Otherwise apportioned: (admin + living floor area) ÷ total floor area
  /// (the domain's "× site area ÷ site area" cancels). The apportioning
  /// uses floor area as built (`Building.actualFloorArea`), not the plot
  /// ratio's 8 m doubling: it shares out land by the space the uses
  /// occupy, and the doubling is a rule of the plot ratio alone.
  var adminShare: Reading {
    if let adminArea = site?.adminArea { return siteRatio(.value(adminArea)) }
    guard buildings != nil else {
      return .noData(reason: "the site has no adminArea and " + Parcel.buildingsNotListed)
    }
    return adminFloorShare(
      zeroReason: "the site has no adminArea and the buildings' total floor area is 0")
  }

  /// Admin floor share 行政办公及生活服务设施建筑面积占比: the floor area of
  /// admin and living buildings ÷ the total floor area, both as built (no
  /// 8 m doubling). Transfer conditions cap it (a Guangxi parcel: ≤ 15 %,
  /// `domain.md`, "Examples of local parcel conditions"), and the model
  /// contract charges ‰ of the price when it is exceeded (`domain.md`,
  /// "The land-transfer contract").
  var adminFloorShare: Reading {
    guard buildings != nil else { return .noData(reason: Parcel.buildingsNotListed) }
    return adminFloorShare(zeroReason: "the buildings' total floor area is 0")
  }

  private func adminFloorShare(zeroReason: String) -> Reading {
    let buildings = self.buildings ?? []
    let total = floorAreaAsBuilt
    guard case .value(let totalArea) = total else { return total }
    // Added in place, in the order of the buildings: `filter` made an
    // array of them for every parcel.
    var adminArea = 0.0
    for index in buildings.indices
    where buildings[index].use == .admin || buildings[index].use == .living {
      adminArea += buildings[index].actualFloorArea ?? 0
    }
    return .quotient(adminArea, totalArea, zeroReason: zeroReason)
  }

  /// Green ratio 绿地率 (`domain.md`): green area ÷ site area.
  var greenRatio: Reading {
    guard let greenArea = site?.greenArea else {
      return .noData(reason: "the site has no greenArea")
    }
    return siteRatio(.value(greenArea))
  }

  /// An area in m² over the site area in m².
  private func siteRatio(_ part: Reading) -> Reading {
    guard case .value(let value) = part else { return part }
    return .quotient(value, area.squareMetres, zeroReason: Parcel.siteAreaIsZero)
  }
}
