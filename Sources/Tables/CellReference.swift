/// A cell reference as a sheet writes it (`D17`): column letters, then the
/// row number, within a sheet's bounds (XFD, 1 048 576).
enum CellReference: Equatable {
  case cell(column: Int, row: Int)
  /// Letters then digits, but past the last column or row (or row 0).
  case outOfRange
  /// Not letters then digits.
  case malformed

  init(_ text: String) {
    var letters = 0
    var column = 0
    var digits = 0
    var row = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
        guard digits == 0 else {
          self = .malformed
          return
        }
        letters += 1
        // Four letters are past XFD already; stop counting before overflow.
        if letters <= 4 { column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1 }
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard letters > 0 else {
          self = .malformed
          return
        }
        digits += 1
        if digits <= 8 { row = row * 10 + Int(byte - UInt8(ascii: "0")) }
      default:
        self = .malformed
        return
      }
    }
    guard letters > 0, digits > 0 else {
      self = .malformed
      return
    }
    guard letters <= 3, column <= TableLimits.maxColumns, digits <= 7, row >= 1,
      row <= TableLimits.maxRows
    else {
      self = .outOfRange
      return
    }
    self = .cell(column: column, row: row)
  }
}
