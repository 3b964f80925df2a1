import Land
import XMLStream

/// `<scoring>`: the schemes and their items. Exemptions, vetoes, classes
/// and surcharges are in `RuleSetParser+ScoringRules.swift`.
extension RuleSetParser {
  static let scoringChildren = ["scheme", "exempt", "veto", "classes", "surcharge"]

  mutating func parseScoring(_ element: XMLElement) {
    let before = file.diagnostics.count
    checkAttributes(element, allowed: ["groupBy", "source"])
    var groupBy: [ScoringGroupKeyPart] = []
    if let written = element.attribute("groupBy") {
      for token in written.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
        if let part = ScoringGroupKeyPart(rawValue: String(token)) {
          if !groupBy.contains(part) { groupBy.append(part) }
        } else {
          report(
            .unknownValue(
              attribute: "groupBy", element: "scoring", value: String(token),
              expected: ScoringGroupKeyPart.allCases.map(\.rawValue)), at: element.location)
        }
      }
    }
    let source = optionalText("source", of: element, expected: "the policy text it transcribes")
    var schemes: [ScoringScheme] = []
    var firstScheme: [String: SourceLocation] = [:]
    var sawScheme = false
    var exemptions: [ScoringExemption] = []
    var vetoes: [ScoringVeto] = []
    var classes: ScoringClasses?
    var classesElement: XMLElement?
    var surcharges: [ScoringSurcharge] = []
    for child in element.children where checkNamespace(child) {
      switch child.name {
      case "scheme":
        sawScheme = true
        guard let scheme = parseScheme(child) else { continue }
        if let first = firstScheme[scheme.id] {
          report(.duplicateScheme(scheme.id, first: first), at: child.location)
        } else {
          firstScheme[scheme.id] = child.location
          schemes.append(scheme)
        }
      case "exempt": if let exemption = parseExempt(child) { exemptions.append(exemption) }
      case "veto": if let veto = parseVeto(child) { vetoes.append(veto) }
      case "classes":
        keepFirst(child, in: "scoring", as: &classesElement)
        if classesElement == child { classes = parseClasses(child) }
      case "surcharge": if let surcharge = parseSurcharge(child) { surcharges.append(surcharge) }
      default:
        file.report(
          .unexpectedElement(child.name, parent: "scoring", expected: Self.scoringChildren),
          at: child.location)
      }
    }
    if !sawScheme {
      file.report(
        .missingElement(
          "scheme", parent: "scoring", expected: "at least one scheme with its scored items"),
        at: element.location)
    }
    guard file.diagnostics.count == before else { return }
    file.scoring = Scoring(
      schemes: schemes, groupBy: groupBy, exemptions: exemptions, vetoes: vetoes,
      classes: classes, surcharges: surcharges, source: source,
      location: rowLocation(element.location))
  }

  private mutating func parseScheme(_ element: XMLElement) -> ScoringScheme? {
    checkAttributes(element, allowed: ["id", "scale", "minMu", "when"])
    let before = file.diagnostics.count
    let id = requiredText("id", of: element, expected: "the scheme's name, such as above")
    let scale = enumValue("scale", of: element, as: HolderScale.self)
    let minMu = positiveNumber("minMu", of: element)
    let condition = whenCondition(of: element)
    var items: [ScoringItem] = []
    var firstItem: [String: SourceLocation] = [:]
    var sawItem = false
    for child in element.children where checkNamespace(child) {
      sawItem = sawItem || child.name == "item"
      guard child.name == "item" else {
        file.report(
          .unexpectedElement(child.name, parent: "scheme", expected: ["item"]), at: child.location)
        continue
      }
      guard let item = parseItem(child) else { continue }
      if let first = firstItem[item.name] {
        report(
          .duplicateItem(item.name, scheme: id ?? "", first: first), at: child.location)
      } else {
        firstItem[item.name] = child.location
        items.append(item)
      }
    }
    if !sawItem {
      file.report(
        .missingElement("item", parent: "scheme", expected: "at least one scored indicator"),
        at: element.location)
    }
    guard file.diagnostics.count == before, let id else { return nil }
    return ScoringScheme(
      id: id, scale: scale, minMu: minMu, items: items, location: rowLocation(element.location),
      condition: condition)
  }

  private mutating func parseItem(_ element: XMLElement) -> ScoringItem? {
    checkAttributes(
      element,
      allowed: [
        "indicator", "weight", "direction", "method", "benchmark", "floor", "cap", "missing",
        "penalty", "source",
      ])
    let at = element.location
    let before = file.diagnostics.count
    var indicator: ScoringIndicator?
    if let written = element.attribute("indicator") {
      indicator = scoredIndicator(written, at: at)
    } else {
      file.report(
        .missingAttribute(
          "indicator", element: "item", expected: "an indicator name such as taxPerMu"), at: at)
    }
    let weight = positiveNumber("weight", of: element, required: "the item's weight, such as 30")
    let direction = enumValue("direction", of: element, as: ScoringDirection.self) ?? .higher
    let methodName = oneOf("method", of: element, ["ratio", "minMax"]) ?? "ratio"
    var method = ScoringMethod.ratio
    if methodName == "minMax" {
      var floor = 0.0
      if let written = element.attribute("floor") {
        if let value = Lexical.decimal(written), (0...100).contains(value) {
          floor = value
        } else {
          report(
            .outOfRange(
              attribute: "floor", element: "item", value: written,
              range: "a score from 0 to 100, such as 20"), at: at)
        }
      }
      method = .minMax(floor: floor)
    }
    var benchmark = ScoringBenchmark.groupMean
    if let written = element.attribute("benchmark") {
      switch Lexical.trimmed(written) {
      case "mean": benchmark = .groupMean
      case "median": benchmark = .groupMedian
      default:
        if let value = Lexical.decimal(written), value > 0 {
          benchmark = .fixed(value)
        } else {
          report(.invalidBenchmark(written), at: at)
        }
      }
    } else if methodName == "ratio" {
      file.report(
        .missingAttribute(
          "benchmark", element: "item",
          expected: "a fixed benchmark in the indicator's unit (such as 24.097), mean or median"),
        at: at)
    }
    if methodName == "minMax", element.attribute("benchmark") != nil {
      report(
        .unusedAttribute("benchmark", element: "item", because: "with method=\"minMax\""), at: at)
    }
    if methodName != "minMax", element.attribute("floor") != nil {
      report(
        .unusedAttribute("floor", element: "item", because: "without method=\"minMax\""), at: at)
    }
    if element.attribute("penalty") != nil, element.attribute("missing") != "penalty" {
      report(
        .unusedAttribute("penalty", element: "item", because: "without missing=\"penalty\""),
        at: at)
    }
    let cap = positiveNumber("cap", of: element)
    var missing = ScoringMissingData.zero
    switch oneOf("missing", of: element, ["groupAverage", "zero", "penalty"]) {
    case "groupAverage": missing = .groupAverage
    case "penalty":
      if let penalty = positiveNumber(
        "penalty", of: element, required: "the points a missing figure costs, such as 5")
      {
        missing = .penalty(penalty)
      }
    default: break
    }
    let source = optionalText("source", of: element, expected: "the policy row it transcribes")
    guard file.diagnostics.count == before, let indicator, let weight else { return nil }
    return ScoringItem(
      scored: indicator, weight: weight, direction: direction, method: method,
      benchmark: benchmark, cap: cap, missing: missing, source: source,
      location: rowLocation(at))
  }

  /// A built-in indicator, or a custom one of this file's `<indicators>`;
  /// in a file without `<indicators>` that has a base, any other name is
  /// taken as a custom indicator of the base chain, checked when the chain
  /// is resolved (``RuleSetLoader``).
  private mutating func scoredIndicator(_ written: String, at: SourceLocation) -> ScoringIndicator?
  {
    if let builtIn = Indicator(rawValue: written) { return .builtIn(builtIn) }
    let custom = file.expressions.indicators
    if let declared = file.expressions.indicator(named: written) {
      return .custom(name: written, unit: declared.unit)
    }
    if !custom.isEmpty {
      file.diagnostics.append(
        Diagnostic(at: at, Self.unknownCustomIndicator(written, custom: custom.map(\.name))))
      return nil
    }
    if file.baseID != nil { return .custom(name: written, unit: nil) }
    file.report(.unknownIndicator(written), at: at)
    return nil
  }

  // MARK: Attribute helpers

  mutating func report(_ problem: ScoringProblem, at location: SourceLocation) {
    file.report(.scoring(problem), at: location)
  }

  /// A location as rows carry it: the rule file's last path component.
  func rowLocation(_ location: SourceLocation) -> SourceLocation {
    SourceLocation(file: file.fileName, line: location.line, column: location.column)
  }

  mutating func requiredText(_ name: String, of element: XMLElement, expected: String) -> String? {
    guard let written = element.attribute(name) else {
      file.report(
        .missingAttribute(name, element: element.name, expected: expected),
        at: element.location)
      return nil
    }
    let text = Lexical.trimmed(written)
    if text.isEmpty {
      file.report(
        .emptyAttribute(name, element: element.name, expected: expected), at: element.location)
      return nil
    }
    return text
  }

  mutating func optionalText(_ name: String, of element: XMLElement, expected: String) -> String? {
    guard element.attribute(name) != nil else { return nil }
    return requiredText(name, of: element, expected: expected)
  }

  /// A number above 0; reported when missing only if `required` says what it is.
  mutating func positiveNumber(_ name: String, of element: XMLElement, required: String? = nil)
    -> Double?
  {
    guard let written = element.attribute(name) else {
      if let required {
        file.report(
          .missingAttribute(name, element: element.name, expected: required),
          at: element.location)
      }
      return nil
    }
    guard let value = Lexical.decimal(written), value > 0 else {
      report(
        .notPositive(attribute: name, element: element.name, value: written),
        at: element.location)
      return nil
    }
    return value
  }

  /// One of `values`, or nil (reported when written and not one of them).
  mutating func oneOf(_ name: String, of element: XMLElement, _ values: [String]) -> String? {
    guard let written = element.attribute(name) else { return nil }
    guard values.contains(written) else {
      report(
        .unknownValue(attribute: name, element: element.name, value: written, expected: values),
        at: element.location)
      return nil
    }
    return written
  }

  mutating func enumValue<T: RawRepresentable & CaseIterable>(
    _ name: String, of element: XMLElement, as type: T.Type
  ) -> T? where T.RawValue == String {
    oneOf(name, of: element, T.allCases.map(\.rawValue)).flatMap(T.init(rawValue:))
  }

  /// A whole number of at least `least`, or nil (reported when written and invalid).
  mutating func wholeNumber(_ name: String, of element: XMLElement, least: Int) -> Int? {
    guard let written = element.attribute(name) else { return nil }
    let text = Lexical.trimmed(written)
    guard !text.isEmpty, text.unicodeScalars.allSatisfy(Lexical.isDigit), text.count <= 4,
      let value = Int(text), value >= least
    else {
      report(
        .invalidWholeNumber(attribute: name, element: element.name, value: written, least: least),
        at: element.location)
      return nil
    }
    return value
  }
}
