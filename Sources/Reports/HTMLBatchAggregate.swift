public import Evaluation
import Land
import XMLStream

/// What the batch report needs from a run, gathered as verdicts stream
/// past; no verdict is kept.
///
/// Size: counts per status and per group; per group the values of the two
/// charted indicators (tax per mu, plot ratio) as `Double`s, for medians and
/// histograms: 2 × 2 × 8 bytes per parcel (a district list and a sector
/// list each), about 32 MB for a million parcels; with scoring, 8 bytes
/// more a parcel for the score histogram. The lists of parcels a
/// person acts on are bounded (``listLimit``, ``rejectedLimit``); the page
/// shows at most ``groupLimit`` rows per group table and folds the rest
/// into one row. So the page's size does not grow with the parcel count.
public struct HTMLBatchAggregate: Sendable {
  /// How many noncompliant parcels the worst-gap list keeps.
  public static let listLimit = 20
  /// How many rejected records are listed with their reasons.
  public static let rejectedLimit = 50
  /// How many groups a table shows before folding the rest into "other".
  public static let groupLimit = 200
  /// The indicators charted, with their thresholds marked.
  static let chartedIndicators: [Indicator] = [.taxPerMu, .plotRatio]

  private(set) var counts: [VerdictStatus: Int] = [:]
  private(set) var total = 0
  private(set) var districts: [String: HTMLGroupAggregate] = [:]
  private(set) var sectors: [String: HTMLGroupAggregate] = [:]
  /// Records without a district or sector (most rejected ones), so that
  /// the group tables add up to the headline.
  private(set) var unplaced = HTMLGroupAggregate(name: "")
  /// The performance years verdicts were evaluated for.
  private(set) var years: Set<Int> = []
  /// For each charted indicator, how many findings checked each bound.
  private(set) var bounds: [Indicator: [HTMLBound: Int]] = [:]
  /// The noncompliant parcels furthest from a bound.
  private(set) var worst = HTMLBoundedList<HTMLWorstEntry>(limit: listLimit)
  /// The evaluated parcels with the lowest tax per mu (the bottom of the distribution).
  private(set) var lowestTax = HTMLBoundedList<HTMLLowTaxEntry>(limit: listLimit)
  private(set) var rejected: [HTMLRejectedEntry] = []
  private(set) var rejectedCount = 0
  /// The sections that appear only when their data is there.
  private(set) var scoring = HTMLScoringAggregate()
  private(set) var contracts = HTMLContractAggregate()
  /// The enterprises of the run, when it evaluated them.
  private(set) var enterprises = HTMLEnterpriseAggregate()

  public init() {}

  public mutating func add(_ verdict: Verdict) {
    let order = total
    total += 1
    counts[verdict.status, default: 0] += 1
    if let year = verdict.year, years.count < 64 { years.insert(year) }
    if verdict.status == .rejected {
      rejectedCount += 1
      if rejected.count < Self.rejectedLimit {
        rejected.append(HTMLRejectedEntry(verdict))
      }
    }
    if let summary = verdict.summary {
      let values = HTMLGroupAggregate.chartedValues(of: verdict)
      districts[summary.district.code, default: HTMLGroupAggregate(name: summary.district.name)]
        .add(verdict.status, values)
      sectors[summary.sector.code, default: HTMLGroupAggregate(name: summary.sector.name)]
        .add(verdict.status, values)
    } else {
      unplaced.add(verdict.status, (nil, nil))
    }
    for finding in verdict.findings where Self.chartedIndicators.contains(finding.indicator) {
      bounds[finding.indicator, default: [:]][HTMLBound(min: finding.min, max: finding.max)] =
        (bounds[finding.indicator]?[HTMLBound(min: finding.min, max: finding.max)] ?? 0) + 1
    }
    if verdict.status == .noncompliant, let entry = HTMLWorstEntry(verdict, order: order) {
      worst.offer(entry)
    }
    if let entry = HTMLLowTaxEntry(verdict, order: order) { lowestTax.offer(entry) }
    if let result = verdict.scoring { scoring.add(result, of: verdict, order: order) }
    if let review = verdict.contract { contracts.add(review, of: verdict, order: order) }
  }

  /// Adds a run's enterprise verdicts; `previousClasses` is last year's
  /// class by credit code, for the moves between classes.
  mutating func addEnterprises(_ verdicts: [EnterpriseVerdict], previousClasses: [String: String]) {
    enterprises.add(verdicts, previousClasses: previousClasses)
  }

  /// Every value of `indicator` over all groups (districts hold each parcel once).
  func allValues(_ indicator: Indicator) -> [Double] {
    districts.keys.sorted().flatMap { districts[$0]?.values(indicator) ?? [] }
  }
}

/// A bound as findings checked it: a minimum, a maximum or both.
struct HTMLBound: Sendable, Hashable {
  var min: Double?
  var max: Double?
}
