import XMLStream

extension Building {
  /// `<building id="B1" use="production" footprint="12000" floorArea="24000"
  /// storeys="2" height="15.5"/>`, optionally with `storey` children.
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Building? {
    let children = decoder.open(
      element, attributes: ["id", "use", "footprint", "floorArea", "storeys", "height"],
      children: [.repeated("storey")])
    let id = decoder.string(element, "id")
    let use = decoder.choice(element, "use", required: true, as: BuildingUse.self)
    let footprint = decoder.decimal(element, .attribute("footprint"))
    let floorArea = decoder.decimal(element, .attribute("floorArea"))
    let storeys = decoder.wholeNumber(element, "storeys", minimum: 1)
    let height = decoder.decimal(element, .attribute("height"))
    let storeyList = children.compactMap("storey") { Storey.decode($0, with: &decoder) }
    guard let use else { return nil }
    return Building(
      id: id, use: use, footprint: footprint, floorArea: floorArea, storeys: storeys,
      height: height, storeyList: storeyList)
  }
}
