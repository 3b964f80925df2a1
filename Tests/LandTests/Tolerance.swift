/// True when `actual` is within a small relative tolerance of `expected`
/// (absolute near zero): hand-worked decimal values and binary doubles
/// differ in the last bits.
func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
  guard let actual else { return false }
  return abs(actual - expected) <= tolerance * max(1, abs(expected))
}
