import Land
import XMLStream

/// A problem in a rule set's `<scoring>` section; worded in
/// ``message``, like ``RuleSetProblem``, what was found, then what was expected.
enum ScoringProblem: Sendable, Hashable {
  case unknownValue(attribute: String, element: String, value: String, expected: [String])
  case notPositive(attribute: String, element: String, value: String)
  case invalidBenchmark(String)
  case invalidWholeNumber(attribute: String, element: String, value: String, least: Int)
  case outOfRange(attribute: String, element: String, value: String, range: String)
  case duplicateScheme(String, first: SourceLocation)
  case duplicateItem(String, scheme: String, first: SourceLocation)
  case exemptNeedsOneCondition
  case classOrder(found: String, after: String)
  case classNeedsBound(String, attribute: String)
  case lastClassHasBound(String, attribute: String)
  case sharesNotIncreasing(String, previous: String)
  case tooFewClasses
  case unusedAttribute(String, element: String, because: String)
}

extension ScoringProblem {
  var message: String {
    switch self {
    case .unknownValue(let attribute, let element, let value, let expected):
      return "unknown \(attribute) \"\(value)\" on <\(element)>; expected one of "
        + expected.joined(separator: ", ")
        + (value.count < 3
          ? ""
          : Suggestion.closest(to: value, among: expected).map { "; did you mean \($0)?" } ?? "")
    case .notPositive(let attribute, let element, let value):
      return
        "\(attribute) \"\(value)\" on <\(element)> is not a positive number; expected a decimal number above 0, such as 30"
    case .invalidBenchmark(let value):
      return
        "invalid benchmark \"\(value)\"; expected a positive decimal number in the indicator's unit (such as 24.097), mean or median"
    case .invalidWholeNumber(let attribute, let element, let value, let least):
      return
        "invalid \(attribute) \"\(value)\" on <\(element)>; expected a whole number of at least \(least)"
    case .outOfRange(let attribute, let element, let value, let range):
      return "\(attribute) \"\(value)\" on <\(element)> is out of range; expected \(range)"
    case .duplicateScheme(let id, let first):
      return "duplicate scheme \"\(id)\", first given at \(first); expected each scheme id once"
    case .duplicateItem(let indicator, let scheme, let first):
      return
        "duplicate item for \(indicator) in scheme \"\(scheme)\", first given at \(first); expected each indicator once per scheme"
    case .exemptNeedsOneCondition:
      return
        "<exempt> needs exactly one of sector, productionYearsUnder and grantedYearsUnder; write one <exempt> per condition"
    case .classOrder(let found, let after):
      return
        "class \(found) comes after \(after); expected the classes best first, each once (A, B, C, D)"
    case .classNeedsBound(let name, let attribute):
      return "class \(name) has no \(attribute); expected \(attribute) on every class but the last"
    case .lastClassHasBound(let name, let attribute):
      return
        "the last class \(name) has \(attribute); expected no \(attribute) on the last class, which takes the rest"
    case .sharesNotIncreasing(let name, let previous):
      return
        "class \(name) does not go beyond the class before it (\(previous)); expected upTo to grow from class to class (cumulative shares) and minScore to fall"
    case .unusedAttribute(let name, let element, let because):
      return
        "attribute \(name) on <\(element)> has no effect \(because); remove it or change the item"
    case .tooFewClasses:
      return "<classes> has fewer than two classes; expected at least two <class> elements"
    }
  }
}
