/// Where a value is read from: an attribute, or the element's own text.
enum ValueSource: Sendable {
  case attribute(String)
  case text
}
