import XMLStream

extension Parcel {
  /// The children of `parcel`, in the order `records.md` lays them out.
  static let layout: [ChildRule] = [
    .optional("name"), .required("district"), .optional("zone"), .required("area"),
    .required("sector"), .optional("holder"), .optional("tenants"), .optional("supply"),
    .optional("contract"),
    .optional("construction"), .optional("site"), .optional("buildings"),
    .optional("investment"), .repeated("performance"), .optional("events"), .optional("ratings"),
  ]

  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Parcel? {
    let namespace = decoder.table.namespace(element)
    if namespace != ParcelDecoder.namespace {
      decoder.report(element, DecodingMessage.wrongNamespace(decoder.name(element), namespace))
    }
    let children = decoder.open(element, attributes: ["id"], children: layout)
    let id = decoder.string(element, "id", required: true, expected: DecodingMessage.parcelID)

    let name = children.first("name") { decodeName($0, with: &decoder) }
    let district = children.first("district") { District.decode($0, with: &decoder) }
    let zone = children.first("zone") { Zone.decode($0, with: &decoder) }
    let area = children.first("area") { decodeArea($0, with: &decoder) }
    let sector = children.first("sector") { Sector.decode($0, with: &decoder) }
    let holder = children.first("holder") { Holder.decode($0, with: &decoder) }
    let tenants = children.first("tenants") { decodeTenants($0, with: &decoder) } ?? []
    let supply = children.first("supply") { Supply.decode($0, with: &decoder) }
    let contract = children.first("contract") { Contract.decode($0, with: &decoder) }
    let construction = children.first("construction") { Construction.decode($0, with: &decoder) }
    let site = children.first("site") { Site.decode($0, with: &decoder) }
    let problemsBeforeBuildings = decoder.diagnostics.count
    let buildings = children.first("buildings") { decodeBuildings($0, with: &decoder) }
    let buildingsDecoded = decoder.diagnostics.count == problemsBeforeBuildings
    let investment = children.first("investment") { Investment.decode($0, with: &decoder) }
    let performance = decodePerformance(children, with: &decoder)
    let events = children.first("events") { decodeEvents($0, with: &decoder) } ?? []
    let ratings = children.first("ratings") { decodeRatings($0, with: &decoder) } ?? []

    if !tenants.isEmpty {
      checkTenancy(
        tenants, holder: holder, area: area, buildings: buildings,
        buildingsDecoded: buildingsDecoded, with: &decoder)
    }

    guard let id, let district, let area, let sector else { return nil }
    return Parcel(
      id: id, name: name, district: district, zone: zone, area: area, sector: sector,
      holder: holder, tenants: tenants.map(\.tenant), supply: supply, contract: contract,
      construction: construction, site: site,
      buildings: buildings, investment: investment, performance: performance, events: events,
      ratings: ratings, location: decoder.location(element))
  }

  private static func decodeName(_ element: Int, with decoder: inout ElementDecoder)
    -> String
  {
    _ = decoder.open(element, attributes: [], text: true)
    return decoder.text(element)
  }

  /// `<area unit="m2">33350</area>`: a unit and a value greater than 0.
  private static func decodeArea(_ element: Int, with decoder: inout ElementDecoder)
    -> Area?
  {
    _ = decoder.open(element, attributes: ["unit"], text: true)
    let unit = decoder.choice(element, "unit", required: true, as: AreaUnit.self)
    let value = decoder.decimal(element, .text, required: true, positive: true)
    guard let unit, let value else { return nil }
    return Area(value, unit)
  }

  private static func decodeBuildings(_ element: Int, with decoder: inout ElementDecoder)
    -> [Building]
  {
    let children = decoder.open(element, attributes: [], children: [.repeated("building")])
    return children.compactMap("building") { Building.decode($0, with: &decoder) }
  }

  /// Each `performance` element, and an error for a year seen before.
  private static func decodePerformance(
    _ children: ElementChildren, with decoder: inout ElementDecoder
  ) -> [Performance] {
    firstOfEachYear(children, "performance", with: &decoder, year: \.year) {
      Performance.decode($0, with: &$1)
    }
  }

  /// The items decoded from the children named `what`, each year's first
  /// only, with an error at each later one. Room for all is made at once.
  /// (Measured with callgrind, release, 10k parcels: growing the table and
  /// the array item by item cost 0.3% more instructions.)
  private static func firstOfEachYear<Item>(
    _ children: ElementChildren, _ what: StaticString, with decoder: inout ElementDecoder,
    year: (Item) -> Int, decode: (Int, inout ElementDecoder) -> Item?
  ) -> [Item] {
    var firstLines = FirstLines()
    var result: [Item] = []
    children.forEach(what) { element, left in
      if result.isEmpty { result.reserveCapacity(left + 1) }
      guard let item = decode(element, &decoder) else { return }
      if let line = firstLines.line(of: year(item)) {
        decoder.report(
          element, DecodingMessage.duplicateYear(what.description, year(item), firstLine: line))
        return
      }
      firstLines.add(year(item), line: decoder.table.line(element))
      result.append(item)
    }
    return result
  }

  private static func decodeEvents(_ element: Int, with decoder: inout ElementDecoder)
    -> [Event]
  {
    let children = decoder.open(element, attributes: [], children: [.repeated("event")])
    return children.compactMap("event") { Event.decode($0, with: &decoder) }
  }

  /// Each `rating`, and an error for a year rated before.
  private static func decodeRatings(_ element: Int, with decoder: inout ElementDecoder)
    -> [Rating]
  {
    let children = decoder.open(element, attributes: [], children: [.repeated("rating")])
    return firstOfEachYear(children, "rating", with: &decoder, year: \.year) {
      Rating.decode($0, with: &$1)
    }
  }
}

/// The line of the first element of each year: a list while there are few
/// (a parcel has a handful of years), a dictionary past 16.
///
/// (Measured with callgrind, release, 10k parcels: a dictionary with room
/// made for every parcel's years cost about 14 M instructions more.)
private struct FirstLines {
  private var few: [(year: Int, line: Int)] = []
  private var many: [Int: Int] = [:]

  func line(of year: Int) -> Int? {
    if !many.isEmpty { return many[year] }
    for entry in few where entry.year == year { return entry.line }
    return nil
  }

  mutating func add(_ year: Int, line: Int) {
    if many.isEmpty && few.count < 16 {
      if few.isEmpty { few.reserveCapacity(4) }
      few.append((year, line))
      return
    }
    if many.isEmpty {
      for entry in few { many[entry.year] = entry.line }
    }
    many[year] = line
  }
}
