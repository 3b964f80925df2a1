/// One child element that an element may contain, and how often.
/// A parent's rules, in order, are the order its children must come in.
struct ChildRule: Sendable {
  enum Occurrence: Sendable {
    case required
    case optional
    case repeated
  }

  var name: String
  var occurrence: Occurrence

  static func required(_ name: String) -> ChildRule { ChildRule(name: name, occurrence: .required) }
  static func optional(_ name: String) -> ChildRule { ChildRule(name: name, occurrence: .optional) }
  static func repeated(_ name: String) -> ChildRule { ChildRule(name: name, occurrence: .repeated) }
}
