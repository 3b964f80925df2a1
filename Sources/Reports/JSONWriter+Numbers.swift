extension JSONBytes {
  /// Appends ``JSONWriter/format(_:)`` of a finite `value` without making
  /// a String: ``ShortestDouble``'s text, or for the doubles it leaves
  /// (subnormals) `Double.write(to:)`'s, the digits `description` prints
  /// handed to the stream as ASCII bytes.
  mutating func appendNumber(_ value: Double) {
    if value == 0 {
      let next = reserve(3)
      next[0] = UInt8(ascii: "0")
      next[1] = UInt8(ascii: ".")
      next[2] = UInt8(ascii: "0")
      commit(3)
      return
    }
    // The longest a double prints is 24 bytes (`-2.2250738585072014e-308`);
    // ShortestDouble needs a little more room.
    let next = reserve(ShortestDouble.room)
    if let count = ShortestDouble.write(value, to: next) {
      commit(count)
      return
    }
    var sink = PointerSink(next: next)
    value.write(to: &sink)
    commit(sink.written)
  }

  /// Appends the decimal digits of `value` (`-12`, `0`, `2024`), as
  /// `String(value)` prints them, without making a String.
  mutating func appendInteger(_ value: Int) {
    // A sign and the 19 digits of Int.max (Int.min's magnitude has 19 too).
    let next = reserve(20)
    var used = 0
    if value < 0 {
      next.pointee = UInt8(ascii: "-")
      used = 1
    }
    var magnitude = value.magnitude
    // Int's magnitudes are below 10^19.
    var digits = 1
    var power: UInt = 10
    while digits < 19, magnitude >= power {
      digits += 1
      power &*= 10
    }
    var position = used + digits
    repeat {
      position -= 1
      next[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    commit(used + digits)
  }
}

/// A text stream into reserved memory: `Double.write(to:)` hands it its
/// digits as ASCII bytes (`_writeASCII`), so no String is made.
private struct PointerSink: TextOutputStream {
  var next: UnsafeMutablePointer<UInt8>
  var written = 0

  mutating func write(_ string: String) {
    for byte in string.utf8 {
      next[written] = byte
      written += 1
    }
  }

  mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress else { return }
    (next + written).update(from: base, count: buffer.count)
    written += buffer.count
  }
}
