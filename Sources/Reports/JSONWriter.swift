/// Writes JSON text by hand, so that key order, number formatting and
/// escaping are fixed and the same inputs always give the same bytes.
///
/// Numbers: finite doubles in Swift's shortest round-trip form (`0.95`,
/// `37.5`, `1e-05`); integers without a fraction. Non-finite numbers never
/// reach here (they are *no data*, written as `null`).
public struct JSONWriter: Sendable {
  public private(set) var text = ""
  private var needsComma: [Bool] = [false]

  public init() {}

  public mutating func beginObject() {
    separate()
    text += "{"
    needsComma.append(false)
  }

  public mutating func endObject() {
    needsComma.removeLast()
    text += "}"
  }

  public mutating func beginArray() {
    separate()
    text += "["
    needsComma.append(false)
  }

  public mutating func endArray() {
    needsComma.removeLast()
    text += "]"
  }

  /// Writes `"name":`; the value written next belongs to it.
  public mutating func key(_ name: String) {
    separate()
    Self.appendQuoted(name, to: &text)
    text += ":"
    needsComma[needsComma.count - 1] = false
  }

  public mutating func string(_ value: String) {
    separate()
    Self.appendQuoted(value, to: &text)
  }

  public mutating func number(_ value: Double) {
    separate()
    text += value.isFinite ? Self.format(value) : "null"
  }

  public mutating func integer(_ value: Int) {
    separate()
    text += String(value)
  }

  public mutating func bool(_ value: Bool) {
    separate()
    text += value ? "true" : "false"
  }

  public mutating func null() {
    separate()
    text += "null"
  }

  public mutating func optional(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  public mutating func optional(_ value: Double?) {
    if let value { number(value) } else { null() }
  }

  public mutating func optional(_ value: Int?) {
    if let value { integer(value) } else { null() }
  }

  /// `"name":["a","b"]`, or nothing at all when `values` is empty.
  public mutating func stringsUnlessEmpty(_ name: String, _ values: [String]) {
    guard !values.isEmpty else { return }
    key(name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { text += "," }
    needsComma[needsComma.count - 1] = true
  }

  /// Shortest text that reads back as the same double; whole numbers keep
  /// one decimal (`1.0`) so a reader sees a number of the same kind.
  public static func format(_ value: Double) -> String {
    if value == 0 { return "0.0" }
    return value.description
  }

  static func appendQuoted(_ value: String, to out: inout String) {
    out += "\""
    // Most strings need no escaping: append them whole.
    let special = { (byte: UInt8) in byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 }
    // A native string's bytes are scanned in place (measured: the generic
    // walk over the UTF-8 view was 3% of a batch run).
    let plain =
      value.utf8.withContiguousStorageIfAvailable { !$0.contains(where: special) }
      ?? !value.utf8.contains(where: special)
    if plain {
      out += value
      out += "\""
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
