import XMLStream

extension Parcel {
  /// The children of `parcel`, in the order `records.md` lays them out.
  static let layout: [ChildRule] = [
    .optional("name"), .required("district"), .optional("zone"), .required("area"),
    .required("sector"), .optional("holder"), .optional("supply"), .optional("contract"),
    .optional("construction"), .optional("site"), .optional("buildings"),
    .optional("investment"), .repeated("performance"), .optional("events"), .optional("ratings"),
  ]

  static func decode(_ element: XMLElement, with decoder: inout ElementDecoder) -> Parcel? {
    if element.namespace != ParcelDecoder.namespace {
      decoder.report(element, DecodingMessage.wrongNamespace(element.name, element.namespace))
    }
    let children = decoder.open(element, attributes: ["id"], children: layout)
    let id = decoder.string(element, "id", required: true, expected: DecodingMessage.parcelID)

    let name = children.first("name").map { decodeName($0, with: &decoder) }
    let district = children.first("district").flatMap { District.decode($0, with: &decoder) }
    let zone = children.first("zone").flatMap { Zone.decode($0, with: &decoder) }
    let area = children.first("area").flatMap { decodeArea($0, with: &decoder) }
    let sector = children.first("sector").flatMap { Sector.decode($0, with: &decoder) }
    let holder = children.first("holder").map { Holder.decode($0, with: &decoder) }
    let supply = children.first("supply").map { Supply.decode($0, with: &decoder) }
    let contract = children.first("contract").map { Contract.decode($0, with: &decoder) }
    let construction = children.first("construction").map {
      Construction.decode($0, with: &decoder)
    }
    let site = children.first("site").map { Site.decode($0, with: &decoder) }
    let buildings = children.first("buildings").map { decodeBuildings($0, with: &decoder) }
    let investment = children.first("investment").map { Investment.decode($0, with: &decoder) }
    let performance = decodePerformance(children.all("performance"), with: &decoder)
    let events = children.first("events").map { decodeEvents($0, with: &decoder) } ?? []
    let ratings = children.first("ratings").map { decodeRatings($0, with: &decoder) } ?? []

    guard let id, let district, let area, let sector else { return nil }
    return Parcel(
      id: id, name: name, district: district, zone: zone, area: area, sector: sector,
      holder: holder, supply: supply, contract: contract, construction: construction, site: site,
      buildings: buildings, investment: investment, performance: performance, events: events,
      ratings: ratings, location: element.location)
  }

  private static func decodeName(_ element: XMLElement, with decoder: inout ElementDecoder)
    -> String
  {
    _ = decoder.open(element, attributes: [], text: true)
    return decoder.text(element)
  }

  /// `<area unit="m2">33350</area>`: a unit and a value greater than 0.
  private static func decodeArea(_ element: XMLElement, with decoder: inout ElementDecoder)
    -> Area?
  {
    _ = decoder.open(element, attributes: ["unit"], text: true)
    let unit = decoder.choice(element, "unit", required: true, as: AreaUnit.self)
    let value = decoder.decimal(element, .text, required: true, positive: true)
    guard let unit, let value else { return nil }
    return Area(value, unit)
  }

  private static func decodeBuildings(_ element: XMLElement, with decoder: inout ElementDecoder)
    -> [Building]
  {
    let children = decoder.open(element, attributes: [], children: [.repeated("building")])
    return children.all("building").compactMap { Building.decode($0, with: &decoder) }
  }

  /// Each `performance` element, and an error for a year seen before.
  private static func decodePerformance(
    _ elements: [XMLElement], with decoder: inout ElementDecoder
  ) -> [Performance] {
    firstOfEachYear(elements, "performance", with: &decoder, year: \.year) {
      Performance.decode($0, with: &$1)
    }
  }

  /// The items decoded from `elements`, each year's first only, with an
  /// error at each later one (`what`: the elements' name). Room for all is
  /// made at once. (Measured with callgrind, release, 10k parcels: growing
  /// the table and the array item by item cost 0.3% more instructions.)
  private static func firstOfEachYear<Item>(
    _ elements: [XMLElement], _ what: String, with decoder: inout ElementDecoder,
    year: (Item) -> Int, decode: (XMLElement, inout ElementDecoder) -> Item?
  ) -> [Item] {
    var firstLine: [Int: Int] = [:]
    firstLine.reserveCapacity(elements.count)
    var result: [Item] = []
    result.reserveCapacity(elements.count)
    for element in elements {
      guard let item = decode(element, &decoder) else { continue }
      if let line = firstLine[year(item)] {
        decoder.report(
          element, DecodingMessage.duplicateYear(what, year(item), firstLine: line))
        continue
      }
      firstLine[year(item)] = element.location.line
      result.append(item)
    }
    return result
  }

  private static func decodeEvents(_ element: XMLElement, with decoder: inout ElementDecoder)
    -> [Event]
  {
    let children = decoder.open(element, attributes: [], children: [.repeated("event")])
    return children.all("event").compactMap { Event.decode($0, with: &decoder) }
  }

  /// Each `rating`, and an error for a year rated before.
  private static func decodeRatings(_ element: XMLElement, with decoder: inout ElementDecoder)
    -> [Rating]
  {
    let children = decoder.open(element, attributes: [], children: [.repeated("rating")])
    return firstOfEachYear(children.all("rating"), "rating", with: &decoder, year: \.year) {
      Rating.decode($0, with: &$1)
    }
  }
}
