/// Every message the record decoder can emit, in one place and one style:
/// `<element> has <what> "<found>"; expected <what is allowed>`.
/// Found values are quoted (escaped, and shortened past 40 characters);
/// expectations are not.
enum DecodingMessage {
  // MARK: What is expected

  static let decimal = "a decimal number of 0 or more, such as 12.5"
  static let positiveDecimal = "a decimal number greater than 0, such as 12.5"
  static let wholeNumber = "a whole number of 0 or more, such as 90"
  static let positiveWholeNumber = "a whole number of 1 or more, such as 30"
  static let year = "a four-digit year, such as 2024"
  static let date = "a date as YYYY-MM-DD, such as 2024-06-30"
  static let parcelID = "a unique parcel id"
  static let identifier = "a non-empty id"
  static let divisionCode = "six digits (a GB/T 2260 code), such as 510116"
  static let sectorCode = "a capital letter and 2 to 4 digits (GB/T 4754-2017), such as C3971"
  static let creditCode =
    "18 digits and capital letters other than I, O, S, V, Z (a unified social credit code)"

  /// `one of a, b, c`, or just `a` when there is one choice.
  static func choice(_ names: [String]) -> String {
    names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
  }

  // MARK: Attributes and values

  static func missingAttribute(_ element: String, _ attribute: String, expected: String) -> String {
    "\(element) has no \(attribute) attribute; expected \(expected)"
  }

  static func invalidAttribute(
    _ element: String, _ attribute: String, _ found: String, expected: String
  ) -> String {
    "\(element) has \(attribute) \(quoted(found)); expected \(expected)"
  }

  static func unknownAttribute(_ element: String, _ attribute: String, allowed: [String]) -> String
  {
    let expected = allowed.isEmpty ? "no attributes" : choice(allowed)
    return "\(element) has unknown attribute \(quoted(attribute)); expected \(expected)"
  }

  static func missingValue(_ element: String, expected: String) -> String {
    "\(element) has no value; expected \(expected)"
  }

  static func invalidValue(_ element: String, _ found: String, expected: String) -> String {
    "\(element) has value \(quoted(found)); expected \(expected)"
  }

  static func unexpectedText(_ element: String, _ found: String) -> String {
    "\(element) has text \(quoted(found)); expected no text"
  }

  // MARK: Elements

  static func notAParcel(_ name: String) -> String {
    "record has element \(quoted(name)); expected parcel"
  }

  static func notLandRecords(_ name: String) -> String {
    "document has root element \(quoted(name)); expected landRecords"
  }

  static func wrongNamespace(_ element: String, _ found: String?) -> String {
    guard let found else {
      return "\(element) has no namespace; expected \(ParcelDecoder.namespace)"
    }
    return "\(element) has namespace \(quoted(found)); expected \(ParcelDecoder.namespace)"
  }

  static func unknownElement(_ parent: String, _ element: String, allowed: [String]) -> String {
    let expected = allowed.isEmpty ? "no child elements" : choice(allowed)
    return "\(parent) has unknown element \(quoted(element)); expected \(expected)"
  }

  static func outOfOrder(_ parent: String, _ element: String, after previous: String) -> String {
    "\(parent) has \(element) after \(previous); expected \(element) before \(previous)"
  }

  static func duplicateElement(_ parent: String, _ element: String) -> String {
    "\(parent) has a second \(element) element; expected at most one"
  }

  static func missingElement(_ parent: String, _ element: String) -> String {
    "\(parent) has no \(element) element; expected exactly one"
  }

  static func duplicateYear(_ element: String, _ year: Int, firstLine: Int) -> String {
    "\(element) has year \(quoted(String(year))) again; expected one \(element) per year"
      + " (the first is on line \(firstLine))"
  }

  // MARK: Commitments

  static func unitNotAccepted(_ found: String, for indicator: Indicator) -> String {
    let accepted = indicator.unit.acceptedUnits.map(\.rawValue)
    return
      "commitment has unit \(quoted(found)) for \(indicator.rawValue); expected \(choice(accepted))"
  }

  static let noBound = "commitment has neither min nor max; expected at least one of them"

  static func minAboveMax(_ min: String, _ max: String) -> String {
    "commitment has min \(quoted(min)) greater than max \(quoted(max)); expected min no greater than max"
  }

  static func fromYearNotYearly(_ year: String, for indicator: Indicator) -> String {
    "commitment has fromYear \(quoted(year)) for \(indicator.rawValue), which is not a yearly figure;"
      + " expected fromYear only on yearly indicators such as taxPerMu"
  }

  // MARK: Quoting

  /// `"text"` with `\`, `"` and control characters escaped, cut to 40
  /// characters (then `…`): found values come from hostile input.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for (index, character) in text.enumerated() {
      if index == 40 {
        result += "…"
        break
      }
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if let ascii = character.asciiValue, ascii < 0x20 || ascii == 0x7F {
          result += "\\u{\(String(ascii, radix: 16))}"
        } else {
          result.append(character)
        }
      }
    }
    return result + "\""
  }
}
