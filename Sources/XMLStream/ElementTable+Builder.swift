extension ElementTable {
  /// Fills a table from the bytes of a record as it is read, start tag by
  /// start tag (``FastRecordParser``). Its lists are kept from record to
  /// record, so their room is allocated once per reader; ``table(bytes:fileName:namespaces:)``
  /// copies them out at their final size.
  final class Builder {
    @exclusivity(unchecked) private(set) var entries = RawList<Entry>(capacity: 64)
    @exclusivity(unchecked) private(set) var attributes = RawList<AttributeEntry>(capacity: 256)
    @exclusivity(unchecked) private var extra: [UInt8] = []
    /// The open elements, innermost last.
    @exclusivity(unchecked) private var open = RawList<Open>(capacity: 16)
    /// Every piece of text of the record, by element: an element with text
    /// between its children is given the pieces joined when it closes.
    @exclusivity(unchecked) private var pieces = RawList<Piece>(capacity: 64)

    struct Open {
      var index: Int
      var lastChild = -1
      var pieces = 0
      var nonSpace = false
    }

    struct Piece: BitwiseCopyable {
      var element: Int
      var span: ByteSpan
    }

    deinit {
      entries.free()
      attributes.free()
      open.free()
      pieces.free()
    }

    /// How many elements are open.
    var depth: Int { open.count }

    /// The name of the innermost open element.
    var openName: ByteSpan? { open.last.map { entries[$0.index].name } }

    /// Empties the builder for the next record (keeping its room).
    func reset() {
      entries.removeAll()
      attributes.removeAll()
      extra.removeAll(keepingCapacity: true)
      open.removeAll()
      pieces.removeAll()
    }

    /// The start of an element named by the bytes `name` (offsets in the
    /// record's bytes), at `line` and `column`; its attributes follow
    /// (``addAttribute(name:value:)``), then ``endStartTag()``.
    func openElement(name: ByteSpan, line: Int, column: Int) {
      let index = entries.count
      entries.append(
        Entry(
          name: name, namespace: 0, text: .empty, firstAttribute: attributes.count,
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
    func addAttribute(name: ByteSpan, value: ByteSpan) {
      attributes.append(AttributeEntry(name: name, prefix: .empty, value: value))
    }

    /// The attributes of the element just opened, so far.
    var currentAttributes: Range<Int> {
      guard let last = open.last else { return 0..<0 }
      return entries[last.index].firstAttribute..<attributes.count
    }

    /// The attribute names of the element just opened.
    func attributeName(_ index: Int) -> ByteSpan { attributes[index].name }

    /// The start tag of the element just opened has ended.
    func endStartTag() {
      guard let last = open.last else { return }
      let first = entries[last.index].firstAttribute
      entries[last.index].attributeCount = attributes.count - first
    }

    /// A piece of text inside the innermost open element; `nonSpace` when
    /// it holds anything but space, tab and line feed.
    func addText(_ span: ByteSpan, nonSpace: Bool) {
      guard let top = open.last, span.count > 0 else { return }
      if top.pieces == 0 { entries[top.index].text = span }
      pieces.append(Piece(element: top.index, span: span))
      open[open.count - 1].pieces = top.pieces + 1
      if nonSpace { open[open.count - 1].nonSpace = true }
    }

    /// Closes the innermost element. Its text, as ``XMLElement/text`` keeps
    /// it (``HeldSpace``): empty when only white space, else every piece,
    /// white space included, joined.
    func closeElement(bytes: UnsafeBufferPointer<UInt8>) {
      guard let top = open.removeLast() else { return }
      if !top.nonSpace {
        entries[top.index].text = .empty
      } else if top.pieces > 1 {
        let start = extra.count
        for piece in pieces.buffer where piece.element == top.index {
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
          entries: Array(entries.buffer), attributes: Array(attributes.buffer),
          namespaces: namespaces))
    }
  }
}
