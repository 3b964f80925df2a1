import XMLStream

extension District {
  /// `<district code="510116">双流区</district>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> District? {
    _ = decoder.open(element, attributes: ["code"], text: true)
    let code = decoder.string(
      element, "code", required: true, expected: DecodingMessage.divisionCode,
      valid: LexicalForm.isDivisionCode)
    guard let code else { return nil }
    return District(code: code, name: decoder.text(element))
  }
}
