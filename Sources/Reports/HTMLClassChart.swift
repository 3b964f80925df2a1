import Evaluation

/// A class chart: one 100 % stacked bar per district (parcels) or per
/// track (enterprises), a segment per class (A, B, C, D, T, not classed),
/// with the class letter written in every segment wide enough, so the
/// chart reads without colour. Past ``rowLimit`` bars the rest are folded
/// into one.
struct HTMLClassChart: Sendable {
  struct Segment: Sendable {
    /// `A`…`T` or `none`: a CSS class, never input data.
    var key: String
    var x: String
    var width: String
    var labelX: String
    var letter: String
    var hasLetter: Bool
    var title: String
  }

  struct Row: Sendable {
    var label: String
    var title: String
    var y: String
    var textY: String
    var total: String
    var segments: [Segment]
  }

  struct LegendEntry: Sendable {
    var key: String
    var x: String
    var textX: String
    var label: String
  }

  static let rowLimit = 12
  static let barLeft = 150.0
  static let barRight = 440.0
  static let rowHeight = 22.0
  static let firstRow = 32.0
  /// The segments in order, and the key of each.
  static let order: [ScoringClass?] = [.a, .b, .c, .d, .t, nil]

  /// One bar: its label (shortened to fit), its tooltip, and its counts.
  typealias Bar = (label: String, title: String, counts: [ScoringClass?: Int])

  var title: String
  /// What the bars are, under the chart.
  var note: String
  var rows: [Row] = []
  var legend: [LegendEntry] = []
  let width = "500"
  var height = ""
  let totalX = HTMLNumber.coordinate(barRight + 6)

  /// A bar per district, those with the most scored parcels first.
  init(
    title: String, districts: [String: HTMLClassCounts], notClassed: String, other: String,
    note: String
  ) {
    let ordered = districts.sorted {
      $0.value.total != $1.value.total ? $0.value.total > $1.value.total : $0.key < $1.key
    }
    self.init(
      title: title,
      bars: ordered.map {
        (label: $0.value.name, title: "\($0.key) \($0.value.name)", counts: $0.value.counts)
      }, notClassed: notClassed, other: other, note: note)
  }

  /// A bar for each of `bars` in the order given; past ``rowLimit`` the
  /// rest are folded into one bar.
  init(title: String, bars: [Bar], notClassed: String, other: String, note: String) {
    self.title = title
    self.note = note
    var groups = Array(bars.prefix(Self.rowLimit))
    let rest = bars.dropFirst(Self.rowLimit)
    if !rest.isEmpty {
      var merged: [ScoringClass?: Int] = [:]
      for bar in rest { merged.merge(bar.counts, uniquingKeysWith: +) }
      let label = "\(other) (\(rest.count))"
      groups.append((label: label, title: label, counts: merged))
    }
    for (index, group) in groups.enumerated() {
      let y = Self.firstRow + Double(index) * Self.rowHeight
      let total = group.counts.values.reduce(0, +)
      var x = Self.barLeft
      var segments: [Segment] = []
      for rated in Self.order {
        let count = group.counts[rated] ?? 0
        guard count > 0, total > 0 else { continue }
        let width = Double(count) / Double(total) * (Self.barRight - Self.barLeft)
        let letter = rated?.rawValue ?? "–"
        let name = rated?.rawValue ?? notClassed
        segments.append(
          Segment(
            key: rated?.rawValue ?? "none", x: HTMLNumber.coordinate(x),
            width: HTMLNumber.coordinate(width), labelX: HTMLNumber.coordinate(x + width / 2),
            letter: letter, hasLetter: width >= 14,
            title: "\(group.title) · \(name): \(count) (\(HTMLNumber.percent(count, of: total)))"))
        x += width
      }
      rows.append(
        Row(
          label: Self.shortened(group.label), title: group.title, y: HTMLNumber.coordinate(y),
          textY: HTMLNumber.coordinate(y + 12), total: String(total), segments: segments))
    }
    for (index, rated) in Self.order.enumerated() {
      let x = Self.barLeft + Double(index) * 48
      legend.append(
        LegendEntry(
          key: rated?.rawValue ?? "none", x: HTMLNumber.coordinate(x),
          textX: HTMLNumber.coordinate(x + 14), label: rated?.rawValue ?? notClassed))
    }
    height = HTMLNumber.coordinate(Self.firstRow + Double(rows.count) * Self.rowHeight + 8)
  }

  /// At most 12 characters, so the name fits left of the bars (the full
  /// name is in the row's tooltip).
  static func shortened(_ text: String) -> String {
    text.count <= 12 ? text : String(text.prefix(11)) + "…"
  }
}
