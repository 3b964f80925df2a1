/// Column widths fitted to what the columns show.
///
/// A column is as wide as its widest cell, header included (the title
/// rows are not: a title runs on over the empty cells to its right), in
/// Excel's unit, the width of a `0`. A cell's width is counted in
/// characters, a wide or fullwidth character (CJK, ``DisplayWidth``)
/// counting 2, as it takes about two `0`s of the default font; a number
/// counts the characters its column's format shows (``width(of:format:)``).
/// ``padding`` is added for the cell's margins and a bold header, and no
/// column is fitted wider than ``maximum``: a longer text is cut off at the
/// column's edge on screen, whole in the cell. A column with nothing in it
/// keeps Excel's default width.
enum ColumnFitting {
  /// Added to the widest cell's width.
  static let padding = 2
  /// The widest a column is fitted.
  static let maximum = 60
  /// Cell widths are counted no further than this: wider gives ``maximum``.
  static let widestCell = maximum - padding

  /// The width a column is set to when its widest cell is `units` wide;
  /// nil (Excel's default) when it holds nothing.
  static func width(forWidestCell units: Int) -> Double? {
    units == 0 ? nil : Double(min(units + padding, maximum))
  }

  /// The characters `cell` takes as its column's `format` shows it.
  static func width(of cell: WorksheetCell, format: NumberFormat) -> Int {
    switch cell {
    case .empty: 0
    case .text(let text): DisplayWidth.of(text, upTo: widestCell)
    case .number(let value): width(of: value, format: format)
    case .integer(let value): width(of: Double(value), format: format)
    }
  }

  /// The characters a finite number takes: with a fixed count of decimal
  /// places (`0`, `0.00`), its sign, its whole digits after rounding, the
  /// point and the places; as `General`, a whole number below 10^11 in
  /// full, any other as Swift's shortest form of it, no wider than the 11
  /// characters Excel's `General` shows in a column of default width.
  static func width(of value: Double, format: NumberFormat) -> Int {
    let magnitude = abs(value)
    switch format {
    case .integer, .decimals:
      let places = format.places
      let scale = powerOfTen(places)
      let rounded = (magnitude * scale).rounded() / scale
      // Excel shows the sign even of a number that rounds to 0 ("-0.00").
      let sign = value < 0 ? 1 : 0
      return sign + digits(rounded.rounded(.down)) + (places > 0 ? places + 1 : 0)
    case .general, .text:
      let sign = value < 0 ? 1 : 0
      if magnitude < 1e11, magnitude.rounded(.down) == magnitude {
        return sign + digits(magnitude)
      }
      return min(String(describing: value).count, 11)
    }
  }

  /// The digits of a whole, non-negative number (1 for 0).
  static func digits(_ whole: Double) -> Int {
    var count = 1
    var bound = 10.0
    while bound <= whole, count < 309 {
      bound *= 10
      count += 1
    }
    return count
  }

  private static func powerOfTen(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
  }
}
