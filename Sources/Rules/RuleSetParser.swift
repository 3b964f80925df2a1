import Crypto
import XMLStream

/// Turns the bytes of one rule file into a ``RuleSetFile``, collecting
/// every problem it can find (a document that is not well-formed stops at
/// the first).
struct RuleSetParser {
  var file: RuleSetFile

  init(displayPath: String, fileName: String, bytes: [UInt8]) {
    file = RuleSetFile(displayPath: displayPath, fileName: fileName, sha256: SHA256.hex(of: bytes))
  }

  static func parse(bytes: [UInt8], displayPath: String, fileName: String) -> RuleSetFile {
    var parser = RuleSetParser(displayPath: displayPath, fileName: fileName, bytes: bytes)
    parser.parse(bytes)
    return parser.file
  }

  private mutating func parse(_ bytes: [UInt8]) {
    file.sourceBytes = bytes
    let reader = XMLRecordReader(bytes: bytes, fileName: file.displayPath)
    var children: [XMLElement] = []
    while let event = reader.next() {
      switch event {
      case .record(let record): children.append(record.element)
      case .broken: break  // only a reader given a record name goes on
      case .failure(let diagnostic, _):
        file.diagnostics.append(diagnostic)
        return
      }
    }
    guard let root = reader.root else { return }
    file.rootLocation = root.location
    guard root.name == "ruleSet", root.namespace == RuleSetProblem.namespace else {
      file.report(.wrongRoot(name: root.name, namespace: root.namespace), at: root.location)
      return
    }
    parseRootAttributes(root)
    var metadata: XMLElement?
    var thresholds: XMLElement?
    var scoring: XMLElement?
    var indicators: XMLElement?
    for child in children where checkNamespace(child) {
      switch child.name {
      case "metadata": keepFirst(child, in: "ruleSet", as: &metadata)
      case "thresholds": keepFirst(child, in: "ruleSet", as: &thresholds)
      case "scoring": keepFirst(child, in: "ruleSet", as: &scoring)
      case "indicators": keepFirst(child, in: "ruleSet", as: &indicators)
      default:
        file.report(
          .unexpectedElement(
            child.name, parent: "ruleSet",
            expected: ["metadata", "indicators", "thresholds", "scoring"]),
          at: child.location)
      }
    }
    if let metadata {
      parseMetadata(metadata)
    } else {
      file.report(
        .missingElement(
          "metadata", parent: "ruleSet",
          expected: "the rule set's title, source, classification and locale"),
        at: root.location)
    }
    if let indicators { parseIndicators(indicators) }
    if let thresholds {
      parseThresholds(thresholds)
    } else {
      file.report(
        .missingElement(
          "thresholds", parent: "ruleSet", expected: "the threshold rows (it may be empty)"),
        at: root.location)
    }
    if let scoring { parseScoring(scoring) }
  }

  private mutating func parseRootAttributes(_ root: XMLElement) {
    checkAttributes(root, allowed: ["id", "version", "base"])
    if let id = root.attribute("id") {
      if Lexical.isRuleSetID(id) {
        file.id = id
      } else {
        file.report(.invalidRuleSetID(attribute: "id", value: id), at: root.location)
      }
    } else {
      file.report(
        .missingAttribute(
          "id", element: "ruleSet", expected: "a rule-set id such as cn-national-2008"),
        at: root.location)
    }
    if let version = root.attribute("version") {
      let trimmed = Lexical.trimmed(version)
      if trimmed.isEmpty {
        file.report(
          .emptyAttribute("version", element: "ruleSet", expected: "a version such as 2008.1"),
          at: root.location)
      } else {
        file.version = trimmed
      }
    } else {
      file.report(
        .missingAttribute("version", element: "ruleSet", expected: "a version such as 2008.1"),
        at: root.location)
    }
    if let base = root.attribute("base") {
      if Lexical.isRuleSetID(base) {
        file.baseID = base
      } else {
        file.report(.invalidRuleSetID(attribute: "base", value: base), at: root.location)
      }
    }
  }

  // MARK: Shared checks

  /// True when the element is in the rule-set namespace; reports it if not.
  mutating func checkNamespace(_ element: XMLElement) -> Bool {
    guard element.namespace != RuleSetProblem.namespace else { return true }
    file.report(
      .wrongNamespace(element: element.name, namespace: element.namespace), at: element.location)
    return false
  }

  /// Reports every attribute not in `allowed` (prefixed ones included).
  mutating func checkAttributes(_ element: XMLElement, allowed: [String]) {
    for attribute in element.attributes
    where attribute.prefix != nil || !allowed.contains(attribute.name) {
      file.report(
        .unknownAttribute(attribute.qualifiedName, element: element.name, expected: allowed),
        at: element.location)
    }
  }

  /// Keeps the first of the elements with one name; reports the others.
  mutating func keepFirst(_ element: XMLElement, in parent: String, as slot: inout XMLElement?) {
    if let first = slot {
      file.report(
        .duplicateElement(element.name, parent: parent, first: first.location), at: element.location
      )
    } else {
      slot = element
    }
  }
}
