/// Strict ISO 8601 calendar dates: exactly `YYYY-MM-DD`, ASCII digits,
/// a real day. `2024-2-3`, `2024/02/03`, `2024-02-30` and `20240203` are
/// not dates.
extension CivilDate: LosslessStringConvertible {
  /// Parses `YYYY-MM-DD`; nil for anything else.
  public init?(_ description: String) {
    // The bytes in place, not copied into an array: a batch reads several
    // dates a record.
    var text = description
    guard let date = text.withUTF8({ CivilDate(utf8: $0) }) else { return nil }
    self = date
  }

  /// Parses `YYYY-MM-DD` from UTF-8 bytes, read in place; nil for anything
  /// else.
  init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = CivilDate.number(bytes[0..<4]),
      let month = CivilDate.number(bytes[5..<7]),
      let day = CivilDate.number(bytes[8..<10])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    "\(CivilDate.padded(year, 4))-\(CivilDate.padded(month, 2))-\(CivilDate.padded(day, 2))"
  }

  /// The value of a run of ASCII digits; nil if any byte is not one.
  private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
