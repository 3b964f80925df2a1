import XMLStream

extension ContractDeadline {
  /// `<start due="2020-06-20" penaltyPermillePerDay="1"/>` (or `completion`).
  static func decode(_ element: Int, with decoder: inout ElementDecoder)
    -> ContractDeadline
  {
    _ = decoder.open(element, attributes: ["due", "penaltyPermillePerDay"])
    return ContractDeadline(
      due: decoder.date(element, "due"),
      penaltyPermillePerDay: decoder.decimal(element, .attribute("penaltyPermillePerDay")))
  }
}
