extension ElementTable {
  /// A table read in place: its arrays as buffers, so that each look at an
  /// element, attribute or byte is a load, with no array access and no
  /// reference counting. Valid only inside ``ElementTable/withView(_:)``.
  ///
  /// (Measured with callgrind, release, 10k parcels: the decoder asking the
  /// table itself, each question reaching its arrays through the shared
  /// storage, cost 0.6% more instructions: 3,262 M against 3,242 M.)
  public struct View {
    @usableFromInline let entries: UnsafeBufferPointer<Entry>
    @usableFromInline let attributeEntries: UnsafeBufferPointer<AttributeEntry>
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline let extra: UnsafeBufferPointer<UInt8>
    /// For the file name and the namespaces; held by the table.
    @usableFromInline unowned(unsafe) let storage: Storage

    @inlinable init(
      entries: UnsafeBufferPointer<Entry>, attributeEntries: UnsafeBufferPointer<AttributeEntry>,
      bytes: UnsafeBufferPointer<UInt8>, extra: UnsafeBufferPointer<UInt8>, storage: Storage
    ) {
      self.entries = entries
      self.attributeEntries = attributeEntries
      self.bytes = bytes
      self.extra = extra
      self.storage = storage
    }

    /// How many elements the record has (at least 1: the record itself).
    @inlinable public var count: Int { entries.count }

    /// The element's local name.
    public func name(_ element: Int) -> String { string(entries[element].name) }

    /// True when the element's local name is `name`.
    @inlinable public func name(_ element: Int, is name: StaticString) -> Bool {
      equals(entries[element].name, name)
    }

    /// The namespace the element is in.
    public func namespace(_ element: Int) -> String? {
      storage.namespaces[entries[element].namespace]
    }

    /// True when two elements are in the same namespace.
    @inlinable public func sameNamespace(_ a: Int, _ b: Int) -> Bool {
      let (x, y) = (entries[a].namespace, entries[b].namespace)
      return x == y || storage.namespaces[x] == storage.namespaces[y]
    }

    /// Where the element's start tag begins (its `<`).
    public func location(_ element: Int) -> SourceLocation {
      SourceLocation(
        file: storage.fileName, line: entries[element].line, column: entries[element].column)
    }

    /// The line of the element's start tag.
    @inlinable public func line(_ element: Int) -> Int { entries[element].line }

    // MARK: Children

    /// The element's first child, if it has any.
    @inlinable public func firstChild(_ element: Int) -> Int? {
      let child = entries[element].firstChild
      return child < 0 ? nil : child
    }

    /// The next child of the element's parent, if there is one.
    @inlinable public func nextSibling(_ element: Int) -> Int? {
      let next = entries[element].nextSibling
      return next < 0 ? nil : next
    }

    /// How many children the element has.
    @inlinable public func childCount(_ element: Int) -> Int { entries[element].childCount }

    // MARK: Text

    /// True when the element has no text (or only white space, which the
    /// reader does not keep: ``XMLElement/text``).
    @inlinable public func textIsEmpty(_ element: Int) -> Bool {
      entries[element].text.count == 0
    }

    /// The element's text, as ``XMLElement/text`` keeps it.
    public func text(_ element: Int) -> String { string(entries[element].text) }

    /// The bytes of the element's text.
    @inlinable public func textBytes(_ element: Int) -> UnsafeBufferPointer<UInt8> {
      bytes(entries[element].text)
    }

    // MARK: Attributes

    /// The element's attributes, as indices for the attribute methods, in
    /// document order.
    @inlinable public func attributes(_ element: Int) -> Range<Int> {
      let first = entries[element].firstAttribute
      return first..<(first + entries[element].attributeCount)
    }

    /// The attribute named `name` (without a prefix) of the element, looked
    /// for from the attribute `hint` on and then from the start; `hint` is
    /// left just after the one found (``XMLElement/attribute(_:from:)``).
    @inlinable public func attribute(
      _ element: Int, _ name: StaticString, from hint: inout Int
    ) -> Int? {
      let all = attributes(element)
      let start = min(max(hint, all.lowerBound), all.upperBound)
      for index in start..<all.upperBound where attribute(index, is: name) {
        hint = index + 1
        return index
      }
      for index in all.lowerBound..<start where attribute(index, is: name) {
        hint = index + 1
        return index
      }
      return nil
    }

    /// The attribute named `name` (without a prefix) of the element.
    @inlinable public func attribute(_ element: Int, _ name: StaticString) -> Int? {
      for index in attributes(element) where attribute(index, is: name) { return index }
      return nil
    }

    /// True when the attribute has no prefix and its name is `name`.
    @inlinable public func attribute(_ attribute: Int, is name: StaticString) -> Bool {
      attributeEntries[attribute].prefix.count == 0
        && equals(attributeEntries[attribute].name, name)
    }

    /// True when the attribute's name has a prefix (`prefix:name`).
    @inlinable public func attributeHasPrefix(_ attribute: Int) -> Bool {
      attributeEntries[attribute].prefix.count > 0
    }

    /// The attribute's name as written (`prefix:name`).
    public func attributeQualifiedName(_ attribute: Int) -> String {
      let entry = attributeEntries[attribute]
      let name = string(entry.name)
      return entry.prefix.count == 0 ? name : "\(string(entry.prefix)):\(name)"
    }

    /// The attribute's value.
    public func attributeValue(_ attribute: Int) -> String {
      string(attributeEntries[attribute].value)
    }

    /// The bytes of the attribute's value.
    @inlinable public func valueBytes(_ attribute: Int) -> UnsafeBufferPointer<UInt8> {
      bytes(attributeEntries[attribute].value)
    }

    // MARK: Bytes

    @inlinable func bytes(_ span: ByteSpan) -> UnsafeBufferPointer<UInt8> {
      let all = span.inExtra ? extra : bytes
      return UnsafeBufferPointer(rebasing: all[span.start..<(span.start + span.count)])
    }

    func string(_ span: ByteSpan) -> String {
      String(decoding: bytes(span), as: UTF8.self)
    }

    /// True when the bytes are those of `name`; lengths are compared first.
    ///
    /// Names are `StaticString`s, whose bytes are in the binary: compared
    /// in place, a word at a time, without the generic `elementsEqual` over
    /// a `String`'s UTF-8 view. (Measured with callgrind, release, 10k
    /// parcels: that comparison was 7.5% of a batch run's instructions;
    /// byte by byte rather than by words, 2.3% more: 2,924 M against
    /// 2,857 M.)
    @inlinable func equals(_ span: ByteSpan, _ name: StaticString) -> Bool {
      let count = name.utf8CodeUnitCount
      guard span.count == count else { return false }
      guard count > 0, let start = bytes(span).baseAddress else { return true }
      let found = UnsafeRawPointer(start)
      let other = UnsafeRawPointer(name.utf8Start)
      // Every load is inside both names: the last word (or half word)
      // overlaps the one before it.
      if count >= 8 {
        var offset = 0
        while offset + 8 <= count {
          guard Self.word(found, offset) == Self.word(other, offset) else { return false }
          offset += 8
        }
        return offset == count || Self.word(found, count - 8) == Self.word(other, count - 8)
      }
      if count >= 4 {
        return Self.halfWord(found, 0) == Self.halfWord(other, 0)
          && Self.halfWord(found, count - 4) == Self.halfWord(other, count - 4)
      }
      for offset in 0..<count
      where found.load(fromByteOffset: offset, as: UInt8.self)
        != other.load(fromByteOffset: offset, as: UInt8.self)
      {
        return false
      }
      return true
    }

    @inlinable static func word(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
      base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    @inlinable static func halfWord(_ base: UnsafeRawPointer, _ offset: Int) -> UInt32 {
      base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
    }
  }
}
