import Expressions
import Land
import XMLStream

/// `<scoring>`: the schemes and their items. Exemptions, vetoes, classes
/// and surcharges are in `RuleSetParser+ScoringRules.swift`.
extension RuleSetParser {
  static let scoringChildren = [
    "industryGroup", "scheme", "exempt", "veto", "adjust", "classes", "surcharge",
  ]

  mutating func parseScoring(_ element: XMLElement) {
    let before = file.diagnostics.count
    checkAttributes(element, allowed: ["unit", "tenantLand", "groupBy", "source"])
    let unit = enumValue("unit", of: element, as: ScoringUnit.self) ?? .parcel
    let tenantLand = enumValue("tenantLand", of: element, as: TenantLand.self) ?? .apportion
    if unit == .parcel, element.attribute("tenantLand") != nil {
      report(.enterpriseOnly("tenantLand", element: "scoring"), at: element.location)
    }
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
    var scoped: [(ScopedClasses, XMLElement)] = []
    var industryGroups: [ScoringIndustryGroup] = []
    var adjustments: [ScoringAdjustment] = []
    var surcharges: [ScoringSurcharge] = []
    for child in element.children where checkNamespace(child) {
      switch child.name {
      case "industryGroup":
        if let group = parseIndustryGroup(child) { industryGroups.append(group) }
      case "adjust":
        if unit == .parcel {
          report(.enterpriseOnly("<adjust>", element: "scoring"), at: child.location)
        } else if let adjustment = parseAdjustment(child) {
          adjustments.append(adjustment)
        }
      case "scheme":
        sawScheme = true
        guard let scheme = parseScheme(child, unit: unit) else { continue }
        if let first = firstScheme[scheme.id] {
          report(.duplicateScheme(scheme.id, first: first), at: child.location)
        } else {
          firstScheme[scheme.id] = child.location
          schemes.append(scheme)
        }
      case "exempt":
        if let exemption = parseExempt(child, unit: unit) { exemptions.append(exemption) }
      case "veto": if let veto = parseVeto(child) { vetoes.append(veto) }
      case "classes":
        if child.attribute("scheme") != nil || child.attribute("industryGroup") != nil {
          if let parsed = parseClasses(child) {
            scoped.append(
              (
                ScopedClasses(
                  scheme: child.attribute("scheme"),
                  industryGroup: child.attribute("industryGroup"), classes: parsed,
                  location: rowLocation(child.location)), child
              ))
          }
          continue
        }
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
    // Scoped classes name a scheme and an industry group of this section.
    for (entry, child) in scoped {
      if let scheme = entry.scheme, !schemes.contains(where: { $0.id == scheme }) {
        report(
          .unknownScope(attribute: "scheme", value: scheme, known: schemes.map(\.id)),
          at: child.location)
      }
      if let group = entry.industryGroup, !industryGroups.contains(where: { $0.id == group }) {
        report(
          .unknownScope(
            attribute: "industryGroup", value: group, known: industryGroups.map(\.id)),
          at: child.location)
      }
    }
    guard file.diagnostics.count == before else { return }
    file.scoring = Scoring(
      unit: unit, tenantLand: tenantLand, schemes: schemes, groupBy: groupBy,
      exemptions: exemptions, vetoes: vetoes, classes: classes,
      scopedClasses: scoped.map(\.0), industryGroups: industryGroups, adjustments: adjustments,
      surcharges: surcharges, source: source, location: rowLocation(element.location))
  }

  /// `<industryGroup id="机电" name="…" sectors="C34 C35 C38"/>`.
  private mutating func parseIndustryGroup(_ element: XMLElement) -> ScoringIndustryGroup? {
    checkAttributes(element, allowed: ["id", "name", "sectors"])
    let before = file.diagnostics.count
    let id = requiredText("id", of: element, expected: "the group's name, such as 机电")
    let name = optionalText("name", of: element, expected: "the group's name as published")
    var sectors: [String] = []
    if let written = element.attribute("sectors") {
      for token in written.split(whereSeparator: \.isWhitespace).map(String.init) {
        if Lexical.isSectorPrefix(token) {
          sectors.append(token)
        } else {
          file.report(.invalidSector(token), at: element.location)
        }
      }
    }
    if sectors.isEmpty, file.diagnostics.count == before {
      file.report(
        .missingAttribute(
          "sectors", element: "industryGroup",
          expected: "the sector prefixes of the group, such as \"C34 C35 C38\""),
        at: element.location)
    }
    guard file.diagnostics.count == before, let id else { return nil }
    return ScoringIndustryGroup(
      id: id, name: name, sectors: sectors, location: rowLocation(element.location))
  }

  /// `<adjust points="-5 * max(0, tenants - 1)" when='scale == "above"' reason="…"/>`.
  private mutating func parseAdjustment(_ element: XMLElement) -> ScoringAdjustment? {
    checkAttributes(element, allowed: ["points", "when", "reason", "source"])
    let before = file.diagnostics.count
    var points: Condition?
    if let written = element.attribute("points") {
      points = compiledAttribute(
        written, "points", of: element, in: ExpressionNames.enterpriseEnvironment,
        expecting: .number)
    } else {
      file.report(
        .missingAttribute(
          "points", element: "adjust",
          expected: "the points to add (negative to take off), such as -5 * max(0, tenants - 1)"),
        at: element.location)
    }
    var condition: Condition?
    if let written = element.attribute("when") {
      condition = compiledAttribute(
        written, "when", of: element, in: ExpressionNames.enterpriseEnvironment,
        expecting: .boolean)
    }
    let reason = requiredText(
      "reason", of: element, expected: "the reason written into the verdict, such as 出租扣分")
    let source = optionalText("source", of: element, expected: "the policy text it transcribes")
    guard file.diagnostics.count == before, let points, let reason else { return nil }
    return ScoringAdjustment(
      points: points, condition: condition, reason: reason, source: source,
      location: rowLocation(element.location))
  }

  private mutating func parseScheme(_ element: XMLElement, unit: ScoringUnit) -> ScoringScheme? {
    checkAttributes(element, allowed: ["id", "scale", "minMu", "maxMu", "tenants", "when"])
    let before = file.diagnostics.count
    let id = requiredText("id", of: element, expected: "the scheme's name, such as above")
    let scale = enumValue("scale", of: element, as: HolderScale.self)
    let minMu = positiveNumber("minMu", of: element)
    let maxMu = positiveNumber("maxMu", of: element)
    if let minMu, let maxMu, minMu >= maxMu {
      report(
        .minAboveMax(
          min: element.attribute("minMu") ?? "", max: element.attribute("maxMu") ?? ""),
        at: element.location)
    }
    let takesTenants = oneOf("tenants", of: element, ["true", "false"]) == "true"
    if unit == .parcel, element.attribute("tenants") != nil {
      report(.enterpriseOnly("tenants", element: "scheme"), at: element.location)
    }
    // An enterprise scheme's condition sees the enterprise's names.
    let condition =
      unit == .enterprise
      ? element.attribute("when").flatMap {
        compiledAttribute(
          $0, "when", of: element, in: ExpressionNames.enterpriseEnvironment, expecting: .boolean)
      } : whenCondition(of: element)
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
      id: id, scale: scale, minMu: minMu, maxMu: maxMu, takesTenants: takesTenants, items: items,
      location: rowLocation(element.location), condition: condition)
  }

  private mutating func parseItem(_ element: XMLElement) -> ScoringItem? {
    checkAttributes(
      element,
      allowed: [
        "indicator", "weight", "direction", "method", "benchmark", "factor", "benchmarkYear",
        "floor", "cap", "missing", "penalty", "source",
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
      case "cohort":
        benchmark = .cohortTotal
        if let indicator, indicator.builtIn.map(Performance.yearlyIndicators.contains) != true {
          report(.cohortNeedsBuiltIn(indicator.name), at: at)
        }
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
          expected:
            "a fixed benchmark in the indicator's unit (such as 24.097), mean, median or cohort"),
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
    let factor = positiveNumber("factor", of: element) ?? 1
    let benchmarkYear =
      enumValue("benchmarkYear", of: element, as: ScoringBenchmarkYear.self) ?? .current
    if case .fixed = benchmark, element.attribute("factor") != nil {
      report(
        .unusedAttribute(
          "factor", element: "item", because: "with a fixed benchmark (write the number itself)"),
        at: at)
    }
    if case .fixed = benchmark, element.attribute("benchmarkYear") != nil {
      report(
        .unusedAttribute("benchmarkYear", element: "item", because: "with a fixed benchmark"),
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
    var item = ScoringItem(
      scored: indicator, weight: weight, direction: direction, method: method,
      benchmark: benchmark, cap: cap, missing: missing, source: source,
      location: rowLocation(at))
    item.benchmarkFactor = factor
    item.benchmarkYear = benchmarkYear
    return item
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
