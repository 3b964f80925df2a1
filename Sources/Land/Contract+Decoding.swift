import XMLStream

extension Contract {
  static let layout: [ChildRule] = [
    .optional("handover"), .optional("start"), .optional("completion"), .repeated("commitment"),
  ]

  /// `<contract id="…" signed="…">` with handover, start, completion and
  /// commitments, in that order.
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Contract {
    let children = decoder.open(element, attributes: ["id", "signed"], children: layout)
    return Contract(
      id: decoder.string(element, "id"),
      signed: decoder.date(element, "signed"),
      handover: children.first("handover") { Handover.decode($0, with: &decoder) },
      start: children.first("start") { ContractDeadline.decode($0, with: &decoder) },
      completion: children.first("completion") { ContractDeadline.decode($0, with: &decoder) },
      commitments: children.compactMap("commitment") { Commitment.decode($0, with: &decoder) }
    )
  }
}
