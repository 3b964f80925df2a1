/// One record of the stream (a child of the root, with its subtree): read
/// by libxml2, as an ``XMLElement``, or by the direct reader, as an
/// ``ElementTable``. Either form gives the other, with the same content.
public struct XMLRecord: Sendable, CustomStringConvertible {
  private enum Form: Sendable {
    case element(XMLElement)
    case table(ElementTable)
  }

  private let form: Form

  public init(_ element: XMLElement) {
    form = .element(element)
  }

  public init(_ table: ElementTable) {
    form = .table(table)
  }

  /// The record as an element tree (built from the table when the direct
  /// reader read it).
  public var element: XMLElement {
    switch form {
    case .element(let element): element
    case .table(let table): table.element()
    }
  }

  /// The record as a table (made from the element tree when libxml2 read
  /// it).
  public var table: ElementTable {
    switch form {
    case .element(let element): ElementTable(element)
    case .table(let table): table
    }
  }

  /// True when the record is the element `name` in `namespace`.
  public func isElement(_ name: StaticString, in namespace: String) -> Bool {
    switch form {
    case .element(let element):
      return element.name == name.description && element.namespace == namespace
    case .table(let table):
      return table.name(ElementTable.record, is: name)
        && table.namespace(ElementTable.record) == namespace
    }
  }

  /// The record's local name.
  public var name: String {
    switch form {
    case .element(let element): element.name
    case .table(let table): table.name(ElementTable.record)
    }
  }

  /// Where the record's start tag begins.
  public var location: SourceLocation {
    switch form {
    case .element(let element): element.location
    case .table(let table): table.location(ElementTable.record)
    }
  }

  /// The value of the record's attribute with this (unprefixed) name.
  public func attribute(_ name: StaticString) -> String? {
    switch form {
    case .element(let element):
      return element.attribute(name.description)
    case .table(let table):
      return table.attributeValue(ElementTable.record, name)
    }
  }

  /// The record as its element tree describes it, whichever reader read it.
  public var description: String { String(describing: element) }
}
