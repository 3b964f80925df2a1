import XMLStream

/// Walks one record's elements and collects every problem found, so that a
/// rejected record lists all that is wrong with it, not just the first.
/// Each problem is a ``Diagnostic`` at the offending element's start tag
/// (attribute problems too: the reader keeps no attribute positions).
struct ElementDecoder {
  private(set) var diagnostics: [Diagnostic] = []
  /// Where to look first for the next attribute asked for: just after the
  /// last one found (``XMLElement/attribute(_:from:)``).
  var attributeHint = 0

  mutating func report(_ element: XMLElement, _ message: String) {
    diagnostics.append(Diagnostic(at: element.location, message))
  }

  /// The problems in document order (line, then column, then found order).
  var sortedDiagnostics: [Diagnostic] {
    diagnostics.enumerated().sorted { lhs, rhs in
      let l = (lhs.element.location.line, lhs.element.location.column, lhs.offset)
      let r = (rhs.element.location.line, rhs.element.location.column, rhs.offset)
      return l < r
    }.map(\.element)
  }

  /// Checks an element against what the format allows: its attribute
  /// names, stray text (unless `text` is true), and its children's names,
  /// namespaces, order and counts. Reports each departure and returns the
  /// children worth decoding: the known ones, without second copies of
  /// single elements (children out of order are still decoded).
  mutating func open(
    _ element: XMLElement, attributes allowed: [String], text: Bool = false,
    children layout: [ChildRule] = []
  ) -> ElementChildren {
    // Attributes mostly come in the order of `allowed`, so each is looked
    // for from just after the last one found, and looked at in place.
    // (Measured with callgrind, release, 10k parcels: searching `allowed`
    // from its start for a copy of each attribute cost 0.8% more
    // instructions: 3,970 M before, 3,937 M after.)
    let attributes = element.attributes
    var from = 0
    for index in attributes.indices {
      if attributes[index].prefix == nil,
        let found = Self.position(of: attributes[index].name, in: allowed, from: from)
      {
        from = found + 1
        continue
      }
      report(
        element,
        DecodingMessage.unknownAttribute(
          element.name, attributes[index].qualifiedName, allowed: allowed))
    }
    // Most elements hold only the white space of indentation: look at the
    // bytes before making a trimmed copy.
    if !text, !element.text.utf8.allSatisfy(Self.isXMLSpace) {
      let stray = element.text.trimmingXMLWhitespace()
      report(element, DecodingMessage.unexpectedText(element.name, stray))
    }
    var children = ElementChildren(of: element.children)
    // Which rules have been met, by index: a layout has at most 64 rules.
    // (Measured, release, 100k parcels: a `Set<String>` of names here,
    // hashed for every child, was about 4% of a batch run; an array of
    // flags allocated per element was about 0.5%.)
    assert(layout.count <= 64, "a layout of more than 64 children")
    assert(Set(layout.map(\.name)).count == layout.count, "a layout names a child twice")
    var seen: UInt64 = 0
    // The furthest rule met so far, by index. Children are looked at in
    // place, not copied out of the array: a copy retains every string
    // and array in it. (Measured, release, 200k parcels, `perf`: about 1%
    // of a batch run.)
    var furthest: Int?
    let siblings = element.children
    for position in siblings.indices {
      guard let index = Self.rule(named: siblings[position].name, in: layout, after: furthest)
      else {
        report(
          siblings[position],
          DecodingMessage.unknownElement(
            element.name, siblings[position].name, allowed: layout.map(\.name)))
        children.drop(position)
        continue
      }
      // A wrong namespace is reported where it starts, not on every child.
      // (The parent's is the same string, read by the same reader, so it
      // is compared first.)
      if siblings[position].namespace != element.namespace
        && siblings[position].namespace != ParcelDecoder.namespace
      {
        report(
          siblings[position],
          DecodingMessage.wrongNamespace(siblings[position].name, siblings[position].namespace))
      }
      let bit: UInt64 = 1 << UInt64(index)
      if seen & bit != 0 && layout[index].occurrence != .repeated {
        report(
          siblings[position],
          DecodingMessage.duplicateElement(element.name, siblings[position].name))
        children.drop(position)
        continue
      }
      if let furthest, index < furthest {
        report(
          siblings[position],
          DecodingMessage.outOfOrder(
            element.name, siblings[position].name, after: layout[furthest].name))
      } else {
        furthest = index
      }
      seen |= bit
    }
    for (index, rule) in layout.enumerated()
    where rule.occurrence == .required && seen & (1 << UInt64(index)) == 0 {
      report(element, DecodingMessage.missingElement(element.name, rule.name))
    }
    return children
  }

  /// The index of the rule for `name` in `layout` (names are unique in a
  /// layout). Children mostly come in the layout's order, so the search
  /// starts at the furthest rule met so far and wraps around. (Measured
  /// with callgrind, release, 10k parcels: searching from the first rule
  /// each time cost 0.4% more instructions.)
  static func rule(named name: String, in layout: [ChildRule], after last: Int?) -> Int? {
    let start = last ?? 0
    for index in start..<layout.count where XMLElement.same(layout[index].name, name) {
      return index
    }
    for index in 0..<start where XMLElement.same(layout[index].name, name) { return index }
    return nil
  }

  /// The index of `name` in `names`, searched from `start` to the end and
  /// then from the beginning.
  static func position(of name: String, in names: [String], from start: Int) -> Int? {
    let start = min(start, names.count)
    for index in start..<names.count where XMLElement.same(names[index], name) { return index }
    for index in 0..<start where XMLElement.same(names[index], name) { return index }
    return nil
  }

  /// Space, tab, carriage return, line feed.
  static func isXMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }
}
