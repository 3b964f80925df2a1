/// A value (or none) for each ``PerformanceField``, kept as the fields
/// that have one, in the fields' order: what a dictionary keyed by field
/// holds, without a hash table or nine empty slots for each enterprise (a
/// county has hundreds of thousands, most with two or three figures).
/// Reads and writes like that dictionary: `values[.tax]`,
/// `values[.tax] = nil`, `count`, and `for (field, value) in values`.
public struct FieldValues<Value: Sendable & Hashable>: Sendable, Hashable, Sequence,
  ExpressibleByDictionaryLiteral
{
  private var entries: [(field: PerformanceField, value: Value)] = []

  public init() {}

  /// The values given, each field once, in any order; the array made at
  /// its size.
  public init(_ values: [(PerformanceField, Value)]) {
    entries = values.sorted { $0.0.ordinal < $1.0.ordinal }.map { ($0.0, $0.1) }
  }

  public init(dictionaryLiteral elements: (PerformanceField, Value)...) {
    self.init()
    for (field, value) in elements { self[field] = value }
  }

  public subscript(field: PerformanceField) -> Value? {
    get { entries.first { $0.field == field }?.value }
    set {
      let index = entries.firstIndex { $0.field.ordinal >= field.ordinal } ?? entries.endIndex
      let present = index < entries.endIndex && entries[index].field == field
      switch (newValue, present) {
      case (let value?, true): entries[index].value = value
      case (let value?, false): entries.insert((field, value), at: index)
      case (nil, true): entries.remove(at: index)
      case (nil, false): break
      }
    }
  }

  /// How many fields have a value.
  public var count: Int { entries.count }

  public var isEmpty: Bool { entries.isEmpty }

  /// The values present, in the fields' order.
  public var values: [Value] { entries.map(\.value) }

  public func makeIterator() -> some IteratorProtocol<(key: PerformanceField, value: Value)> {
    entries.lazy.map { (key: $0.field, value: $0.value) }.makeIterator()
  }

  public static func == (lhs: FieldValues, rhs: FieldValues) -> Bool {
    lhs.entries.count == rhs.entries.count
      && zip(lhs.entries, rhs.entries).allSatisfy { $0.field == $1.field && $0.value == $1.value }
  }

  public func hash(into hasher: inout Hasher) {
    for entry in entries {
      hasher.combine(entry.field)
      hasher.combine(entry.value)
    }
  }
}
