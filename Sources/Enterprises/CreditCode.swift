/// The 18-character unified social credit code (统一社会信用代码) that keys
/// an enterprise across the land records and the departments' files, with
/// its check character verified (GB 32100-2015, 法人和其他组织统一社会信用
/// 代码编码规则).
///
/// Made only by validation: a `CreditCode` always has 18 characters from
/// the code's character set and a correct check character. A cell's text
/// is normalised first, silently: white space around it (including the
/// ideographic space U+3000) is dropped, full-width digits and letters
/// become ASCII and lower-case letters upper-case. These are how office
/// software and Chinese input methods write the same code; they change no
/// character of it, so they are not worth a message. The text as written
/// is kept by the caller (``DepartmentRow/codeText``) for the reports.
public struct CreditCode: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The code in its normal form: 18 ASCII digits and capital letters.
  public let text: String

  /// Validates `text` (after normalising it); throws the first problem
  /// found, in the order: nothing written, wrong length, a character the
  /// code does not use, wrong check character.
  public init(_ text: String) throws(CreditCodeProblem) {
    self = try Self.validate(text).get()
  }

  private init(normalised: String) {
    self.text = normalised
  }

  /// The code, or the precise problem with it.
  public static func validate(_ text: String) -> Result<CreditCode, CreditCodeProblem> {
    let code = normalised(text)
    if code.isEmpty { return .failure(.empty) }
    let bytes = Array(code.utf8)
    // The common case: 18 ASCII characters, checked byte by byte. Anything
    // else goes to the character-wise search for the problem to report.
    guard bytes.count == length, let values = Self.values(of: bytes) else {
      return .failure(problem(given: String(CellText.trimmed(text)), normalised: code))
    }
    let expected = checkCharacter(values: values[..<17])
    let found = Character(Unicode.Scalar(bytes[17]))
    guard found == expected else {
      return .failure(
        .wrongCheckCharacter(
          given: String(CellText.trimmed(text)), code: code, found: found, expected: expected))
    }
    return .success(CreditCode(normalised: code))
  }

  /// `text` as the code is compared: trimmed, full-width forms narrowed to
  /// ASCII, ASCII letters in upper case.
  public static func normalised(_ text: String) -> String {
    let text = CellText.trimmed(text)
    // The common case, already in normal form: no string to build.
    if text.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
    {
      return String(text)
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let narrow = CellText.narrow(scalar)
      if ("a"..."z").contains(narrow), let upper = Unicode.Scalar(narrow.value - 32) {
        scalars.append(upper)
      } else {
        scalars.append(narrow)
      }
    }
    return String(scalars)
  }

  /// The check character for the first 17 characters of a code (in normal
  /// form), or nil when `first17` is not 17 characters of the code's set.
  public static func checkCharacter(for first17: String) -> Character? {
    let bytes = Array(first17.utf8)
    guard bytes.count == 17, let values = values(of: bytes) else { return nil }
    return checkCharacter(values: values[...])
  }

  public var description: String { text }

  public static func < (lhs: CreditCode, rhs: CreditCode) -> Bool {
    lhs.text < rhs.text
  }

  /// Characters in a code.
  static let length = 18

  /// The problem with a code that is not 18 characters of the set.
  private static func problem(given: String, normalised: String) -> CreditCodeProblem {
    let characters = Array(normalised)
    guard characters.count == length else {
      return .wrongLength(given: given, count: characters.count)
    }
    let written = Array(given)
    for (offset, character) in characters.enumerated() where value(of: character) == nil {
      // Normalising maps each character to one character, so the offset
      // is the same in the text as written.
      let shown = offset < written.count ? written[offset] : character
      return .characterNotAllowed(given: given, character: shown, position: offset + 1)
    }
    // Unreachable for a code whose bytes failed the set, kept total.
    return .wrongLength(given: given, count: characters.count)
  }
}
