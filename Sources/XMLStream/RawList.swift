/// A growable list of plain values in memory of its own: appends, reads
/// and writes without an array's uniqueness and bounds checks. The owner
/// (one object, never shared between threads) frees it with ``free()``.
///
/// Why: the direct reader's working lists (``ElementTable/Builder``) are
/// written several times for every element and attribute it reads; as
/// arrays in a struct, each write checked that the array was not shared.
/// (Measured with callgrind, release, 10k parcels: see
/// ``FastRecordParser``.) The builder marks them
/// `@exclusivity(unchecked)`: as a class's stored properties they were
/// otherwise checked for overlapping access at run time, on every write
/// (19% more instructions than arrays: 3,351 M against 2,806 M). Its
/// small methods are always inlined (called, 0.7% more: 2,584 M against
/// 2,566 M).
struct RawList<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    base = .allocate(capacity: self.capacity)
  }

  func free() { base.deallocate() }

  @inline(__always)
  subscript(index: Int) -> Element {
    get {
      assert(index >= 0 && index < count, "RawList index out of range")
      return base[index]
    }
    nonmutating set {
      assert(index >= 0 && index < count, "RawList index out of range")
      base[index] = newValue
    }
  }

  var isEmpty: Bool { count == 0 }
  @inline(__always)
  var last: Element? { count == 0 ? nil : base[count - 1] }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  @inline(__always)
  mutating func removeLast() -> Element? {
    guard count > 0 else { return nil }
    count -= 1
    return base[count]
  }

  mutating func removeAll() { count = 0 }

  /// The elements, for copying out.
  var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

  @inline(never)
  private mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    bigger.initialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }
}
