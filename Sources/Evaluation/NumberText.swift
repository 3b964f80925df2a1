/// Numbers as messages show them: at most four decimals, no trailing zeros
/// (`0.7196`, `1.0` → `1`), unless four decimals would hide the difference
/// between a value and the bound it is compared with.
public enum NumberText {
  public static func format(_ value: Double, decimals: Int = 4) -> String {
    guard value.isFinite else { return String(describing: value) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    // Past about 1e304 the scaled value overflows: such a number has no
    // decimals to round, and must not print as "inf".
    guard (value * scale).isFinite else { return value.description }
    let rounded = (value * scale).rounded() / scale
    // The checks look at the UTF-8 bytes (`description` is ASCII): as
    // Characters (`hasSuffix`, `contains("e")`) they were a fifth of this
    // function, measured (release, 200k parcels, `perf record`).
    var text = rounded.description
    let utf8 = text.utf8
    if utf8.contains(UInt8(ascii: "e")) { return value.description }
    if utf8.count >= 2, utf8.last == UInt8(ascii: "0"),
      utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == UInt8(ascii: ".")
    {
      text.removeLast(2)
    }
    if text == "-0" { text = "0" }
    return text
  }

  /// The value and bound as text, with enough decimals to tell them apart.
  public static func pair(_ value: Double, _ bound: Double) -> (String, String) {
    var decimals = 4
    while decimals < 12 {
      let a = format(value, decimals: decimals)
      let b = format(bound, decimals: decimals)
      if a != b || value == bound { return (a, b) }
      decimals += 2
    }
    return (value.description, bound.description)
  }
}
