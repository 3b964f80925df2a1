/// Why a figure cell is not a number; ``message(unit:)`` words it for the
/// clerk who keeps the file, naming the text as written.
public enum NumberProblem: Sendable, Hashable {
  /// Not a number in any form we recognise (`N/A`, `—`, `--`, `1.2.3`).
  case notANumber(text: String)
  /// Digits with a comma out of place (`1,25`, `12,50,000`): perhaps a
  /// decimal comma, perhaps a typo; either way not a figure to guess at.
  case misplacedSeparator(text: String)
  /// A number in exponent form (`1.23457E+11`), as Excel shows one too
  /// wide for its column, with digits lost.
  case exponent(text: String)
  /// A number with a Chinese word of magnitude (`12.5万`); `value` is the
  /// number it means (125000).
  case magnitude(text: String, value: Double)

  /// The text of the cell as written (trimmed).
  public var text: String {
    switch self {
    case .notANumber(let text), .misplacedSeparator(let text), .exponent(let text),
      .magnitude(let text, _):
      text
    }
  }

  /// The message for a cell of a column in `unit`.
  public func message(unit: FigureUnit) -> String {
    let found = "not a number: '\(text)'; "
    switch self {
    case .notANumber:
      return found
        + "write the figure in the column's unit (\(unit)) with digits only,"
        + " or leave the cell empty when there is no figure"
    case .misplacedSeparator:
      return found
        + "a comma may only separate groups of three digits (1,250) and the decimal point"
        + " is '.': write the figure in the column's unit (\(unit)) with digits only"
    case .exponent:
      return found
        + "Excel writes a number too wide for its column this way and drops digits:"
        + " widen the column or format it as a number, then save the file again"
    case .magnitude(let text, let value):
      // 12.5万 is 125000 of the smallest unit of the kind (元, kWh, t, 人);
      // in a 万元 or 万千瓦时 column that is 12.5.
      let inUnit = FigureText.number(value / unit.multiple)
      return found
        + "write the figure in the column's unit (\(unit)) with digits only,"
        + " e.g. \(inUnit) for \(text)"
    }
  }
}
