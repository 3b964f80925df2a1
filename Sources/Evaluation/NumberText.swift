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
    var text = rounded.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    if text.contains("e") { text = value.description }
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
