import XMLStream

extension Investment {
  /// `<investment fixedAssets="16500"/>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Investment {
    _ = decoder.open(element, attributes: ["fixedAssets"])
    return Investment(fixedAssets: decoder.decimal(element, .attribute("fixedAssets")))
  }
}
