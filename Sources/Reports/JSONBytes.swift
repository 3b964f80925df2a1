/// The bytes of a ``JSONWriter``: memory of its own, grown by doubling,
/// freed when the writer goes. Appending checks for room and copies;
/// nothing more (no check that the memory is shared, as `[UInt8]` makes:
/// this type cannot be copied).
struct JSONBytes: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 64)
    start = .allocate(capacity: self.capacity)
  }

  deinit {
    start.deallocate()
  }

  /// The bytes written, as an array of their own.
  var array: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { base.initialize(from: start, count: count) }
      initialized = count
    }
  }

  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(UnsafeBufferPointer(start: start, count: count))
  }

  /// Where the next `count` bytes go, with room for them; ``commit(_:)``
  /// says how many were written.
  @inline(__always)
  mutating func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    if _slowPath(self.count &+ count > capacity) { grow(toHold: self.count + count) }
    return start + self.count
  }

  @inline(__always)
  mutating func commit(_ count: Int) {
    self.count &+= count
  }

  private mutating func grow(toHold needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    bigger.initialize(from: start, count: count)
    start.deallocate()
    start = bigger
    capacity = newCapacity
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1).pointee = byte
    count &+= 1
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    reserve(bytes.count).update(from: base, count: bytes.count)
    count &+= bytes.count
  }

  /// Appends a copy of bytes already written, at `range`.
  mutating func appendCopy(of range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "a copy of bytes not written")
    // Reserved first: it may move the bytes.
    let next = reserve(range.count)
    next.update(from: start + range.lowerBound, count: range.count)
    count &+= range.count
  }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }
}
