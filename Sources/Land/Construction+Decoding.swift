import XMLStream

extension Construction {
  /// `<construction started="…" completed="…" suspendedFrom="…" developedArea="…"/>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Construction {
    _ = decoder.open(
      element, attributes: ["started", "completed", "suspendedFrom", "developedArea"])
    return Construction(
      started: decoder.date(element, "started"),
      completed: decoder.date(element, "completed"),
      suspendedFrom: decoder.date(element, "suspendedFrom"),
      developedArea: decoder.decimal(element, .attribute("developedArea")))
  }
}
