/// One child element that an element may contain, and how often.
/// A parent's rules, in order, are the order its children must come in.
struct ChildRule: Sendable {
  enum Occurrence: Sendable {
    case required
    case optional
    case repeated
  }

  var name: StaticString
  var occurrence: Occurrence

  /// The name, for messages.
  var text: String { name.description }

  static func required(_ name: StaticString) -> ChildRule {
    ChildRule(name: name, occurrence: .required)
  }
  static func optional(_ name: StaticString) -> ChildRule {
    ChildRule(name: name, occurrence: .optional)
  }
  static func repeated(_ name: StaticString) -> ChildRule {
    ChildRule(name: name, occurrence: .repeated)
  }
}
