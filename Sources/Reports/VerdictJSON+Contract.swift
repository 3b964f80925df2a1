import Evaluation

extension VerdictJSON {
  /// The keys a contract check adds (`damages`, `idle`, clause findings, …).
  static func write(_ contract: ContractReview, to json: inout JSONWriter) {}
}
