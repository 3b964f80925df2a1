import XMLStream

/// Walks one record's elements and collects every problem found, so that a
/// rejected record lists all that is wrong with it, not just the first.
/// Each problem is a ``Diagnostic`` at the offending element's start tag
/// (attribute problems too: the reader keeps no attribute positions).
///
/// Elements are numbers in the record's ``ElementTable``; values are read
/// from its bytes in place, and a `String` is made only for what a
/// ``Parcel`` keeps and for messages.
struct ElementDecoder {
  let table: ElementTable.View
  private(set) var diagnostics: [Diagnostic] = []
  /// Where to look first for the next attribute asked for: just after the
  /// last one found (``ElementTable/attribute(_:_:from:)``).
  var attributeHint = 0
  /// What ``open(_:attributes:text:children:)`` matched for the element it
  /// opened last, for the value functions.
  var opened = OpenedAttributes()

  init(_ table: ElementTable.View) {
    self.table = table
  }

  mutating func report(_ element: Int, _ message: String) {
    diagnostics.append(Diagnostic(at: table.location(element), message))
  }

  /// The element's local name.
  func name(_ element: Int) -> String { table.name(element) }

  /// Where the element's start tag begins.
  func location(_ element: Int) -> SourceLocation { table.location(element) }

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
    _ element: Int, attributes allowed: [StaticString], text: Bool = false,
    children layout: [ChildRule] = []
  ) -> ElementChildren {
    // Attributes mostly come in the order of `allowed`, so each is looked
    // for from just after the last one found, and looked at in place.
    // (Measured with callgrind, release, 10k parcels: searching `allowed`
    // from its start for a copy of each attribute cost 0.8% more
    // instructions: 3,970 M before, 3,937 M after.)
    var from = 0
    opened.start(element, allowing: allowed)
    for attribute in table.attributes(element) {
      if !table.attributeHasPrefix(attribute),
        let found = Self.position(of: attribute, in: allowed, from: from, table)
      {
        opened.note(attribute, at: found)
        from = found + 1
        continue
      }
      report(
        element,
        DecodingMessage.unknownAttribute(
          table.name(element), table.attributeQualifiedName(attribute),
          allowed: allowed.map(\.description)))
    }
    if !text, !table.textIsEmpty(element) {
      let stray = table.textBytes(element).trimmingXMLWhitespace()
      if !stray.isEmpty {
        report(
          element,
          DecodingMessage.unexpectedText(
            table.name(element), String(decoding: stray, as: UTF8.self)))
      }
    }
    var children = ElementChildren(table, parent: element)
    // Which rules have been met, by index: a layout has at most 64 rules.
    // (Measured, release, 100k parcels: a `Set<String>` of names here,
    // hashed for every child, was about 4% of a batch run; an array of
    // flags allocated per element was about 0.5%.)
    assert(layout.count <= 64, "a layout of more than 64 children")
    assert(Set(layout.map(\.text)).count == layout.count, "a layout names a child twice")
    var seen: UInt64 = 0
    // The furthest rule met so far, by index.
    var furthest: Int?
    var next = table.firstChild(element)
    while let child = next {
      next = table.nextSibling(child)
      guard let index = Self.rule(named: child, in: layout, after: furthest, table) else {
        report(
          child,
          DecodingMessage.unknownElement(
            table.name(element), table.name(child), allowed: layout.map(\.text)))
        children.drop(child)
        continue
      }
      // A wrong namespace is reported where it starts, not on every child.
      // (The parent's is the same, read by the same reader, so it is
      // compared first.)
      if !table.sameNamespace(child, element)
        && table.namespace(child) != ParcelDecoder.namespace
      {
        report(child, DecodingMessage.wrongNamespace(table.name(child), table.namespace(child)))
      }
      let bit: UInt64 = 1 << UInt64(index)
      if seen & bit != 0 && layout[index].occurrence != .repeated {
        report(child, DecodingMessage.duplicateElement(table.name(element), table.name(child)))
        children.drop(child)
        continue
      }
      if let furthest, index < furthest {
        report(
          child,
          DecodingMessage.outOfOrder(
            table.name(element), table.name(child), after: layout[furthest].text))
      } else {
        furthest = index
      }
      seen |= bit
    }
    for (index, rule) in layout.enumerated()
    where rule.occurrence == .required && seen & (1 << UInt64(index)) == 0 {
      report(element, DecodingMessage.missingElement(table.name(element), rule.text))
    }
    return children
  }

  /// The index of the rule for the element's name in `layout` (names are
  /// unique in a layout). Children mostly come in the layout's order, so
  /// the search starts at the furthest rule met so far and wraps around.
  /// (Measured with callgrind, release, 10k parcels: searching from the
  /// first rule each time cost 0.4% more instructions.)
  static func rule(
    named element: Int, in layout: [ChildRule], after last: Int?, _ table: ElementTable.View
  ) -> Int? {
    let start = last ?? 0
    for index in start..<layout.count where table.name(element, is: layout[index].name) {
      return index
    }
    for index in 0..<start where table.name(element, is: layout[index].name) { return index }
    return nil
  }

  /// The index of the attribute's name in `names` (the attribute has no
  /// prefix), searched from `start` to the end and then from the beginning.
  static func position(
    of attribute: Int, in names: [StaticString], from start: Int, _ table: ElementTable.View
  ) -> Int? {
    let start = min(start, names.count)
    for index in start..<names.count where table.attribute(attribute, is: names[index]) {
      return index
    }
    for index in 0..<start where table.attribute(attribute, is: names[index]) { return index }
    return nil
  }
}
