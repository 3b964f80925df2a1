/// A message written once into a String of its final size: its parts'
/// bytes copied one after another, numbers (``NumberText``) written in
/// place, without a String of their own.
///
/// Measured with callgrind (release, 10k parcels): `Evaluator.finding`,
/// whose messages were put together with `+=` into a String reserved at
/// its size or by string interpolation (`String.append`, 241k calls, 86 M
/// instructions), took 184 M instructions before, 135 M after (93 M with
/// ``NumberText``'s shortcut).
struct MessageText: ~Copyable {
  private var next: UnsafeMutablePointer<UInt8>
  private let end: UnsafeMutablePointer<UInt8>

  private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
    // A capacity of at least one, so the buffer has an address.
    next = buffer.baseAddress.unsafelyUnwrapped
    end = next + buffer.count
  }

  /// The text `body` writes, in at most `capacity` bytes: the lengths of
  /// the Strings it appends and ``NumberText/maximumLength`` for each
  /// number (checked: more stops the program).
  static func make(capacity: Int, _ body: (inout MessageText) -> Void) -> String {
    String(unsafeUninitializedCapacity: Swift.max(capacity, 1)) { buffer in
      var text = MessageText(buffer)
      body(&text)
      return text.next - buffer.baseAddress.unsafelyUnwrapped
    }
  }

  /// The parts one after another.
  static func joined(_ parts: String...) -> String {
    var capacity = 0
    for part in parts { capacity += part.utf8.count }
    return make(capacity: capacity) { text in
      for part in parts { text.append(part) }
    }
  }

  mutating func append(_ part: String) {
    let done: Void? = part.utf8.withContiguousStorageIfAvailable { append($0) }
    if done == nil { Array(part.utf8).withUnsafeBufferPointer { append($0) } }
  }

  mutating func append(_ part: StaticString) {
    part.withUTF8Buffer { append($0) }
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    precondition(bytes.count <= end - next, "a message longer than its capacity")
    guard let base = bytes.baseAddress else { return }
    next.update(from: base, count: bytes.count)
    next += bytes.count
  }

  /// ``NumberText/format(_:decimals:)`` of `value`.
  mutating func append(number value: Double) {
    precondition(NumberText.maximumLength <= end - next, "a message longer than its capacity")
    next += NumberText.write(value, to: next)
  }
}
