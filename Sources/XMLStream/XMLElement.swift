/// One element of a record's subtree, decoded from the stream: its local
/// name, attributes in document order, child elements and the character
/// data directly inside it. Values, no pointers into libxml2.
///
/// The reader leaves `text` empty when the character data is only white
/// space (space, tab, carriage return, line feed), as between the children
/// of most elements; other text is kept byte for byte (``HeldSpace``).
public struct XMLElement: Sendable, Hashable {
  public var name: String
  public var namespace: String?
  public var attributes: [XMLAttribute]
  public var children: [XMLElement]
  public var text: String
  /// Where the element's start tag begins (its `<`).
  public var location: SourceLocation

  public init(
    name: String,
    namespace: String? = nil,
    attributes: [XMLAttribute] = [],
    children: [XMLElement] = [],
    text: String = "",
    location: SourceLocation
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.children = children
    self.text = text
    self.location = location
  }

  /// The value of the attribute with this (unprefixed) name, if present.
  ///
  /// Looked at in place, by index: `first(where:)` copied each attribute
  /// out, retaining its strings. (Measured with callgrind, release, 10k
  /// parcels: 4,085 M instructions before, 4,075 M after, −0.26%.)
  public func attribute(_ name: String) -> String? {
    for index in attributes.indices
    where attributes[index].prefix == nil && Self.same(attributes[index].name, name) {
      return attributes[index].value
    }
    return nil
  }

  /// ``attribute(_:)``, looked for from the index `hint` to the end and
  /// then from the start; `hint` is left just after the attribute found.
  /// The answer is the same whatever the hint (unprefixed names are unique
  /// in an element); a caller that asks for attributes in the order they
  /// are mostly written finds each at its first look. (Measured with
  /// callgrind, release, 10k parcels: 3,937 M instructions before,
  /// 3,921 M after, −0.4%.)
  public func attribute(_ name: String, from hint: inout Int) -> String? {
    let start = min(max(hint, 0), attributes.count)
    for index in start..<attributes.count
    where attributes[index].prefix == nil && Self.same(attributes[index].name, name) {
      hint = index + 1
      return attributes[index].value
    }
    for index in 0..<start
    where attributes[index].prefix == nil && Self.same(attributes[index].name, name) {
      hint = index + 1
      return attributes[index].value
    }
    return nil
  }

  /// The child elements with this local name, in document order.
  public func children(named name: String) -> [XMLElement] {
    children.filter { Self.same($0.name, name) }
  }

  /// True when two names are the same, comparing their lengths first.
  /// Names are short and most that differ differ in length; `==` on two
  /// different strings calls out to the standard library's comparison.
  /// (Measured, release, 200k parcels, `perf`: those calls were 1.4% of a
  /// batch run, nearly all of them for names that differ.)
  @inlinable public static func same(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
  }
}

/// An attribute as written: `prefix:name="value"`.
public struct XMLAttribute: Sendable, Hashable {
  public var name: String
  public var prefix: String?
  public var value: String

  public init(name: String, prefix: String? = nil, value: String) {
    self.name = name
    self.prefix = prefix
    self.value = value
  }

  /// The name as written in the document.
  public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
}
