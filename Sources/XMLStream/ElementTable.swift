/// One record's elements as a flat table: each element's name, attributes,
/// text, position and place in the tree, as ranges of bytes and indices,
/// with no `String`, array or other heap value per element.
///
/// It holds exactly what the record's ``XMLElement`` holds (names,
/// namespaces, attributes in document order, children, the text as
/// ``XMLElement/text`` keeps it, the start tag's line and column), and
/// converts to and from it (``element(_:)``, ``init(_:)``). Elements are
/// numbered in document order (a parent before its children, siblings in
/// order); the record is element 0.
///
/// Why: a record's `XMLElement` tree (a `String` for every attribute value
/// and text, an array for every element's attributes and children, each
/// retained, copied and freed) was most of a batch run's cost: reading
/// records 34% and decoding them 22% of the instructions (callgrind,
/// release, 10k parcels, BENCHMARKS.md, session 5), freeing the trees 4.5%.
/// The direct reader (``FastRecordParser``) fills a table straight from
/// the chunk's bytes, which it shares rather than copies, and the decoder
/// reads values from those bytes.
public struct ElementTable: Sendable {
  @usableFromInline let storage: Storage

  init(storage: Storage) {
    self.storage = storage
  }

  /// The record: its first element.
  public static let record = 0

  /// Calls `body` with a view of the table over its memory in place
  /// (``View``), which must not be kept beyond `body`.
  @inlinable public func withView<Result>(_ body: (View) throws -> Result) rethrows -> Result {
    try storage.entries.withUnsafeBufferPointer { entries in
      try storage.attributes.withUnsafeBufferPointer { attributes in
        try storage.bytes.withUnsafeBufferPointer { bytes in
          try storage.extra.withUnsafeBufferPointer { extra in
            try body(
              View(
                entries: entries, attributeEntries: attributes, bytes: bytes, extra: extra,
                storage: storage))
          }
        }
      }
    }
  }

  /// The element's local name.
  public func name(_ element: Int) -> String { withView { $0.name(element) } }

  /// True when the element's local name is `name`.
  public func name(_ element: Int, is name: StaticString) -> Bool {
    withView { $0.name(element, is: name) }
  }

  /// The namespace the element is in.
  public func namespace(_ element: Int) -> String? { withView { $0.namespace(element) } }

  /// Where the element's start tag begins (its `<`).
  public func location(_ element: Int) -> SourceLocation { withView { $0.location(element) } }

  /// The value of the element's attribute named `name` (without a
  /// prefix), if it has one.
  public func attributeValue(_ element: Int, _ name: StaticString) -> String? {
    withView { view in view.attribute(element, name).map { view.attributeValue($0) } }
  }
}

extension ElementTable {
  /// A run of bytes: in the record's bytes, or in the bytes made for the
  /// text of elements with text between their children (``Storage/extra``).
  @usableFromInline struct ByteSpan: Sendable, BitwiseCopyable {
    @usableFromInline var start: Int
    @usableFromInline var count: Int
    @usableFromInline var inExtra: Bool

    @inlinable init(start: Int, count: Int, inExtra: Bool = false) {
      self.start = start
      self.count = count
      self.inExtra = inExtra
    }

    static let empty = ByteSpan(start: 0, count: 0)
  }

  /// One element. Links are indices into the entries, -1 for none.
  @usableFromInline struct Entry: Sendable, BitwiseCopyable {
    @usableFromInline var name: ByteSpan
    @usableFromInline var namespace: Int
    @usableFromInline var text: ByteSpan
    @usableFromInline var firstAttribute: Int
    @usableFromInline var attributeCount: Int
    @usableFromInline var firstChild: Int
    @usableFromInline var nextSibling: Int
    @usableFromInline var childCount: Int
    @usableFromInline var line: Int
    @usableFromInline var column: Int
  }

  /// One attribute: `prefix:name="value"` (the prefix empty when none).
  @usableFromInline struct AttributeEntry: Sendable, BitwiseCopyable {
    @usableFromInline var name: ByteSpan
    @usableFromInline var prefix: ByteSpan
    @usableFromInline var value: ByteSpan
  }

  /// What a table holds, shared by its copies; never changed once made.
  @usableFromInline final class Storage: Sendable {
    @usableFromInline let fileName: String
    /// The bytes the spans point into: the chunk the record was read from,
    /// shared, or bytes made for the table (``init(_:)``).
    @usableFromInline let bytes: [UInt8]
    /// Text put together from pieces between an element's children.
    @usableFromInline let extra: [UInt8]
    @usableFromInline let entries: [Entry]
    @usableFromInline let attributes: [AttributeEntry]
    /// The elements' namespaces, by ``Entry/namespace``.
    @usableFromInline let namespaces: [String?]

    init(
      fileName: String, bytes: [UInt8], extra: [UInt8], entries: [Entry],
      attributes: [AttributeEntry], namespaces: [String?]
    ) {
      self.fileName = fileName
      self.bytes = bytes
      self.extra = extra
      self.entries = entries
      self.attributes = attributes
      self.namespaces = namespaces
    }
  }
}
