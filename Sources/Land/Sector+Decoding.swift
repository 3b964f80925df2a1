import XMLStream

extension Sector {
  /// `<sector code="C3971">电子元件…</sector>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Sector? {
    _ = decoder.open(element, attributes: ["code"], text: true)
    let code = decoder.string(
      element, "code", required: true, expected: DecodingMessage.sectorCode,
      valid: LexicalForm.isSectorCode)
    guard let code else { return nil }
    return Sector(code: code, name: decoder.text(element))
  }
}
