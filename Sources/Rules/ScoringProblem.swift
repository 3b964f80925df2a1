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
  case enterpriseOnly(String, element: String)
  case unknownScope(attribute: String, value: String, known: [String])
  case cohortNeedsBuiltIn(String)
  case minAboveMax(min: String, max: String)
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
        "invalid benchmark \"\(value)\"; expected a positive decimal number in the indicator's unit (such as 24.097), mean, median or cohort"
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
        "<exempt> needs exactly one of sector, productionYearsUnder, grantedYearsUnder and creditCode; write one <exempt> per condition"
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
    case .enterpriseOnly(let name, let element):
      return
        "\(name) on <\(element)> applies to enterprises only; write unit=\"enterprise\" on <scoring>, or remove it"
    case .unknownScope(let attribute, let value, let known):
      return
        "\(attribute) \"\(value)\" names no \(attribute == "scheme" ? "scheme" : "industry group") of this section; expected one of "
        + (known.isEmpty ? "(none declared)" : known.joined(separator: ", "))
    case .cohortNeedsBuiltIn(let name):
      return
        "benchmark \"cohort\" (total ÷ total) needs a built-in yearly indicator such as taxPerMu; \(name) is not one: use mean or median"
    case .minAboveMax(let min, let max):
      return "minMu \"\(min)\" is not below maxMu \"\(max)\"; expected minMu < maxMu"
    }
  }
}
