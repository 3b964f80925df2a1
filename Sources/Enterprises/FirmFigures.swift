public import Land

/// What the department files say about one enterprise in one year, merged:
/// each field present with the cell it came from, or an error; and every
/// problem of the rows and the merge that concerns it.
public struct FirmFigures: Sendable, Hashable {
  public var key: FirmYear
  /// The code when it passed its check; nil when the files give the
  /// enterprise under a code that fails it (reported with errors, never
  /// merged into another enterprise).
  public var creditCode: CreditCode?
  /// The first name the files give (in the order they were added).
  public var name: Sourced<String>?
  /// 规上 / 规下 from the files' 规模 column, if any gives it.
  public var scale: MergedValue<HolderScale>?
  /// The figures the files give, each a value or an error.
  public var figures: FieldValues<MergedValue<Double>>
  /// The errors and warnings of the enterprise's rows and of the merge.
  public var problems: [DataProblem]

  public init(
    key: FirmYear, creditCode: CreditCode?, name: Sourced<String>? = nil,
    scale: MergedValue<HolderScale>? = nil,
    figures: FieldValues<MergedValue<Double>> = FieldValues(),
    problems: [DataProblem] = []
  ) {
    self.key = key
    self.creditCode = creditCode
    self.name = name
    self.scale = scale
    self.figures = figures
    self.problems = problems
  }

  /// The figures that have values, as a land record's `<performance>`.
  public var performance: Performance {
    var performance = Performance(year: key.year)
    for (field, merged) in figures {
      field.set(merged.value, in: &performance)
    }
    return performance
  }

  /// The fields that are errors: no data, and no falling back to the
  /// land record's figure.
  public var fieldsWithErrors: [PerformanceField] {
    PerformanceField.allCases.filter { figures[$0] == .error }
  }
}
