import XMLStream

extension RuleSetParser {
  /// What each text field of `<metadata>` holds, for messages.
  private static let expectations: KeyValuePairs<String, String> = [
    "title": "the rule set's title",
    "source": "the policy text it transcribes",
    "classification": "the GB/T 4754 edition its sector codes use, such as GB/T 4754-2017",
    "effective": "the dates it applies, such as <effective from=\"2008-01-31\"/>",
    "locale": "the language of its texts, such as zh-CN",
    "notes": "notes on how it was transcribed",
  ]
  private static let required = ["title", "source", "classification", "locale"]

  mutating func parseMetadata(_ metadata: XMLElement) {
    checkAttributes(metadata, allowed: [])
    let names = Self.expectations.map(\.key)
    var found: [String: XMLElement] = [:]
    for child in metadata.children where checkNamespace(child) {
      guard names.contains(child.name) else {
        file.report(
          .unexpectedElement(child.name, parent: "metadata", expected: names), at: child.location)
        continue
      }
      keepFirst(child, in: "metadata", as: &found[child.name])
    }
    var texts: [String: String] = [:]
    for (name, expected) in Self.expectations where name != "effective" {
      guard let element = found[name] else {
        if Self.required.contains(name) {
          file.report(
            .missingElement(name, parent: "metadata", expected: expected), at: metadata.location)
        }
        continue
      }
      checkAttributes(element, allowed: [])
      let text = Lexical.trimmed(element.text)
      if text.isEmpty {
        file.report(.emptyElement(name, expected: expected), at: element.location)
      } else {
        texts[name] = text
      }
    }
    if let classification = texts["classification"], let element = found["classification"] {
      file.classificationLocation = element.location
      if !Lexical.isClassification(classification) {
        file.report(.invalidClassification(classification), at: element.location)
        texts["classification"] = nil
      }
    }
    if let locale = texts["locale"], let element = found["locale"], !Lexical.isLocale(locale) {
      file.report(.invalidLocale(locale), at: element.location)
      texts["locale"] = nil
    }
    var (from, until, datesValid): (String?, String?, Bool) = (nil, nil, true)
    if let effective = found["effective"] { (from, until, datesValid) = parseEffective(effective) }
    guard datesValid, let title = texts["title"], let source = texts["source"],
      let classification = texts["classification"], let locale = texts["locale"]
    else { return }
    file.metadata = RuleSetMetadata(
      title: title, source: source, classification: classification, effectiveFrom: from,
      effectiveUntil: until, locale: locale, notes: texts["notes"])
    file.metadata?.effectiveLocation = found["effective"]?.location
  }

  /// `<effective from="…" until="…"/>`: the dates, and whether they are valid.
  private mutating func parseEffective(_ element: XMLElement) -> (String?, String?, Bool) {
    checkAttributes(element, allowed: ["from", "until"])
    var valid = true
    var from: String?
    var until: String?
    if let written = element.attribute("from") {
      from = Lexical.date(written)
      if from == nil {
        file.report(.invalidDate(attribute: "from", value: written), at: element.location)
        valid = false
      }
    } else {
      file.report(
        .missingAttribute(
          "from", element: "effective", expected: "the first day it applies, such as 2008-01-31"),
        at: element.location)
      valid = false
    }
    if let written = element.attribute("until") {
      until = Lexical.date(written)
      if until == nil {
        file.report(.invalidDate(attribute: "until", value: written), at: element.location)
        valid = false
      }
    }
    if let from, let until, until < from {
      file.report(.untilBeforeFrom(until: until, from: from), at: element.location)
      valid = false
    }
    return (from, until, valid)
  }
}
