import Enterprises
import Evaluation
import Land

/// The one-firm sheet's earlier years: a row a year, oldest first, this
/// year last (from the verdict, whatever the history says of it), and a
/// sparkline of the score when two years or more have one.
struct HTMLSheetTrend: Sendable {
  struct Row: Sendable {
    var year: String
    /// `A`…`T` or `none`: a CSS class, never input data.
    var classKey: String
    var classLabel: String
    var score: String
    var rank: String
    var areaMu: String
    var taxPerMu: String
    var valueAddedPerMu: String
    var isCurrent: Bool
  }

  /// How many years the sheet shows, this one included.
  static let yearLimit = 10

  var rows: [Row]
  var sparkline: HTMLSparkline?

  /// Nil when the history has no year but this one.
  init?(verdict: EnterpriseVerdict, history: [EnterpriseTrendYear], t: [String: String]) {
    let enterprise = verdict.enterprise
    let earlier = history.filter { $0.year != enterprise.year }
    guard !earlier.isEmpty else { return nil }
    let value = { (indicator: Indicator) in
      enterprise.indicators.first { $0.indicator == indicator }?.reading.value
    }
    let scoring = verdict.scoring
    let current = EnterpriseTrendYear(
      year: enterprise.year, class: scoring?.class?.rawValue, score: scoring?.score,
      rank: scoring?.rank, of: scoring?.rank != nil ? scoring?.groupSize : nil,
      areaMu: enterprise.areaMu, taxPerMu: value(.taxPerMu),
      valueAddedPerMu: value(.valueAddedPerMu))
    // Sorted by year; of two entries for one year, the first given.
    var years: [EnterpriseTrendYear] = []
    for entry in (earlier + [current]).sorted(by: { $0.year < $1.year })
    where years.last?.year != entry.year {
      years.append(entry)
    }
    let shown = years.suffix(Self.yearLimit)
    rows = shown.map { Self.row($0, current: $0.year == enterprise.year, t: t) }
    sparkline = HTMLSparkline(
      points: shown.compactMap { entry in entry.score.map { (entry.year, $0) } },
      label: t["scoreTrend"] ?? "")
  }

  static func row(_ entry: EnterpriseTrendYear, current: Bool, t: [String: String]) -> Row {
    let rated = entry.class.flatMap { ScoringClass(rawValue: $0) }
    let classLabel =
      rated.map { HTMLScoringSection.classLabel($0, t: t) } ?? entry.class ?? "—"
    let rank = entry.rank.map { rank in entry.of.map { "\(rank) / \($0)" } ?? String(rank) }
    return Row(
      year: String(entry.year), classKey: rated?.rawValue ?? "none", classLabel: classLabel,
      score: entry.score.map { HTMLNumber.fixed($0, 2) } ?? "—", rank: rank ?? "—",
      areaMu: entry.areaMu.map { HTMLNumber.short($0, 4) } ?? "—",
      taxPerMu: entry.taxPerMu.map { HTMLNumber.fixed($0, 2) } ?? "—",
      valueAddedPerMu: entry.valueAddedPerMu.map { HTMLNumber.fixed($0, 2) } ?? "—",
      isCurrent: current)
  }
}

/// A small inline SVG line of scores by year: a point a year, placed by
/// the year (a missing year leaves a gap in the spacing), the lowest and
/// highest score at the bottom and top, the first and last labelled.
/// Nothing to run, nothing fetched.
struct HTMLSparkline: Sendable {
  struct Dot: Sendable {
    var x: String
    var y: String
    var title: String
  }

  struct Label: Sendable {
    var x: String
    var y: String
    var text: String
    /// `start` or `end`: an SVG text-anchor, never input data.
    var anchor: String
  }

  static let width = 220.0
  static let height = 56.0
  static let left = 30.0
  static let right = 190.0
  static let top = 10.0
  static let bottom = 42.0

  let width = HTMLNumber.coordinate(Self.width)
  let height = HTMLNumber.coordinate(Self.height)
  var label: String
  /// The polyline's points, `x,y x,y …`.
  var points: String
  var dots: [Dot]
  var labels: [Label]
  var years: [Label]

  /// Nil for fewer than two scores.
  init?(points input: [(year: Int, score: Double)], label: String) {
    guard input.count >= 2, let first = input.first, let last = input.last,
      let low = input.map(\.score).min(), let high = input.map(\.score).max()
    else { return nil }
    self.label = label
    let span = Double(max(last.year - first.year, 1))
    let x = { (year: Int) in
      Self.left + Double(year - first.year) / span * (Self.right - Self.left)
    }
    // Equal scores draw a level line through the middle.
    let y = { (score: Double) in
      high > low
        ? Self.bottom - (score - low) / (high - low) * (Self.bottom - Self.top)
        : (Self.top + Self.bottom) / 2
    }
    let placed = input.map { (year: $0.year, score: $0.score, x: x($0.year), y: y($0.score)) }
    points = placed.map { "\(HTMLNumber.coordinate($0.x)),\(HTMLNumber.coordinate($0.y))" }
      .joined(separator: " ")
    dots = placed.map { point in
      Dot(
        x: HTMLNumber.coordinate(point.x), y: HTMLNumber.coordinate(point.y),
        title: "\(point.year): \(HTMLNumber.fixed(point.score, 2))")
    }
    let ends = [(placed[0], "end", -4.0), (placed[placed.count - 1], "start", 4.0)]
    labels = ends.map { point, anchor, shift in
      Label(
        x: HTMLNumber.coordinate(point.x + shift), y: HTMLNumber.coordinate(point.y + 3),
        text: HTMLNumber.fixed(point.score, 1), anchor: anchor)
    }
    years = [(placed[0], "start"), (placed[placed.count - 1], "end")].map { point, anchor in
      Label(
        x: HTMLNumber.coordinate(point.x), y: HTMLNumber.coordinate(Self.height - 2),
        text: String(point.year), anchor: anchor)
    }
  }
}
