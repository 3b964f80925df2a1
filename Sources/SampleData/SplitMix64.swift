/// A small, fast, deterministic random number generator (SplitMix64, as in
/// Steele, Lea and Flood 2014). Seeded per record, so record *n* of a seed is
/// the same whatever was generated before it.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The generator for one record of a run.
  init(seed: UInt64, index: Int) {
    var mixer = SplitMix64(
      seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
    state = mixer.next()
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// Log-normal with the given median and spread σ of the logarithm.
  mutating func logNormal(median: Double, sigma: Double) -> Double {
    median * exp(sigma * normal())
  }

  /// Standard normal, by the Box–Muller transform.
  mutating func normal() -> Double {
    let u1 = max(unit(), 1e-12)
    let u2 = unit()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  mutating func pick<T>(_ weighted: [(T, Double)]) -> T {
    let total = weighted.reduce(0) { $0 + $1.1 }
    var target = unit() * total
    for (value, weight) in weighted {
      target -= weight
      if target < 0 { return value }
    }
    return weighted[weighted.count - 1].0
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
