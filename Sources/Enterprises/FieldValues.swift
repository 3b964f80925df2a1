/// A value (or none) for each ``PerformanceField``, in one fixed array:
/// what a dictionary keyed by field holds, without a hash table for each
/// enterprise (a county has hundreds of thousands). Reads and writes like
/// that dictionary: `values[.tax]`, `values[.tax] = nil`, `count`, and
/// `for (field, value) in values`, in the fields' order.
public struct FieldValues<Value: Sendable & Hashable>: Sendable, Hashable, Sequence,
  ExpressibleByDictionaryLiteral
{
  private var slots: [Value?]

  public init() {
    slots = []
  }

  public init(dictionaryLiteral elements: (PerformanceField, Value)...) {
    self.init()
    for (field, value) in elements { self[field] = value }
  }

  public subscript(field: PerformanceField) -> Value? {
    get { slots.isEmpty ? nil : slots[field.ordinal] }
    set {
      if slots.isEmpty {
        guard newValue != nil else { return }
        slots = [Value?](repeating: nil, count: PerformanceField.allCases.count)
      }
      slots[field.ordinal] = newValue
    }
  }

  /// How many fields have a value.
  public var count: Int { slots.count { $0 != nil } }

  public var isEmpty: Bool { !slots.contains { $0 != nil } }

  public func makeIterator() -> some IteratorProtocol<(key: PerformanceField, value: Value)> {
    var fields = PerformanceField.allCases.makeIterator()
    let slots = self.slots
    return AnyIterator {
      guard !slots.isEmpty else { return nil }
      while let field = fields.next() {
        if let value = slots[field.ordinal] { return (field, value) }
      }
      return nil
    }
  }

  /// The values present, in the fields' order.
  public var values: [Value] { slots.compactMap { $0 } }

  public static func == (lhs: FieldValues, rhs: FieldValues) -> Bool {
    PerformanceField.allCases.allSatisfy { lhs[$0] == rhs[$0] }
  }

  public func hash(into hasher: inout Hasher) {
    for field in PerformanceField.allCases { hasher.combine(self[field]) }
  }
}
