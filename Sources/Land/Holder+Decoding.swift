import XMLStream

extension Holder {
  /// `<holder creditCode="…" scale="above">name</holder>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Holder {
    _ = decoder.open(element, attributes: ["creditCode", "scale"], text: true)
    return Holder(
      name: decoder.text(element),
      creditCode: decoder.string(
        element, "creditCode", expected: DecodingMessage.creditCode,
        valid: LexicalForm.isCreditCode),
      scale: decoder.choice(element, "scale", as: HolderScale.self))
  }
}
