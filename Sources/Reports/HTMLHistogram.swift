/// An inline SVG histogram, as numbers a template draws: bars, axis ticks
/// and vertical lines at the rule set's bounds. All text is escaped by the
/// template; the numbers are formatted here, so the bytes are fixed.
struct HTMLHistogram: Sendable {
  struct Bar: Sendable {
    var x: String
    var y: String
    var width: String
    var height: String
    var count: String
    var hasCount: Bool
    var labelX: String
    var labelY: String
    var range: String
  }

  struct Tick: Sendable {
    var x: String
    var label: String
  }

  struct Mark: Sendable {
    var x: String
    var labelY: String
    var label: String
    /// Labels in the right third run leftwards from their line, so they stay inside the chart.
    var anchor: String
    var dx: String
  }

  static let width = 500.0
  static let height = 260.0
  static let left = 44.0
  static let right = 488.0
  static let top = 52.0
  static let bottom = 220.0
  static let maxBins = 20

  var title: String
  var hasValues: Bool
  var bars: [Bar] = []
  var ticks: [Tick] = []
  var marks: [Mark] = []
  var hasMarks = false
  var yMax = ""
  var openEnded = false
  /// What the vertical lines are, when not the rule set's bounds (the
  /// template then says so from the strings table).
  var markNote: String?
  let width = HTMLNumber.coordinate(Self.width)
  let height = HTMLNumber.coordinate(Self.height)
  let left = HTMLNumber.coordinate(Self.left)
  let right = HTMLNumber.coordinate(Self.right)
  let top = HTMLNumber.coordinate(Self.top)
  let bottom = HTMLNumber.coordinate(Self.bottom)
  let tickY = HTMLNumber.coordinate(Self.bottom + 16)

  /// - Parameters:
  ///   - values: the values to count, any order.
  ///   - bounds: each bound checked, with how many findings checked it.
  ///   - digits: decimals in tick labels.
  init(
    title: String, values: [Double], bounds: [HTMLBound: Int], digits: Int,
    atLeast: String, atMost: String
  ) {
    self.init(
      title: title, values: values,
      marks: Self.markedBounds(bounds, atLeast: atLeast, atMost: atMost), digits: digits)
  }

  /// - Parameters:
  ///   - marks: the vertical lines to draw, by value, each with its label.
  init(title: String, values: [Double], marks marked: [(value: Double, label: String)], digits: Int)
  {
    self.title = title
    hasValues = !values.isEmpty
    guard hasValues else { return }
    let sorted = values.sorted()
    let (low, step, bins) = Self.scale(sorted, marks: marked.map(\.value))
    var counts = [Int](repeating: 0, count: bins)
    for value in sorted {
      // A hair over the quotient, so 0.6 ÷ 0.1 (5.999…) counts in the bin from 0.6.
      // Clamped before it becomes an Int: a value far past the scale (1e300
      // over bins of 0.1) would not fit one.
      let position = ((value - low) / step + 1e-9).rounded(.down)
      let index = position.isNaN ? 0 : Int(Swift.min(Swift.max(position, 0), Double(bins - 1)))
      counts[index] += 1
    }
    openEnded = (sorted.last ?? low) >= low + Double(bins) * step
    let peak = counts.max() ?? 1
    yMax = String(peak)
    let binWidth = (Self.right - Self.left) / Double(bins)
    for (index, count) in counts.enumerated() {
      let height = Double(count) / Double(Swift.max(peak, 1)) * (Self.bottom - Self.top)
      let x = Self.left + Double(index) * binWidth
      let from = low + Double(index) * step
      let isLast = index == bins - 1 && openEnded
      let range =
        isLast
        ? "≥ \(HTMLNumber.short(from, digits + 1)): \(count)"
        : "\(HTMLNumber.short(from, digits + 1))–\(HTMLNumber.short(from + step, digits + 1)): \(count)"
      bars.append(
        Bar(
          x: HTMLNumber.coordinate(x + 1), y: HTMLNumber.coordinate(Self.bottom - height),
          width: HTMLNumber.coordinate(Swift.max(binWidth - 2, 1)),
          height: HTMLNumber.coordinate(height), count: String(count),
          // A count is printed above its bar only when it fits (about 6 px a digit);
          // the bar's tooltip always has it.
          hasCount: count > 0 && Double(String(count).count) * 6 <= binWidth - 2,
          labelX: HTMLNumber.coordinate(x + binWidth / 2),
          labelY: HTMLNumber.coordinate(Self.bottom - height - 3), range: range))
    }
    let every = Swift.max(1, (bins + 5) / 6)
    for edge in stride(from: 0, through: bins, by: every) {
      let label = HTMLNumber.short(low + Double(edge) * step, digits + 1)
      ticks.append(
        Tick(x: HTMLNumber.coordinate(Self.left + Double(edge) * binWidth), label: label))
    }
    let span = Double(bins) * step
    for (index, mark) in marked.enumerated() {
      let position = Swift.min(Swift.max((mark.value - low) / span, 0), 1)
      let leftwards = position > 2.0 / 3
      marks.append(
        Mark(
          x: HTMLNumber.coordinate(Self.left + position * (Self.right - Self.left)),
          labelY: HTMLNumber.coordinate(14 + Double(index % 3) * 12), label: mark.label,
          anchor: leftwards ? "end" : "start", dx: leftwards ? "-3" : "3"))
    }
    hasMarks = !marks.isEmpty
  }

  /// The five bounds checked most often, as lines to draw, by value.
  static func markedBounds(_ bounds: [HTMLBound: Int], atLeast: String, atMost: String)
    -> [(value: Double, label: String)]
  {
    var byValue: [String: (value: Double, count: Int)] = [:]
    for (bound, count) in bounds {
      if let min = bound.min {
        byValue["\(atLeast) \(HTMLNumber.short(min, 3))", default: (min, 0)].count += count
      }
      if let max = bound.max {
        byValue["\(atMost) \(HTMLNumber.short(max, 3))", default: (max, 0)].count += count
      }
    }
    let chosen = byValue.sorted {
      $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
    }.prefix(5)
    return chosen.sorted {
      $0.value.value != $1.value.value ? $0.value.value < $1.value.value : $0.key < $1.key
    }
    .map { (value: $0.value.value, label: "\($0.key) (\($0.value.count))") }
  }

  /// The first bin's start, the bin width and the number of bins: a round
  /// width (1, 2, 2.5 or 5 × a power of ten) spanning 0 (or the lowest
  /// value, if negative) to the highest value (from 50 values on, the 98th
  /// percentile) or the highest bound. Values beyond fall in the last bin.
  static func scale(_ sorted: [Double], marks: [Double]) -> (Double, Double, Int) {
    let lowest = Swift.min(sorted.first ?? 0, marks.min() ?? 0, 0)
    // Under 50 values there is no tail worth cutting: span them all.
    let top =
      sorted.count < 50
      ? sorted[sorted.count - 1] : sorted[Int((Double(sorted.count - 1) * 0.98).rounded(.down))]
    var highest = Swift.max(top, marks.max() ?? top)
    if highest <= lowest { highest = lowest + 1 }
    let raw = (highest - lowest) / Double(maxBins - 1)
    // Values near the largest Double: their span overflows (and the loops
    // below would never end on infinity). One bin from the lowest value.
    guard raw.isFinite, raw > 0, lowest.isFinite else {
      return (lowest.isFinite ? lowest : 0, Double.greatestFiniteMagnitude, 1)
    }
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    let step =
      [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
    let low = (lowest / step).rounded(.down) * step
    let bins = Swift.min(
      maxBins, Swift.max(1, Int(((highest - low) / step + 1e-9).rounded(.down)) + 1))
    return (low, step, bins)
  }
}
