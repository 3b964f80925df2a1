import XMLStream

extension Handover {
  /// `<handover due="2019-07-31" actual="2019-07-20"/>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Handover {
    _ = decoder.open(element, attributes: ["due", "actual"])
    return Handover(due: decoder.date(element, "due"), actual: decoder.date(element, "actual"))
  }
}
