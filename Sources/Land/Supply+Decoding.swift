import XMLStream

extension Supply {
  /// `<supply method="listing" date="2019-06-12" termYears="30" price="2500"/>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Supply {
    _ = decoder.open(element, attributes: ["method", "date", "termYears", "price"])
    return Supply(
      method: decoder.choice(element, "method", as: SupplyMethod.self),
      date: decoder.date(element, "date"),
      termYears: decoder.wholeNumber(element, "termYears", minimum: 1),
      price: decoder.decimal(element, .attribute("price")))
  }
}
