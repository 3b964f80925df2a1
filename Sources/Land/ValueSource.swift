/// Where a value is read from: an attribute, or the element's own text.
enum ValueSource: Sendable {
  case attribute(StaticString)
  case text
}
