import Land

/// Where a verdict line's `indicators` object put each indicator's number,
/// so that a finding's `value`, most often the same number, is copied from
/// there rather than formatted again (``VerdictJSON``).
///
/// Why: a line has 18 indicator values and about five findings, each
/// repeating its indicator's value; shortest round-trip formatting
/// (``ShortestDouble``) was about 6% of a batch run (`perf record`,
/// release, 200k parcels, 2026-12-06), a fifth of it for findings' values.
/// A copy is made only of the same double, bit for bit, so the text is
/// the one formatting would make.
struct IndicatorNumbers {
  private struct Written {
    var bits: UInt64 = 0
    var start: Int32 = 0
    /// Negative: nothing written for the indicator.
    var count: Int32 = -1
  }

  /// By ``Indicator/position``; on the stack, not the heap. 18: the cases
  /// of ``Indicator`` (an indicator added past them is formatted each
  /// time, never copied: `note` and `range` check the position).
  private var written = InlineArray<18, Written>(repeating: Written())

  /// Notes that `value`, for `indicator`, lies at `range` of the line.
  mutating func note(_ indicator: Indicator, _ value: Double, at range: Range<Int>) {
    let position = indicator.position
    guard position < written.count, range.upperBound <= Int(Int32.max) else { return }
    written[position] = Written(
      bits: value.bitPattern, start: Int32(range.lowerBound), count: Int32(range.count))
  }

  /// Where `value` for `indicator` lies, when it was noted as that very
  /// double.
  func range(of indicator: Indicator, _ value: Double) -> Range<Int>? {
    let position = indicator.position
    guard position < written.count else { return nil }
    let entry = written[position]
    guard entry.count >= 0, entry.bits == value.bitPattern else { return nil }
    return Int(entry.start)..<(Int(entry.start) + Int(entry.count))
  }
}
