/// Figures as messages show them: whole numbers without a decimal point
/// (`125000`, not `125000.0`), others in the shortest form that reads back
/// as the same value (`12.5`).
enum FigureText {
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}
