/// A row the store was asked to write that it cannot: a number that is not
/// finite, or a row whose key is already in the transaction (an enterprise
/// twice in a run, a figure twice for a firm). Thrown inside the write
/// transaction, which rolls it back.
struct HistoryRowProblem: Error {
  /// Which row, and what is wrong with it.
  var message: String
}
