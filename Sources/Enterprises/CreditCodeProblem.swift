/// Why a cell's text is not a valid unified social credit code; the
/// message names the text as written and what to do.
public enum CreditCodeProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The cell is empty.
  case empty
  /// Not 18 characters (after trimming): `count` were given.
  case wrongLength(given: String, count: Int)
  /// A character outside the code's set, at a 1-based `position`.
  case characterNotAllowed(given: String, character: Character, position: Int)
  /// 18 characters of the set whose 18th is not the check character the
  /// first 17 give. `code` is the normalised text.
  case wrongCheckCharacter(given: String, code: String, found: Character, expected: Character)

  /// The code in normal form when the text has the code's form (18
  /// characters of the set) and only the check character is wrong: the
  /// enterprise is reported under it, with this error, and never merged
  /// into another (records.md, "Who is an enterprise").
  public var wellFormedCode: String? {
    if case .wrongCheckCharacter(_, let code, _, _) = self { return code }
    return nil
  }

  public var description: String {
    switch self {
    case .empty:
      return "no credit code: the row cannot be matched to an enterprise; write the"
        + " enterprise's 18-character unified social credit code (统一社会信用代码)"
    case .wrongLength(let given, let count):
      var message =
        "credit code '\(given)' has \(count) character\(count == 1 ? "" : "s"),"
        + " a unified social credit code has 18; check it against the business licence"
      if given.contains("E+") || given.contains("e+") {
        message +=
          " (it looks like a number Excel shortened: format the column as text"
          + " and write the code again)"
      }
      return message
    case .characterNotAllowed(let given, let character, let position):
      var message =
        "credit code '\(given)': '\(character)' at position \(position) is not allowed"
        + " (credit codes use the digits and the capital letters other than I, O, S, V and Z)"
      switch CreditCode.normalised(String(character)) {
      case "O": message += "; if it is the digit 0, write 0"
      case "I": message += "; if it is the digit 1, write 1"
      default: break
      }
      return message
    case .wrongCheckCharacter(let given, _, let found, let expected):
      return
        "credit code '\(given)' fails its check (GB 32100-2015): the first 17 characters"
        + " give '\(expected)' as the 18th, not '\(found)'; a character is mistyped:"
        + " check the code against the business licence"
    }
  }
}
