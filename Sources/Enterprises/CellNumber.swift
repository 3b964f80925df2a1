/// A department file's cell read as a number (records.md, "Department data
/// files"): an optional sign, digits with an optional decimal point, commas
/// (`,` or the full-width `，`) only between groups of three digits of the
/// whole part (`1,250.5`), full-width digits, point and minus as office
/// exports write them, white space around. An empty cell is no data, never
/// 0 and never an error; anything else is a ``NumberProblem``.
public enum CellNumber: Sendable, Hashable {
  /// Nothing but white space: no data.
  case empty
  case value(Double)
  case invalid(NumberProblem)

  /// The cell's number times 10^`exponent`, the shift applied to the
  /// digits before they become a binary number, so that a figure in 元
  /// read as 万元 (`exponent` −4) is the double nearest its decimal value:
  /// 132,002.40 元 is 13.20024 万元, where dividing the double 132002.4 by
  /// 10000 gives 13.200239999999999.
  public init(_ text: String, exponent: Int = 0) {
    let narrowed = CellText.narrowed(text)
    if narrowed.isEmpty {
      self = .empty
    } else if let value = Self.plainNumber(narrowed, exponent: exponent) {
      self = .value(value)
    } else {
      self = .invalid(Self.problem(with: narrowed, written: String(CellText.trimmed(text))))
    }
  }

  /// The number `text` (already narrowed) writes, or nil.
  ///
  /// The grammar, on ASCII bytes: `[+-]? whole ('.' digits?)?` or
  /// `[+-]? '.' digits`, where `whole` is digits, or 1–3 digits followed
  /// by groups of `,` and three digits. The digits without the commas go to
  /// the standard library's decimal conversion (correctly rounded).
  static func plainNumber(_ text: String, exponent: Int = 0) -> Double? {
    var bytes = Array(text.utf8)
    // U+2212 MINUS SIGN, as some exports write a negative figure.
    if bytes.starts(with: [0xE2, 0x88, 0x92]) { bytes.replaceSubrange(0..<3, with: [0x2D]) }
    var index = 0
    var plain: [UInt8] = []
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      plain.append(bytes[index])
      index += 1
    }
    guard let whole = wholeDigits(bytes, from: &index) else { return nil }
    plain += whole.isEmpty ? [UInt8(ascii: "0")] : whole
    var fraction: [UInt8] = []
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < bytes.count, isDigit(bytes[index]) {
        fraction.append(bytes[index])
        index += 1
      }
    }
    guard index == bytes.count, !(whole.isEmpty && fraction.isEmpty) else { return nil }
    if !fraction.isEmpty { plain += [UInt8(ascii: ".")] + fraction }
    if exponent != 0 { plain += Array("e\(exponent)".utf8) }
    guard let value = Double(String(decoding: plain, as: UTF8.self)), value.isFinite else {
      return nil
    }
    // -0 is 0: one way to write nothing, so the output never shows "-0".
    return value + 0
  }

  /// The digits of the whole part starting at `index` (moved past them),
  /// commas dropped; nil when a comma is out of place (not between groups
  /// of three digits).
  private static func wholeDigits(_ bytes: [UInt8], from index: inout Int) -> [UInt8]? {
    var digits: [UInt8] = []
    var group = 0
    var grouped = false
    while index < bytes.count {
      let byte = bytes[index]
      if isDigit(byte) {
        digits.append(byte)
        group += 1
      } else if byte == UInt8(ascii: ",") {
        // The first group has 1–3 digits, every later one exactly 3.
        guard group > 0, grouped ? group == 3 : group <= 3 else { return nil }
        grouped = true
        group = 0
      } else {
        break
      }
      index += 1
    }
    guard !grouped || group == 3 else { return nil }
    return digits
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// Why `narrowed` is not a number, for the message.
  private static func problem(with narrowed: String, written: String) -> NumberProblem {
    if isExponentForm(narrowed) { return .exponent(text: written) }
    for (word, multiple) in magnitudeWords where narrowed.hasSuffix(word) {
      if let value = plainNumber(String(narrowed.dropLast(word.count))) {
        return .magnitude(text: written, value: value * multiple)
      }
    }
    if narrowed.contains(","),
      plainNumber(String(narrowed.filter { $0 != "," })) != nil
    {
      return .misplacedSeparator(text: written)
    }
    return .notANumber(text: written)
  }

  /// Chinese words of magnitude a clerk may write after a figure; the
  /// longer first, so `12.5万元` is read as 12.5 × 10^4.
  private static let magnitudeWords: [(String, Double)] = [
    ("万元", 1e4), ("亿元", 1e8), ("万", 1e4), ("亿", 1e8),
  ]

  /// `1.23457E+11`: how Excel shows (and saves to CSV) a number too wide
  /// for its column, with digits lost.
  private static func isExponentForm(_ text: String) -> Bool {
    guard let mark = text.firstIndex(where: { $0 == "E" || $0 == "e" }),
      plainNumber(String(text[..<mark])) != nil
    else { return false }
    var exponent = text[text.index(after: mark)...]
    if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
    return !exponent.isEmpty && exponent.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
