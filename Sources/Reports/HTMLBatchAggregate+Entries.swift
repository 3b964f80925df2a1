import Evaluation
import Land
import XMLStream

/// Counts and charted values of the parcels of one district or sector.
struct HTMLGroupAggregate: Sendable {
  /// The name as the first record of the group wrote it.
  var name: String
  var counts: [VerdictStatus: Int] = [:]
  var taxPerMu: [Double] = []
  var plotRatio: [Double] = []

  init(name: String) {
    self.name = name
  }

  var total: Int { counts.values.reduce(0, +) }

  mutating func add(_ status: VerdictStatus, _ values: (taxPerMu: Double?, plotRatio: Double?)) {
    counts[status, default: 0] += 1
    if let tax = values.taxPerMu { taxPerMu.append(tax) }
    if let plot = values.plotRatio { plotRatio.append(plot) }
  }

  mutating func merge(_ other: HTMLGroupAggregate) {
    counts.merge(other.counts, uniquingKeysWith: +)
    taxPerMu += other.taxPerMu
    plotRatio += other.plotRatio
  }

  func values(_ indicator: Indicator) -> [Double] {
    switch indicator {
    case .taxPerMu: taxPerMu
    case .plotRatio: plotRatio
    default: []
    }
  }

  static func chartedValues(of verdict: Verdict) -> (taxPerMu: Double?, plotRatio: Double?) {
    var tax: Double?
    var plot: Double?
    for entry in verdict.indicators {
      if entry.indicator == .taxPerMu { tax = entry.reading.value }
      if entry.indicator == .plotRatio { plot = entry.reading.value }
    }
    return (tax, plot)
  }
}

/// A noncompliant parcel and how far its worst failed indicator is from
/// its bound, relative to the bound.
struct HTMLWorstEntry: HTMLRanked {
  var order: Int
  var parcel: String
  var name: String?
  var district: String
  var sector: String
  /// The largest relative gap over the failed findings (0.25 is 25 %).
  var gap: Double
  var failures: [Finding]

  /// Nil when no failed finding has a value and a nonzero bound.
  init?(_ verdict: Verdict, order: Int) {
    let failures = verdict.findings.filter { $0.status == .fail }
    guard let gap = failures.compactMap(Self.gap).max() else { return nil }
    self.order = order
    self.parcel = verdict.parcel ?? ""
    self.name = verdict.summary?.name
    self.district = verdict.summary?.district.name ?? ""
    self.sector = verdict.summary.map { "\($0.sector.code) \($0.sector.name)" } ?? ""
    self.gap = gap
    self.failures = failures
  }

  /// (min − value) ÷ min below a minimum, (value − max) ÷ max above a maximum.
  static func gap(_ finding: Finding) -> Double? {
    guard let value = finding.value else { return nil }
    if let min = finding.min, value < min, min > 0 { return (min - value) / min }
    if let max = finding.max, value > max, max > 0 { return (value - max) / max }
    return nil
  }

  /// Larger gaps first, ties in input order.
  func ranksBefore(_ other: HTMLWorstEntry) -> Bool {
    gap != other.gap ? gap > other.gap : order < other.order
  }
}

/// An evaluated parcel and its tax per mu, for the list of the lowest.
struct HTMLLowTaxEntry: HTMLRanked {
  var order: Int
  var parcel: String
  var name: String?
  var district: String
  var sector: String
  var status: VerdictStatus
  var taxPerMu: Double

  /// Nil for a rejected record or one without tax per mu.
  init?(_ verdict: Verdict, order: Int) {
    guard verdict.status != .rejected, let summary = verdict.summary,
      let tax = HTMLGroupAggregate.chartedValues(of: verdict).taxPerMu
    else { return nil }
    self.order = order
    parcel = verdict.parcel ?? ""
    name = summary.name
    district = summary.district.name
    sector = "\(summary.sector.code) \(summary.sector.name)"
    status = verdict.status
    taxPerMu = tax
  }

  /// Lower tax per mu first, ties in input order.
  func ranksBefore(_ other: HTMLLowTaxEntry) -> Bool {
    taxPerMu != other.taxPerMu ? taxPerMu < other.taxPerMu : order < other.order
  }
}

/// A rejected record: where it is and why (at most five reasons).
struct HTMLRejectedEntry: Sendable {
  static let reasonLimit = 5
  var parcel: String?
  var location: String
  var reasons: [String]
  var moreReasons: Int

  init(_ verdict: Verdict) {
    parcel = verdict.parcel
    location = verdict.location.description
    reasons = verdict.errors.prefix(Self.reasonLimit).map {
      "\($0.location.line):\($0.location.column): \($0.message)"
    }
    moreReasons = max(0, verdict.errors.count - Self.reasonLimit)
  }
}
