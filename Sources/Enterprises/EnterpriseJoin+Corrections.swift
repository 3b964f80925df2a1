import Tables

extension EnterpriseJoin {
  /// Applies the corrections (objections decided after publication) to
  /// the enterprises: each figure replaced (or taken away), or the land's
  /// area set, with the value before kept, and the indicators worked out
  /// again. Returns a problem for each correction that names no enterprise
  /// of the run, or that would take away the land's area.
  public mutating func apply(_ corrections: [Correction]) -> [DataProblem] {
    var problems: [DataProblem] = []
    var index: [String: Int] = [:]
    for (offset, enterprise) in enterprises.enumerated() { index[enterprise.code] = offset }
    var changed: Set<Int> = []
    for correction in corrections {
      guard let at = index[correction.code] else {
        problems.append(
          DataProblem(
            .badCorrection, at: correction.codeSource ?? correction.source,
            "\(correction.code) is no enterprise of this run (year \(report.year)); check the code")
        )
        continue
      }
      var enterprise = enterprises[at]
      switch correction.field {
      case .figure(let field):
        let old = enterprise.figures[field]?.value
        enterprise.figures[field] = correction.value.map {
          EnterpriseFigure(
            value: $0, origin: .correction(correction.source, document: correction.document))
        }
        enterprise.corrections.append(AppliedCorrection(correction: correction, oldValue: old))
      case .areaMu:
        guard let value = correction.value, value >= 0 else {
          problems.append(
            DataProblem(
              .badCorrection, at: correction.source,
              "用地面积 needs a value of 0 mu or more; the land's area cannot be taken away"))
          continue
        }
        let old = enterprise.areaMu
        enterprise.areaMu = value
        enterprise.corrections.append(AppliedCorrection(correction: correction, oldValue: old))
      }
      enterprises[at] = enterprise
      changed.insert(at)
    }
    for at in changed { enterprises[at].recomputeIndicators() }
    return problems
  }
}
