extension ElementTable {
  /// Fills a table from the bytes of a record as it is read, start tag by
  /// start tag (``FastRecordParser``). Its arrays are kept from record to
  /// record, so their room is allocated once per chunk; ``table(bytes:)``
  /// copies them out at their final size.
  struct Builder {
    private(set) var entries: [Entry] = []
    private(set) var attributes: [AttributeEntry] = []
    private var extra: [UInt8] = []
    /// The open elements, innermost last.
    private var open: [Open] = []
    /// Every piece of text of the record, by element: an element with text
    /// between its children is given the pieces joined when it closes.
    private var pieces: [(element: Int, span: ByteSpan)] = []

    private struct Open {
      var index: Int
      var lastChild = -1
      var pieces = 0
      var nonSpace = false
    }

    /// How many elements are open.
    var depth: Int { open.count }

    /// Empties the builder for the next record (keeping its room).
    mutating func reset() {
      entries.removeAll(keepingCapacity: true)
      attributes.removeAll(keepingCapacity: true)
      extra.removeAll(keepingCapacity: true)
      open.removeAll(keepingCapacity: true)
      pieces.removeAll(keepingCapacity: true)
    }

    /// The start of an element named by the bytes `name` (offsets in the
    /// record's bytes), at `line` and `column`; its attributes follow
    /// (``addAttribute(name:value:)``).
    mutating func openElement(name: Range<Int>, line: Int, column: Int) {
      let index = entries.count
      entries.append(
        Entry(
          name: ByteSpan(name), namespace: 0, text: .empty, firstAttribute: attributes.count,
          attributeCount: 0, firstChild: -1, nextSibling: -1, childCount: 0, line: line,
          column: column))
      if let parent = open.last {
        if parent.lastChild < 0 {
          entries[parent.index].firstChild = index
        } else {
          entries[parent.lastChild].nextSibling = index
        }
        entries[parent.index].childCount += 1
        open[open.count - 1].lastChild = index
      }
      open.append(Open(index: index))
    }

    /// An attribute of the element just opened.
    mutating func addAttribute(name: Range<Int>, value: Range<Int>) {
      attributes.append(
        AttributeEntry(name: ByteSpan(name), prefix: .empty, value: ByteSpan(value)))
      entries[entries.count - 1].attributeCount += 1
    }

    /// A piece of text inside the innermost open element; `nonSpace` when
    /// it holds anything but space, tab and line feed.
    mutating func addText(_ range: Range<Int>, nonSpace: Bool) {
      guard let top = open.last, !range.isEmpty else { return }
      let span = ByteSpan(range)
      if top.pieces == 0 { entries[top.index].text = span }
      pieces.append((top.index, span))
      open[open.count - 1].pieces += 1
      if nonSpace { open[open.count - 1].nonSpace = true }
    }

    /// Closes the innermost element. Its text, as ``XMLElement/text`` keeps
    /// it (``HeldSpace``): empty when only white space, else every piece,
    /// white space included, joined.
    mutating func closeElement(bytes: UnsafeBufferPointer<UInt8>) {
      guard let top = open.popLast() else { return }
      if !top.nonSpace {
        entries[top.index].text = .empty
      } else if top.pieces > 1 {
        let start = extra.count
        for piece in pieces where piece.element == top.index {
          extra.append(contentsOf: bytes[piece.span.start..<(piece.span.start + piece.span.count)])
        }
        entries[top.index].text = ByteSpan(start: start, count: extra.count - start, inExtra: true)
      }
    }

    /// The record read: a table of the record's bytes (`bytes`, the chunk,
    /// shared, not copied), in `namespace`.
    func table(bytes: [UInt8], fileName: String, namespaces: [String?]) -> ElementTable {
      ElementTable(
        storage: Storage(
          fileName: fileName, bytes: bytes, extra: extra.isEmpty ? [] : Array(extra),
          entries: Array(entries), attributes: Array(attributes), namespaces: namespaces))
    }
  }
}

extension ElementTable.ByteSpan {
  init(_ range: Range<Int>) {
    self.init(start: range.lowerBound, count: range.count)
  }
}
