/// What ``ElementDecoder/open(_:attributes:text:children:)`` matched for
/// the element it opened last: for each name it allowed, in the order it
/// was given them, where the name's bytes are (a `StaticString`'s address)
/// and the attribute found for it, if any. The value functions that follow
/// ask here first, by the address of the name they are given, so that an
/// attribute's name is compared once (by `open`), not twice.
///
/// Only a name given as the very same literal is found (a name whose bytes
/// lie elsewhere is looked up in the table, as before), and only for the
/// element opened last; both answers are then the table's. (Literals end
/// in a zero byte: two at the same address are the same name.)
///
/// Why: the value functions' look-ups in the table were 5.8% of a batch
/// run's instructions (callgrind, release, 10k parcels, 2026-12-06). Held
/// inline, not on the heap: a first try with an array of slots filled for
/// every element cost more than it saved (BENCHMARKS.md, session 6).
struct OpenedAttributes {
  /// At most this many allowed names are kept; an element allowing more
  /// is looked up in the table.
  static let capacity = 16

  /// The element opened last; -1: none.
  private var element = -1
  private var count = 0
  /// Where the next name is looked for first: just after the last found.
  private var next = 0
  private var names = InlineArray<16, UInt>(repeating: 0)
  /// The attribute found for each name; -1: none.
  private var found = InlineArray<16, Int32>(repeating: -1)

  /// Starts over for `element`, allowing `allowed`.
  mutating func start(_ element: Int, allowing allowed: [StaticString]) {
    guard allowed.count <= Self.capacity, element <= Int(Int32.max) else {
      self.element = -1
      return
    }
    for (index, name) in allowed.enumerated() {
      guard name.hasPointerRepresentation else {
        self.element = -1
        return
      }
      names[index] = UInt(bitPattern: name.utf8Start)
      found[index] = -1
    }
    self.element = element
    count = allowed.count
    next = 0
  }

  /// Notes that the attribute `attribute` is the allowed name at
  /// `position`.
  mutating func note(_ attribute: Int, at position: Int) {
    guard element >= 0, position < count, attribute <= Int(Int32.max) else { return }
    found[position] = Int32(attribute)
  }

  /// The attribute of `element` named `name`: `.some(nil)` when it has
  /// none, nil when not known here (ask the table).
  mutating func attribute(_ element: Int, _ name: StaticString) -> Int?? {
    guard element == self.element, element >= 0, name.hasPointerRepresentation else { return nil }
    let key = UInt(bitPattern: name.utf8Start)
    var position = next
    if position >= count || names[position] != key {
      guard let other = (0..<count).first(where: { names[$0] == key }) else { return nil }
      position = other
    }
    next = position + 1
    let attribute = Int(found[position])
    return .some(attribute < 0 ? nil : attribute)
  }
}
