import XMLStream

extension Storey {
  /// `<storey area="6000" height="9.5"/>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Storey? {
    _ = decoder.open(element, attributes: ["area", "height"])
    let area = decoder.decimal(element, .attribute("area"), required: true)
    let height = decoder.decimal(element, .attribute("height"))
    guard let area else { return nil }
    return Storey(area: area, height: height)
  }
}
