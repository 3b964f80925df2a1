import Land
import XMLStream

/// A problem in a rule file. The wording of each lives in one place,
/// ``message``: what was found, then what was expected.
enum RuleSetProblem: Sendable, Hashable {
  case wrongRoot(name: String, namespace: String?)
  case wrongNamespace(element: String, namespace: String?)
  case unexpectedElement(String, parent: String, expected: [String])
  case duplicateElement(String, parent: String, first: SourceLocation)
  case missingElement(String, parent: String, expected: String)
  case emptyElement(String, expected: String)
  case unknownAttribute(String, element: String, expected: [String])
  case missingAttribute(String, element: String, expected: String)
  case emptyAttribute(String, element: String, expected: String)
  case invalidRuleSetID(attribute: String, value: String)
  case invalidClassification(String)
  case invalidLocale(String)
  case invalidDate(attribute: String, value: String)
  case untilBeforeFrom(until: String, from: String)
  case unknownIndicator(String)
  case invalidSector(String)
  case invalidDistrict(String)
  case unknownZone(String)
  case invalidNumber(attribute: String, value: String)
  case noBound
  case minAboveMax(min: String, max: String)
  case unitNotAccepted(unit: String, indicator: Indicator)
  case duplicateRow(ThresholdKey, first: SourceLocation)
  /// Same key as an earlier row of the file, periods sharing days.
  case overlappingRows(ThresholdKey, first: SourceLocation, shared: String)
  case unknownBase(String, lookedFor: String?, bundled: [String])
  case baseCycle([String])
  case baseIDMismatch(base: String, path: String, found: String)
  case classificationDiffersFromBase(String, base: String, baseClassification: String)
  case unknownBundled(String, bundled: [String])
  case cannotRead(String)
  case tooLarge(limit: Int)
  /// A problem in the `<scoring>` section.
  case scoring(ScoringProblem)
}
