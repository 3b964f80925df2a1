import Land
import XMLStream

/// `<exempt>`, `<veto>`, `<classes>` and `<surcharge>` in `<scoring>`.
extension RuleSetParser {
  mutating func parseExempt(_ element: XMLElement, unit: ScoringUnit) -> ScoringExemption? {
    checkAttributes(
      element,
      allowed: ["sector", "productionYearsUnder", "grantedYearsUnder", "creditCode", "reason"])
    let before = file.diagnostics.count
    var kinds: [ScoringExemptionKind] = []
    var conditions = 0
    if let sector = element.attribute("sector") {
      conditions += 1
      if Lexical.isSectorPrefix(sector) {
        kinds.append(.sector(prefix: sector))
      } else {
        file.report(.invalidSector(sector), at: element.location)
      }
    }
    if element.attribute("productionYearsUnder") != nil {
      conditions += 1
      if let years = wholeNumber("productionYearsUnder", of: element, least: 1) {
        kinds.append(.productionYears(under: years))
      }
    }
    if element.attribute("grantedYearsUnder") != nil {
      conditions += 1
      if let years = wholeNumber("grantedYearsUnder", of: element, least: 1) {
        kinds.append(.grantedYears(under: years))
      }
    }
    if let written = element.attribute("creditCode") {
      conditions += 1
      let codes = written.split(whereSeparator: \.isWhitespace).map(String.init)
      if unit == .parcel {
        report(.enterpriseOnly("creditCode", element: "exempt"), at: element.location)
      } else if codes.isEmpty || !codes.allSatisfy(LexicalForm.isCreditCode) {
        file.report(
          .emptyAttribute(
            "creditCode", element: "exempt",
            expected: "credit codes of 18 digits and capital letters, separated by spaces"),
          at: element.location)
      } else {
        kinds.append(.creditCodes(codes))
      }
    }
    if conditions != 1 { report(.exemptNeedsOneCondition, at: element.location) }
    let reason = requiredText(
      "reason", of: element, expected: "the reason written into the verdict, such as 公用事业")
    guard file.diagnostics.count == before, kinds.count == 1, let kind = kinds.first, let reason
    else { return nil }
    return ScoringExemption(kind: kind, reason: reason, location: rowLocation(element.location))
  }

  mutating func parseVeto(_ element: XMLElement) -> ScoringVeto? {
    checkAttributes(element, allowed: ["event", "severity", "class", "reason"])
    let before = file.diagnostics.count
    let event = enumValue("event", of: element, as: EventKind.self)
    if element.attribute("event") == nil {
      file.report(
        .missingAttribute(
          "event", element: "veto", expected: "an event kind such as environmental-violation"),
        at: element.location)
    }
    let severity = enumValue("severity", of: element, as: EventSeverity.self)
    let forced = ratingClass("class", of: element)
    let reason = requiredText(
      "reason", of: element, expected: "the reason written into the verdict, such as 重大环境事件")
    guard file.diagnostics.count == before, let event, let forced, let reason else { return nil }
    return ScoringVeto(
      event: event, severity: severity, class: forced, reason: reason,
      location: rowLocation(element.location))
  }

  mutating func parseClasses(_ element: XMLElement) -> ScoringClasses? {
    checkAttributes(element, allowed: ["by", "scheme", "industryGroup"])
    let before = file.diagnostics.count
    let byRank: Bool
    switch oneOf("by", of: element, ["rank", "score"]) {
    case "rank": byRank = true
    case "score": byRank = false
    default:
      if element.attribute("by") == nil {
        file.report(
          .missingAttribute(
            "by", element: "classes", expected: "rank (shares of the group) or score (cut-offs)"),
          at: element.location)
      }
      return nil
    }
    let bound = byRank ? "upTo" : "minScore"
    var entries: [(RatingClass, Double?, XMLElement)] = []
    for child in element.children where checkNamespace(child) {
      guard child.name == "class" else {
        file.report(
          .unexpectedElement(child.name, parent: "classes", expected: ["class"]),
          at: child.location)
        continue
      }
      checkAttributes(child, allowed: ["name", bound])
      guard let name = ratingClass("name", of: child) else { continue }
      var value: Double?
      if let written = child.attribute(bound) {
        if byRank {
          if let share = Lexical.decimal(written), share > 0, share <= 1 {
            value = share
          } else {
            report(
              .outOfRange(
                attribute: "upTo", element: "class", value: written,
                range: "a share of the group above 0 and at most 1, such as 0.20"),
              at: child.location)
            continue
          }
        } else if let score = Lexical.decimal(written) {
          value = score
        } else {
          file.report(.invalidNumber(attribute: "minScore", value: written), at: child.location)
          continue
        }
      }
      if let (previous, previousValue, _) = entries.last {
        if name <= previous {
          report(.classOrder(found: name.rawValue, after: previous.rawValue), at: child.location)
        } else if let value, let previousValue,
          byRank ? value <= previousValue : value >= previousValue
        {
          report(
            .sharesNotIncreasing(name.rawValue, previous: previous.rawValue), at: child.location)
        }
      }
      entries.append((name, value, child))
    }
    if entries.count < 2 { report(.tooFewClasses, at: element.location) }
    for (index, (name, value, child)) in entries.enumerated() {
      let isLast = index == entries.count - 1
      if isLast, value != nil {
        report(.lastClassHasBound(name.rawValue, attribute: bound), at: child.location)
      } else if !isLast, value == nil {
        report(.classNeedsBound(name.rawValue, attribute: bound), at: child.location)
      }
    }
    guard file.diagnostics.count == before else { return nil }
    return byRank
      ? .rankShares(entries.map { ScoringClassShare(class: $0.0, upTo: $0.1) })
      : .scoreCutoffs(entries.map { ScoringClassCutoff(class: $0.0, minScore: $0.1) })
  }

  mutating func parseSurcharge(_ element: XMLElement) -> ScoringSurcharge? {
    checkAttributes(element, allowed: ["class", "perKWh", "consecutiveYears", "source"])
    let before = file.diagnostics.count
    let forClass = ratingClass("class", of: element)
    let perKWh = positiveNumber(
      "perKWh", of: element, required: "the surcharge in CNY per kWh, such as 0.3")
    let years = wholeNumber("consecutiveYears", of: element, least: 2)
    let source = optionalText("source", of: element, expected: "the policy text it transcribes")
    guard file.diagnostics.count == before, let forClass, let perKWh else { return nil }
    return ScoringSurcharge(
      class: forClass, perKWh: perKWh, consecutiveYears: years, source: source,
      location: rowLocation(element.location))
  }

  /// A required class name, A to D.
  private mutating func ratingClass(_ name: String, of element: XMLElement) -> RatingClass? {
    guard element.attribute(name) != nil else {
      file.report(
        .missingAttribute(name, element: element.name, expected: "a class, A, B, C or D"),
        at: element.location)
      return nil
    }
    return enumValue(name, of: element, as: RatingClass.self)
  }
}
