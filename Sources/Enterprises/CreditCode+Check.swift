/// The check character of GB 32100-2015 (法人和其他组织统一社会信用代码
/// 编码规则), clause 4 and Appendix: each of the first 17 characters has a
/// value (table 1: `0`–`9` are 0–9, then `A`=10 … `Y`=30 skipping I, O, S,
/// V and Z) and a weight W_i = MOD(3^(i−1), 31) (table 2); the check
/// character's value is C18 = 31 − MOD(Σ C_i × W_i, 31), where 31 is
/// written as `0`. The standard's worked example: `91350100M000100Y4`
/// sums to 1640, MOD(1640, 31) = 28, C18 = 31 − 28 = 3, so the code is
/// `91350100M000100Y43` and `91350100M000100Y4Z` fails.
extension CreditCode {
  /// The code's character set in value order (GB 32100-2015, table 1).
  public static let characters: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

  /// The weights of positions 1–17 (GB 32100-2015, table 2): 3^(i−1) mod 31.
  public static let weights: [Int] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
  ]

  /// The value of an ASCII byte in the code's set, or -1.
  private static let byteValues: [Int8] = {
    var table = [Int8](repeating: -1, count: 128)
    for (value, character) in characters.enumerated() {
      if let ascii = character.asciiValue { table[Int(ascii)] = Int8(value) }
    }
    return table
  }()

  /// The value of `character` in the code's set, or nil.
  static func value(of character: Character) -> Int? {
    guard let ascii = character.asciiValue else { return nil }
    let value = byteValues[Int(ascii)]
    return value < 0 ? nil : Int(value)
  }

  /// The values of `bytes`, or nil when one is not in the code's set.
  static func values(of bytes: [UInt8]) -> [Int]? {
    var values: [Int] = []
    values.reserveCapacity(bytes.count)
    for byte in bytes {
      guard byte < 128 else { return nil }
      let value = byteValues[Int(byte)]
      guard value >= 0 else { return nil }
      values.append(Int(value))
    }
    return values
  }

  /// The check character for the values of positions 1–17.
  static func checkCharacter(values: ArraySlice<Int>) -> Character {
    var sum = 0
    for (value, weight) in zip(values, weights) {
      sum += value * weight
    }
    let check = (31 - sum % 31) % 31
    return characters[check]
  }
}
