extension ElementTable {
  /// The table of `element` and its subtree (a record libxml2 read): every
  /// name, value and text copied into bytes of the table's own.
  public init(_ element: XMLElement) {
    var copier = TreeCopier()
    copier.add(element)
    self.init(
      storage: Storage(
        fileName: element.location.file, bytes: copier.bytes, extra: [],
        entries: copier.entries, attributes: copier.attributes,
        namespaces: copier.namespaces))
  }

  /// The element numbered `index` and its subtree, as the SAX reader builds
  /// them.
  public func element(_ index: Int = ElementTable.record) -> XMLElement {
    withView { $0.element(index) }
  }

  /// Fills a table from an `XMLElement` tree, depth first.
  private struct TreeCopier {
    var bytes: [UInt8] = []
    var entries: [Entry] = []
    var attributes: [AttributeEntry] = []
    var namespaces: [String?] = []

    mutating func add(_ element: XMLElement) {
      let index = entries.count
      entries.append(
        Entry(
          name: span(element.name), namespace: namespace(element.namespace),
          text: span(element.text), firstAttribute: attributes.count,
          attributeCount: element.attributes.count, firstChild: -1, nextSibling: -1,
          childCount: element.children.count, line: element.location.line,
          column: element.location.column))
      for attribute in element.attributes {
        attributes.append(
          AttributeEntry(
            name: span(attribute.name), prefix: span(attribute.prefix ?? ""),
            value: span(attribute.value)))
      }
      var previous: Int?
      for child in element.children {
        let childIndex = entries.count
        if let previous {
          entries[previous].nextSibling = childIndex
        } else {
          entries[index].firstChild = childIndex
        }
        add(child)
        previous = childIndex
      }
    }

    mutating func span(_ text: String) -> ByteSpan {
      let start = bytes.count
      bytes.append(contentsOf: text.utf8)
      return ByteSpan(start: start, count: bytes.count - start)
    }

    mutating func namespace(_ name: String?) -> Int {
      if let index = namespaces.firstIndex(of: name) { return index }
      namespaces.append(name)
      return namespaces.count - 1
    }
  }
}

extension ElementTable.View {
  /// The element numbered `index` and its subtree, as the SAX reader builds
  /// them.
  func element(_ index: Int) -> XMLElement {
    var children: [XMLElement] = []
    var child = firstChild(index)
    while let current = child {
      children.append(element(current))
      child = nextSibling(current)
    }
    let attributes = self.attributes(index).map { attribute in
      let entry = attributeEntries[attribute]
      return XMLAttribute(
        name: string(entry.name), prefix: entry.prefix.count == 0 ? nil : string(entry.prefix),
        value: string(entry.value))
    }
    return XMLElement(
      name: name(index), namespace: namespace(index), attributes: attributes,
      children: children, text: text(index), location: location(index))
  }
}
