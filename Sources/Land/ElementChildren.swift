import XMLStream

/// The children of an element that passed the layout check (known names,
/// first of each single element), ready to be decoded.
struct ElementChildren {
  private var elements: [XMLElement] = []

  mutating func append(_ element: XMLElement) {
    elements.append(element)
  }

  /// The (only) child with this name.
  func first(_ name: String) -> XMLElement? {
    elements.first { $0.name == name }
  }

  /// The children with this name, in document order.
  func all(_ name: String) -> [XMLElement] {
    elements.filter { $0.name == name }
  }
}
