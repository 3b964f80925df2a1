public import Land

/// Writes JSON text by hand, so that key order, number formatting and
/// escaping are fixed and the same inputs always give the same bytes.
///
/// Numbers: finite doubles in Swift's shortest round-trip form (`0.95`,
/// `37.5`, `1e-05`); integers without a fraction. Non-finite numbers never
/// reach here (they are *no data*, written as `null`).
///
/// The text is built as UTF-8 bytes, not a `String`. Measured (release,
/// 100k parcels of `mujun sample`, `perf record`): appending to a String
/// (`_StringGuts.append`, `prepareForAppendInPlace`, count-and-flags
/// updates) was about 7% of a batch run and the JSON line 15.5% in all;
/// appending bytes to an array skips the String bookkeeping.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  /// Whether the container being written has a value already (so the next
  /// one needs a comma before it).
  private var needsComma = false
  /// ``needsComma`` of each enclosing container, innermost last. Measured
  /// (release, 200k parcels, `perf record`): keeping the innermost flag in
  /// an array of all levels made `separate()` 0.8% of a batch run (an
  /// array write, with its uniqueness check, for every value).
  private var enclosing: [Bool] = []

  /// `capacity`: the bytes to reserve. A verdict line is about 2.4 kB
  /// (`mujun sample`, 200k parcels: 2357 bytes median, 3016 at most), so
  /// ``VerdictJSON`` reserves 4 kB and the buffer never grows: growing
  /// from 1 kB reallocated and copied it twice a line.
  public init(capacity: Int = 1024) {
    bytes.reserveCapacity(capacity)
    enclosing.reserveCapacity(8)
  }

  /// The JSON text written so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func raw(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  public mutating func beginObject() {
    open(UInt8(ascii: "{"))
  }

  public mutating func endObject() {
    close(UInt8(ascii: "}"))
  }

  public mutating func beginArray() {
    open(UInt8(ascii: "["))
  }

  public mutating func endArray() {
    close(UInt8(ascii: "]"))
  }

  private mutating func open(_ bracket: UInt8) {
    separate()
    bytes.append(bracket)
    enclosing.append(needsComma)
    needsComma = false
  }

  private mutating func close(_ bracket: UInt8) {
    needsComma = enclosing.popLast() ?? true
    bytes.append(bracket)
  }

  /// Writes `"name":`; the value written next belongs to it. `name` is a
  /// name made at run time (a custom indicator's), so it is escaped.
  public mutating func key(escaping name: String) {
    separate()
    Self.appendQuoted(name, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes `"name":` for an indicator: its name is a Swift identifier, so
  /// it needs no escaping either (18 of these a verdict line).
  public mutating func key(_ indicator: Indicator) {
    var name = indicator.rawValue
    name.withUTF8 { plainKey($0) }
  }

  /// Writes `"name":` for a name written in the code, which needs no
  /// escaping (checked in debug builds), so its bytes are copied without
  /// looking at them. Measured (release, 200k parcels, `perf record`): the
  /// 40-odd keys of a verdict line, each scanned for bytes to escape, were
  /// 1% of a batch run.
  public mutating func key(_ name: StaticString) {
    name.withUTF8Buffer { plainKey($0) }
  }

  /// `"name":` from bytes known to need no escaping.
  private mutating func plainKey(_ utf8: UnsafeBufferPointer<UInt8>) {
    assert(!Self.mayNeedEscaping(utf8), "a key written in the code needs no escaping")
    separate()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(contentsOf: utf8)
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  public mutating func string(_ value: String) {
    separate()
    Self.appendQuoted(value, to: &bytes)
  }

  public mutating func number(_ value: Double) {
    separate()
    if value.isFinite { Self.appendNumber(value, to: &bytes) } else { raw("null") }
  }

  public mutating func integer(_ value: Int) {
    separate()
    Self.appendInteger(value, to: &bytes)
  }

  /// `"file:line"`, as a string: how verdicts cite a rule row, written
  /// without first joining the two into a String of their own (measured:
  /// 0.5% of a batch run, one String on the heap per finding).
  public mutating func fileAndLine(_ file: String, _ line: Int) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    Self.appendEscaped(file, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    Self.appendInteger(line, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  public mutating func bool(_ value: Bool) {
    separate()
    if value { raw("true") } else { raw("false") }
  }

  /// Ends a line of JSON Lines: a newline, outside any value.
  public mutating func endLine() {
    bytes.append(UInt8(ascii: "\n"))
  }

  public mutating func null() {
    separate()
    raw("null")
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
  public mutating func stringsUnlessEmpty(_ name: StaticString, _ values: [String]) {
    guard !values.isEmpty else { return }
    key(name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = true
  }

  /// Shortest text that reads back as the same double; whole numbers keep
  /// one decimal (`1.0`) so a reader sees a number of the same kind.
  public static func format(_ value: Double) -> String {
    if value == 0 { return "0.0" }
    return value.description
  }

  static func appendQuoted(_ value: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    appendEscaped(value, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  /// `value` as the inside of a JSON string.
  static func appendEscaped(_ value: String, to out: inout [UInt8]) {
    // Most strings need no escaping: append them whole.
    let special = { (byte: UInt8) in byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 }
    // A native string's bytes are scanned in place (measured: the generic
    // walk over the UTF-8 view was 3% of a batch run).
    let plain = value.utf8.withContiguousStorageIfAvailable { utf8 in
      guard !mayNeedEscaping(utf8) else { return false }
      out.append(contentsOf: utf8)
      return true
    }
    if plain == true { return }
    if plain == nil, !value.utf8.contains(where: special) {
      out.append(contentsOf: value.utf8)
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out.append(contentsOf: #"\""#.utf8)
      case "\\": out.append(contentsOf: #"\\"#.utf8)
      case "\n": out.append(contentsOf: #"\n"#.utf8)
      case "\r": out.append(contentsOf: #"\r"#.utf8)
      case "\t": out.append(contentsOf: #"\t"#.utf8)
      case "\u{08}": out.append(contentsOf: #"\b"#.utf8)
      case "\u{0C}": out.append(contentsOf: #"\f"#.utf8)
      case "\u{2028}": out.append(contentsOf: #"\u2028"#.utf8)
      case "\u{2029}": out.append(contentsOf: #"\u2029"#.utf8)
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        } else {
          out.append(contentsOf: String(scalar).utf8)
        }
      }
    }
  }
}
