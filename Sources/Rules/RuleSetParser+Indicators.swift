import Expressions
import Land
import XMLStream

/// `<indicators>`, threshold rows on custom indicators, and `when`
/// conditions: every expression is compiled here, once, when the rule set
/// loads; an error is reported at the spot in the attribute value with
/// the expression and a caret.
extension RuleSetParser {
  static let indicatorAttributes = ["name", "expr", "unit", "label"]

  mutating func parseIndicators(_ element: XMLElement) {
    checkAttributes(element, allowed: [])
    var environment = ExpressionNames.environment
    var first: [String: SourceLocation] = [:]
    for child in element.children where checkNamespace(child) {
      guard child.name == "indicator" else {
        file.report(
          .unexpectedElement(child.name, parent: "indicators", expected: ["indicator"]),
          at: child.location)
        continue
      }
      checkAttributes(child, allowed: Self.indicatorAttributes)
      guard let name = child.attribute("name"), Self.isName(name) else {
        file.diagnostics.append(
          Diagnostic(
            at: child.location,
            child.attribute("name") == nil
              ? "missing attribute name on <indicator>; expected a name such as taxPerEnergy"
              : "invalid indicator name \"\(child.attribute("name") ?? "")\"; expected a letter, then letters, digits or '_', such as taxPerEnergy"
          ))
        continue
      }
      if Indicator(rawValue: name) != nil || environment.slot(of: name) != nil {
        let what =
          first[name].map { "another custom indicator at \($0)" }
          ?? "a name expressions already know"
        file.diagnostics.append(
          Diagnostic(
            at: child.location,
            "indicator name \"\(name)\" is taken by \(what); choose another name"))
        continue
      }
      guard let source = child.attribute("expr") else {
        file.report(
          .missingAttribute(
            "expr", element: "indicator", expected: "an expression such as tax / energy"),
          at: child.location)
        continue
      }
      guard
        let expression = compile(
          source, attribute: "expr", of: child, in: environment, expecting: .number)
      else { continue }
      environment = environment.adding(ExpressionVariable(name, .number, mayBeNoData: true))
      first[name] = child.location
      file.expressions.indicators.append(
        CustomIndicator(
          name: name, expression: expression, unit: child.attribute("unit").map(Lexical.trimmed),
          label: child.attribute("label").map(Lexical.trimmed),
          location: SourceLocation(
            file: file.fileName, line: child.location.line, column: child.location.column)))
    }
  }

  /// The `when` attribute of a row or scheme, compiled; nil when absent or wrong (reported).
  mutating func whenCondition(of element: XMLElement) -> Condition? {
    guard let source = element.attribute("when") else { return nil }
    guard
      let expression = compile(
        source, attribute: "when", of: element, in: ExpressionNames.environment,
        expecting: .boolean)
    else { return nil }
    let at = valueLocation(of: "when", offset: 0, in: element)
    return Condition(
      source: source,
      location: SourceLocation(file: file.fileName, line: at.line, column: at.column),
      expression: expression)
  }

  /// An attribute's expression compiled in `environment` as a ``Condition``
  /// (its source and where its value starts); nil, reported, when it does
  /// not compile.
  mutating func compiledAttribute(
    _ source: String, _ attribute: String, of element: XMLElement,
    in environment: ExpressionEnvironment, expecting: ExpressionType
  ) -> Condition? {
    guard
      let expression = compile(
        source, attribute: attribute, of: element, in: environment, expecting: expecting)
    else { return nil }
    let at = valueLocation(of: attribute, offset: 0, in: element)
    return Condition(
      source: source,
      location: SourceLocation(file: file.fileName, line: at.line, column: at.column),
      expression: expression)
  }

  /// True when the `when` attribute is present but did not compile.
  func hasCondition(_ element: XMLElement) -> Bool { element.attribute("when") != nil }

  /// Compiles an attribute's expression; reports the error and gives nil when it fails.
  mutating func compile(
    _ source: String, attribute: String, of element: XMLElement,
    in environment: ExpressionEnvironment, expecting: ExpressionType
  ) -> CompiledExpression? {
    do {
      return try CompiledExpression(source, in: environment, expecting: expecting)
    } catch {
      let at = valueLocation(of: attribute, offset: error.offset, in: element)
      file.diagnostics.append(
        Diagnostic(at: at, "\(error.message)\n\(error.excerpt(of: source))"))
      return nil
    }
  }

  /// Where character `offset` of an attribute's value is; the element's
  /// start when the attribute cannot be found in the text.
  func valueLocation(of attribute: String, offset: Int, in element: XMLElement) -> SourceLocation {
    AttributeValueLocator(bytes: file.sourceBytes).location(
      of: attribute, offset: offset, in: element.location) ?? element.location
  }

  static func isName(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isLetter || first == "_" else {
      return false
    }
    return text.count <= 64
      && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
  }
}
