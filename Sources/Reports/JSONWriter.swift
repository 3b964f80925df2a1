public import Evaluation
public import Land

/// Writes JSON text by hand, so that key order, number formatting and
/// escaping are fixed and the same inputs always give the same bytes.
///
/// Numbers: finite doubles in Swift's shortest round-trip form (`0.95`,
/// `37.5`, `1e-05`); integers without a fraction. Non-finite numbers never
/// reach here (they are *no data*, written as `null`).
///
/// The text is built as UTF-8 bytes, not a `String`. Measured (release,
/// 100k parcels of `mujun sample`, `perf record`): appending to a String
/// (`_StringGuts.append`, `prepareForAppendInPlace`, count-and-flags
/// updates) was about 7% of a batch run and the JSON line 15.5% in all;
/// appending bytes to an array skips the String bookkeeping.
///
/// The bytes go into memory of the writer's own (``JSONBytes``), not an
/// `[UInt8]`: each `Array.append` checks that the array is not shared and
/// has room, and `append(contentsOf:)` is a call of its own for every key
/// and string. Measured with callgrind (release, 10k parcels, see
/// BENCHMARKS.md): the JSON lines took 561 M instructions before, 417 M
/// after (3,941 M to 3,797 M in all). The writer cannot be copied, so
/// nothing else ever sees the memory it writes to.
public struct JSONWriter: ~Copyable {
  var out: JSONBytes
  /// Whether the container being written has a value already (so the next
  /// one needs a comma before it).
  private var needsComma = false
  /// ``needsComma`` of each enclosing container, innermost in the lowest
  /// bit, and how many there are. Measured (release, 200k parcels, `perf
  /// record`): keeping the innermost flag in an array of all levels made
  /// `separate()` 0.8% of a batch run (an array write, with its uniqueness
  /// check, for every value); a word of bits needs no memory at all.
  private var enclosing: UInt64 = 0
  private var depth = 0

  /// `capacity`: the bytes to reserve. A verdict line is about 2.4 kB
  /// (`mujun sample`, 200k parcels: 2357 bytes median, 3016 at most), so
  /// ``VerdictJSON`` reserves 4 kB and the buffer never grows.
  public init(capacity: Int = 1024) {
    out = JSONBytes(capacity: capacity)
  }

  /// The bytes written so far.
  public var bytes: [UInt8] { out.array }

  /// The JSON text written so far.
  public var text: String { out.withBytes { String(decoding: $0, as: UTF8.self) } }

  @inline(__always)
  public mutating func beginObject() {
    open(UInt8(ascii: "{"))
  }

  @inline(__always)
  public mutating func endObject() {
    close(UInt8(ascii: "}"))
  }

  @inline(__always)
  public mutating func beginArray() {
    open(UInt8(ascii: "["))
  }

  @inline(__always)
  public mutating func endArray() {
    close(UInt8(ascii: "]"))
  }

  @inline(__always)
  private mutating func open(_ bracket: UInt8) {
    precondition(depth < UInt64.bitWidth, "JSON nested more than 64 deep")
    separate()
    out.append(bracket)
    enclosing = enclosing << 1 | (needsComma ? 1 : 0)
    depth += 1
    needsComma = false
  }

  @inline(__always)
  private mutating func close(_ bracket: UInt8) {
    if depth > 0 {
      needsComma = enclosing & 1 != 0
      enclosing >>= 1
      depth -= 1
    } else {
      needsComma = true
    }
    out.append(bracket)
  }

  /// Writes `"name":`; the value written next belongs to it. `name` is a
  /// name made at run time (a custom indicator's), so it is escaped.
  public mutating func key(escaping name: String) {
    separate()
    out.appendQuoted(name)
    out.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes `"name":` for an indicator: its name is a Swift identifier, so
  /// it needs no escaping either (18 of these a verdict line).
  @inline(__always)
  public mutating func key(_ indicator: Indicator) {
    var name = indicator.rawValue
    name.withUTF8 { plainKey($0) }
  }

  /// Writes `"name":` for a name written in the code, which needs no
  /// escaping (checked in debug builds), so its bytes are copied without
  /// looking at them. Measured (release, 200k parcels, `perf record`): the
  /// 40-odd keys of a verdict line, each scanned for bytes to escape, were
  /// 1% of a batch run.
  ///
  /// Inlined (with ``plainKey(_:)``, `separate()`, `open` and `close`), so
  /// that each key's length is known where it is written and its copy is a
  /// few moves, not a call to `memcpy`. Measured with callgrind (release,
  /// 10k parcels): the JSON lines took 344 M instructions before, 312 M
  /// with the keys inlined, 307 M with the others too, 300 M with
  /// `key(_: Indicator)` and the brackets' public functions too.
  @inline(__always)
  public mutating func key(_ name: StaticString) {
    name.withUTF8Buffer { plainKey($0) }
  }

  /// `"name":` from bytes known to need no escaping: the comma, if any,
  /// and the quoted name with its colon in one reservation.
  @inline(__always)
  private mutating func plainKey(_ utf8: UnsafeBufferPointer<UInt8>) {
    assert(!Self.mayNeedEscaping(utf8), "a key written in the code needs no escaping")
    let comma = needsComma ? 1 : 0
    let next = out.reserve(utf8.count + 3 + comma)
    next.pointee = UInt8(ascii: ",")
    let quote = next + comma
    quote.pointee = UInt8(ascii: "\"")
    if let base = utf8.baseAddress { (quote + 1).update(from: base, count: utf8.count) }
    (quote + 1 + utf8.count).pointee = UInt8(ascii: "\"")
    (quote + 2 + utf8.count).pointee = UInt8(ascii: ":")
    out.commit(utf8.count + 3 + comma)
    needsComma = false
  }

  public mutating func string(_ value: String) {
    separate()
    out.appendQuoted(value)
  }

  /// Writes an enumeration's case as its raw value, a name written in the
  /// code (`"pass"`, `"10k-CNY/mu"`), which needs no escaping (checked in
  /// debug builds): its bytes are copied without looking at them.
  /// Measured with callgrind (release, 10k parcels): the JSON lines took
  /// 358 M instructions with these strings scanned (`string(_:)`), 344 M
  /// copied.
  public mutating func string<Value: RawRepresentable>(caseOf value: Value)
  where Value.RawValue == String {
    var name = value.rawValue
    name.withUTF8 { utf8 in
      assert(!Self.mayNeedEscaping(utf8), "a raw value written in the code needs no escaping")
      separate()
      let next = out.reserve(utf8.count + 2)
      next.pointee = UInt8(ascii: "\"")
      if let base = utf8.baseAddress { (next + 1).update(from: base, count: utf8.count) }
      (next + 1 + utf8.count).pointee = UInt8(ascii: "\"")
      out.commit(utf8.count + 2)
    }
  }

  /// A finding's sentence, as ``string(_:)`` of its text writes it; a
  /// sentence held as parts is written from them, without making it.
  public mutating func string(_ text: FindingText) {
    switch text {
    case .written(let message): string(message)
    case .meets(let subject, let value, let rest):
      separate()
      out.append(UInt8(ascii: "\""))
      out.appendEscaped(subject)
      // A number's text needs no escaping.
      let next = out.reserve(1 + NumberText.maximumLength)
      next.pointee = UInt8(ascii: " ")
      out.commit(1 + NumberText.write(value, to: next + 1))
      out.appendEscaped(rest)
      out.append(UInt8(ascii: "\""))
    }
  }

  public mutating func number(_ value: Double) {
    separate()
    if value.isFinite { out.appendNumber(value) } else { out.append("null") }
  }

  /// ``number(_:)``, and where its bytes lie in ``bytes``, for
  /// ``repeatValue(at:)``.
  mutating func numberAt(_ value: Double) -> Range<Int> {
    separate()
    let start = out.count
    if value.isFinite { out.appendNumber(value) } else { out.append("null") }
    return start..<out.count
  }

  /// Writes again, as the next value, a value already written at `range`
  /// (``numberAt(_:)``).
  mutating func repeatValue(at range: Range<Int>) {
    separate()
    out.appendCopy(of: range)
  }

  public mutating func integer(_ value: Int) {
    separate()
    out.appendInteger(value)
  }

  /// `"file:line"`, as a string: how verdicts cite a rule row, written
  /// without first joining the two into a String of their own (measured:
  /// 0.5% of a batch run, one String on the heap per finding).
  public mutating func fileAndLine(_ file: String, _ line: Int) {
    separate()
    out.append(UInt8(ascii: "\""))
    out.appendEscaped(file)
    out.append(UInt8(ascii: ":"))
    out.appendInteger(line)
    out.append(UInt8(ascii: "\""))
  }

  /// Bytes another `JSONWriter` made (`range` of `bytes`): a value (after
  /// a key), or members of an object, `"a":1,"b":2` (after a member, or
  /// first), copied as they are.
  mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    separate()
    out.append(UnsafeBufferPointer(rebasing: bytes[range]))
  }

  public mutating func bool(_ value: Bool) {
    separate()
    if value { out.append("true") } else { out.append("false") }
  }

  /// Ends a line of JSON Lines: a newline, outside any value.
  public mutating func endLine() {
    out.append(UInt8(ascii: "\n"))
  }

  public mutating func null() {
    separate()
    out.append("null")
  }

  public mutating func optional(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  public mutating func optional(_ value: Double?) {
    if let value { number(value) } else { null() }
  }

  public mutating func optional(_ value: Int?) {
    if let value { integer(value) } else { null() }
  }

  /// `"name":["a","b"]`, or nothing at all when `values` is empty.
  public mutating func stringsUnlessEmpty(_ name: StaticString, _ values: [String]) {
    guard !values.isEmpty else { return }
    key(name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  @inline(__always)
  private mutating func separate() {
    if needsComma { out.append(UInt8(ascii: ",")) }
    needsComma = true
  }

  /// Shortest text that reads back as the same double; whole numbers keep
  /// one decimal (`1.0`) so a reader sees a number of the same kind.
  public static func format(_ value: Double) -> String {
    if value == 0 { return "0.0" }
    return value.description
  }
}
