/// White space inside the open elements, held back until other text
/// follows it in the same element.
///
/// Most elements of a record hold only the white space that indents their
/// children. Kept as it came, that is a string grown piece by piece for
/// every such element (for a parcel, some 16 pieces and 4 allocations);
/// held back here, in one buffer, it costs nothing and the element's text
/// stays empty. Text that is not only white space keeps every byte, the
/// white space before it included. (Measured, release, 200k parcels,
/// `perf`: appending that white space was about 2% of a batch run.)
///
/// The open elements form a stack, and so do their held-back bytes: an
/// element's bytes start where its parent's end, and are dropped when it
/// closes.
struct HeldSpace {
  private var bytes: [UInt8] = []
  /// Where each open element's held-back bytes start, by its depth.
  private var starts: [Int] = []

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
  }

  /// An element opens at `depth` (0: the root).
  mutating func open(depth: Int) {
    if starts.count > depth { starts.removeSubrange(depth...) }
    starts.append(bytes.count)
  }

  /// The element at `depth` closes: its held-back space goes.
  mutating func close(depth: Int) {
    guard depth < starts.count else { return }
    bytes.removeSubrange(min(starts[depth], bytes.count)...)
    starts.removeSubrange(depth...)
  }

  /// Adds a piece of text to the element at `depth`, whose text so far is
  /// `text`.
  mutating func add(_ piece: UnsafeBufferPointer<UInt8>, depth: Int, to text: inout String) {
    guard depth < starts.count else {
      text += String(decoding: piece, as: UTF8.self)
      return
    }
    if text.isEmpty && Self.isSpace(piece) {
      bytes.append(contentsOf: piece)
      return
    }
    let start = min(starts[depth], bytes.count)
    if start < bytes.count {
      text += String(decoding: bytes[start...], as: UTF8.self)
      bytes.removeSubrange(start...)
    }
    text += String(decoding: piece, as: UTF8.self)
  }

  /// Only space, tab, carriage return and line feed.
  static func isSpace(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in piece where !(byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) {
      return false
    }
    return true
  }
}
