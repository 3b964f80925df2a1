/// The one thing wrong with a deliberately broken record (`--broken-share`):
/// each makes mujun reject the record and go on.
enum Defect: CaseIterable {
  case unknownAreaUnit
  case zeroArea
  case badDate
  case duplicateID
  case unknownElement

  static let all: [(Defect, Double)] = allCases.map { ($0, 1) }
}
