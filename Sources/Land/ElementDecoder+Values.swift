import XMLStream

/// Typed values from attributes and element text. Values are trimmed of
/// surrounding XML whitespace first (as XSD's `collapse` does for the
/// simple types); an absent optional value is nil and not a problem.
///
/// Values are read from the record's bytes in place: a `String` is made
/// only for a value a ``Parcel`` keeps as one, and for messages.
extension ElementDecoder {
  /// What was found where a value should be.
  private enum Found<Value> {
    case absent
    /// Present but not of the form: the trimmed text, for the message.
    case invalid(String)
    case value(Value)
  }

  /// The trimmed value, or nil when absent (reported if `required`), or
  /// nil when `parse` rejects it (reported, with `expected`).
  mutating func parse<Value>(
    _ element: Int, _ source: ValueSource, required: Bool = false,
    expected: @autoclosure () -> String, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
  ) -> Value? {
    let found: Found<Value>
    switch source {
    case .attribute(let name):
      if let attribute = find(element, name) {
        let raw = table.valueBytes(attribute).trimmingXMLWhitespace()
        found = parse(raw).map { .value($0) } ?? .invalid(String(decoding: raw, as: UTF8.self))
      } else {
        found = .absent
      }
    case .text:
      let raw = table.textBytes(element).trimmingXMLWhitespace()
      if raw.isEmpty {
        found = .absent
      } else {
        found = parse(raw).map { .value($0) } ?? .invalid(String(decoding: raw, as: UTF8.self))
      }
    }
    switch found {
    case .value(let value):
      return value
    case .absent:
      if required { report(element, missing(element, source, expected: expected())) }
      return nil
    case .invalid(let raw):
      switch source {
      case .attribute(let name):
        report(
          element,
          DecodingMessage.invalidAttribute(
            table.name(element), name.description, raw, expected: expected()))
      case .text:
        report(
          element, DecodingMessage.invalidValue(table.name(element), raw, expected: expected()))
      }
      return nil
    }
  }

  private func missing(_ element: Int, _ source: ValueSource, expected: String) -> String {
    switch source {
    case .attribute(let name):
      DecodingMessage.missingAttribute(table.name(element), name.description, expected: expected)
    case .text: DecodingMessage.missingValue(table.name(element), expected: expected)
    }
  }

  /// A plain decimal of 0 or more (or more than 0 when `positive`).
  mutating func decimal(
    _ element: Int, _ source: ValueSource, required: Bool = false, positive: Bool = false
  ) -> Double? {
    // The message is only looked at for a problem: made (and retained)
    // then, not for every value.
    parse(
      element, source, required: required,
      expected: positive ? DecodingMessage.positiveDecimal : DecodingMessage.decimal
    ) { bytes in
      LexicalForm.decimal(bytes).flatMap { !positive || $0 > 0 ? $0 : nil }
    }
  }

  /// A whole number of `minimum` (0 or 1) or more.
  mutating func wholeNumber(
    _ element: Int, _ name: StaticString, required: Bool = false, minimum: Int = 0
  ) -> Int? {
    parse(
      element, .attribute(name), required: required,
      expected: minimum >= 1 ? DecodingMessage.positiveWholeNumber : DecodingMessage.wholeNumber
    ) { bytes in
      LexicalForm.wholeNumber(bytes).flatMap { $0 >= minimum ? $0 : nil }
    }
  }

  mutating func year(_ element: Int, _ name: StaticString, required: Bool = false) -> Int? {
    parse(element, .attribute(name), required: required, expected: DecodingMessage.year) {
      LexicalForm.year($0)
    }
  }

  mutating func date(_ element: Int, _ name: StaticString, required: Bool = false) -> CivilDate? {
    parse(element, .attribute(name), required: required, expected: DecodingMessage.date) {
      CivilDate(utf8: $0)
    }
  }

  /// One of a closed vocabulary, by raw value.
  mutating func choice<Value: ByteChoice>(
    _ element: Int, _ name: StaticString, required: Bool = false, as _: Value.Type = Value.self
  ) -> Value? {
    // The expectation is spelled out only when there is a problem to report.
    return parse(
      element, .attribute(name), required: required,
      expected: DecodingMessage.choice(Value.allCases.map(\.rawValue))
    ) {
      Value.choices.value($0)
    }
  }

  /// A string attribute that must satisfy `valid` (by default: not empty).
  mutating func string(
    _ element: Int, _ name: StaticString, required: Bool = false,
    expected: String = DecodingMessage.identifier, valid: (String) -> Bool = { !$0.isEmpty }
  ) -> String? {
    parse(element, .attribute(name), required: required, expected: expected) {
      let value = String(decoding: $0, as: UTF8.self)
      return valid(value) ? value : nil
    }
  }

  /// The element's text, trimmed ("" when it has none).
  func text(_ element: Int) -> String {
    String(decoding: table.textBytes(element).trimmingXMLWhitespace(), as: UTF8.self)
  }

  /// True when the element has the attribute (no `String` is made).
  mutating func hasAttribute(_ element: Int, _ name: StaticString) -> Bool {
    find(element, name) != nil
  }

  /// The attribute's value, trimmed; nil when the element has no such
  /// attribute.
  mutating func attribute(_ element: Int, _ name: StaticString) -> String? {
    find(element, name).map { attribute in
      String(decoding: table.valueBytes(attribute).trimmingXMLWhitespace(), as: UTF8.self)
    }
  }

  /// The element's attribute named `name`: as `open` matched it when it
  /// can tell (``OpenedAttributes``), else from the table.
  private mutating func find(_ element: Int, _ name: StaticString) -> Int? {
    switch opened.attribute(element, name) {
    case .some(let known): known
    case nil: table.attribute(element, name, from: &attributeHint)
    }
  }
}
