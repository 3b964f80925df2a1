import XMLStream

/// Typed values from attributes and element text. Values are trimmed of
/// surrounding XML whitespace first (as XSD's `collapse` does for the
/// simple types); an absent optional value is nil and not a problem.
extension ElementDecoder {
  /// The trimmed value, or nil when absent (reported if `required`), or
  /// nil when `parse` rejects it (reported, with `expected`).
  mutating func parse<Value>(
    _ element: XMLElement, _ source: ValueSource, required: Bool = false,
    expected: @autoclosure () -> String, _ parse: (String) -> Value?
  ) -> Value? {
    let raw: String?
    switch source {
    case .attribute(let name):
      raw = element.attribute(name, from: &attributeHint)?.trimmingXMLWhitespace()
    case .text:
      let text = element.text.trimmingXMLWhitespace()
      raw = text.isEmpty ? nil : text
    }
    guard let raw else {
      if required { report(element, missing(element, source, expected: expected())) }
      return nil
    }
    guard let value = parse(raw) else {
      switch source {
      case .attribute(let name):
        report(
          element, DecodingMessage.invalidAttribute(element.name, name, raw, expected: expected()))
      case .text:
        report(element, DecodingMessage.invalidValue(element.name, raw, expected: expected()))
      }
      return nil
    }
    return value
  }

  private func missing(_ element: XMLElement, _ source: ValueSource, expected: String) -> String {
    switch source {
    case .attribute(let name):
      DecodingMessage.missingAttribute(element.name, name, expected: expected)
    case .text: DecodingMessage.missingValue(element.name, expected: expected)
    }
  }

  /// A plain decimal of 0 or more (or more than 0 when `positive`).
  mutating func decimal(
    _ element: XMLElement, _ source: ValueSource, required: Bool = false, positive: Bool = false
  ) -> Double? {
    let expected = positive ? DecodingMessage.positiveDecimal : DecodingMessage.decimal
    return parse(element, source, required: required, expected: expected) { text in
      LexicalForm.decimal(text).flatMap { !positive || $0 > 0 ? $0 : nil }
    }
  }

  /// A whole number of `minimum` (0 or 1) or more.
  mutating func wholeNumber(
    _ element: XMLElement, _ name: String, required: Bool = false, minimum: Int = 0
  ) -> Int? {
    let expected = minimum >= 1 ? DecodingMessage.positiveWholeNumber : DecodingMessage.wholeNumber
    return parse(element, .attribute(name), required: required, expected: expected) { text in
      LexicalForm.wholeNumber(text).flatMap { $0 >= minimum ? $0 : nil }
    }
  }

  mutating func year(_ element: XMLElement, _ name: String, required: Bool = false) -> Int? {
    parse(element, .attribute(name), required: required, expected: DecodingMessage.year) {
      LexicalForm.year($0)
    }
  }

  mutating func date(_ element: XMLElement, _ name: String, required: Bool = false) -> CivilDate? {
    parse(element, .attribute(name), required: required, expected: DecodingMessage.date) {
      CivilDate($0)
    }
  }

  /// One of a closed vocabulary, by raw value.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ element: XMLElement, _ name: String, required: Bool = false, as _: Value.Type = Value.self
  ) -> Value? where Value.RawValue == String {
    // The expectation is spelled out only when there is a problem to report.
    return parse(
      element, .attribute(name), required: required,
      expected: DecodingMessage.choice(Value.allCases.map(\.rawValue))
    ) {
      Value(rawValue: $0)
    }
  }

  /// A string attribute that must satisfy `valid` (by default: not empty).
  mutating func string(
    _ element: XMLElement, _ name: String, required: Bool = false,
    expected: String = DecodingMessage.identifier, valid: (String) -> Bool = { !$0.isEmpty }
  ) -> String? {
    parse(element, .attribute(name), required: required, expected: expected) {
      valid($0) ? $0 : nil
    }
  }

  /// The element's text, trimmed ("" when it has none).
  func text(_ element: XMLElement) -> String {
    element.text.trimmingXMLWhitespace()
  }
}
