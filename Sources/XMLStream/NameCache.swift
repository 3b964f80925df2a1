/// The Swift strings for names from a parser's dictionary, by address.
///
/// libxml2 interns element and attribute names and namespace URIs in the
/// parser's dictionary, so the same name arrives at the same address for
/// the whole document: each is converted once. The dictionary lives as long
/// as the parser and never frees a name, so an address stands for one name
/// (``reset()`` when a new parser starts). A name seen before is found by
/// its address alone, first in a small table indexed by address bits, then
/// in `names`. (Measured, 30k parcels, release: comparing the bytes again
/// and hashing every lookup took 5% of a batch run's time.)
///
/// The small table is raw memory owned by this object, not an array in a
/// class's stored property: every element of every record looks names up
/// here, and Swift checks each access to a class's `var` at run time.
/// (Measured, release, 200k parcels, `perf`: those checks were about 1% of
/// a batch run here.)
final class NameCache {
  static let slots = 256
  private let recent: UnsafeMutablePointer<(key: UInt, text: String?)>
  private var names: [UInt: String] = [:]

  init() {
    recent = .allocate(capacity: Self.slots)
    recent.initialize(repeating: (0, nil), count: Self.slots)
  }

  deinit {
    recent.deinitialize(count: Self.slots)
    recent.deallocate()
  }

  /// Forgets every name (the next parser has a dictionary of its own).
  func reset() {
    names = [:]
    for slot in 0..<Self.slots { recent[slot] = (0, nil) }
  }

  /// The string for the NUL-terminated name at `name`.
  func string(for name: UnsafePointer<UInt8>) -> String {
    let key = UInt(bitPattern: name)
    let slot = Int(truncatingIfNeeded: (key >> 3) & UInt(Self.slots - 1))
    if recent[slot].key == key, let text = recent[slot].text { return text }
    let text: String
    if let known = names[key] {
      text = known
    } else {
      var length = 0
      while name[length] != 0 { length += 1 }
      text = String(decoding: UnsafeBufferPointer(start: name, count: length), as: UTF8.self)
      names[key] = text
    }
    recent[slot] = (key, text)
    return text
  }
}
