/// The department files merged: per enterprise and year, the figures with
/// their sources; and every problem met, file by file in the order the
/// files were added, row by row within a file.
public struct DepartmentData: Sendable, Hashable {
  public var firms: [FirmYear: FirmFigures]
  public var problems: [DataProblem]

  public init(firms: [FirmYear: FirmFigures], problems: [DataProblem]) {
    self.firms = firms
    self.problems = problems
  }

  /// The enterprises and years, by code then year.
  public var sortedFirms: [FirmFigures] {
    firms.values.sorted { $0.key < $1.key }
  }
}
