/// A problem found in a tabular file: where it is and what is wrong, with
/// what to do about it. Rendered as a compiler renders its messages:
/// `tax.csv:17:4: error: …`, `tax.xlsx:Sheet1!D17: error: …`.
public struct TableProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The cell, row, sheet or file the problem is about.
  public var place: CellPlace
  /// What is wrong, and what to do.
  public var message: String

  public init(at place: CellPlace, _ message: String) {
    self.place = place
    self.message = message
  }

  public var description: String { "\(place): error: \(message)" }
}
