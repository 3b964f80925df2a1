/// Unified social credit codes (统一社会信用代码) for synthetic firms: 18
/// characters with a correct check character, so that mujun joins them
/// like real ones.
enum SampleCreditCode {
  /// The code's characters in value order (GB 32100-2015, table 1: the
  /// digits, then A–Y without I, O, S, V and Z).
  static let characters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)

  /// `prefix` (8 characters: registering authority, kind and the
  /// division, e.g. `91510100`) + `MA` + `kind` + `ordinal` as six
  /// characters of the code's set + the check character. Distinct for
  /// distinct (kind, ordinal) below 31^6.
  static func code(prefix: String, kind: UInt8, ordinal: Int) -> String {
    var bytes = Array(prefix.utf8) + Array("MA".utf8) + [kind]
    var digits = [UInt8](repeating: characters[0], count: 6)
    var rest = ordinal
    for position in stride(from: 5, through: 0, by: -1) {
      digits[position] = characters[rest % 31]
      rest /= 31
    }
    bytes += digits
    bytes.append(checkCharacter(bytes))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The check character of the first 17 characters (GB 32100-2015,
  /// clause 4 and its appendix): C18 = 31 − MOD(Σ C_i × W_i, 31), with
  /// W_i = 3^(i−1) mod 31 and 31 written as `0`. The standard's example:
  /// `91350100M000100Y4` takes `3`.
  static func checkCharacter(_ first17: [UInt8]) -> UInt8 {
    var sum = 0
    var weight = 1
    for byte in first17.prefix(17) {
      sum += (characters.firstIndex(of: byte) ?? 0) * weight
      weight = weight * 3 % 31
    }
    return characters[(31 - sum % 31) % 31]
  }
}
