/// The batch report as a template sees it: strings and lists only, every
/// number already formatted. Templates read the labels from `t`.
struct HTMLBatchPage: Sendable {
  struct RuleSetView: Sendable {
    var id: String
    var version: String
    var sha256: String
    var title: String
    var source: String
    var fileName: String
    var base: String?
  }

  struct StatusCount: Sendable {
    /// The status's raw value, used as a CSS class (never input data).
    var key: String
    var label: String
    /// A sign that says the status without colour: ✓ ✗ ? ⊘.
    var icon: String
    var count: String
    var share: String
  }

  struct GroupRow: Sendable {
    var code: String
    var name: String
    var total: String
    var totalSort: String
    var compliant: String
    var noncompliant: String
    var incomplete: String
    var rejected: String
    var share: String
    var shareSort: String
    var medianTaxPerMu: String
    var medianTaxPerMuSort: String
    var medianPlotRatio: String
    var medianPlotRatioSort: String
    var isOther: Bool
  }

  struct GroupTable: Sendable {
    var title: String
    var columnLabel: String
    var rows: [GroupRow]
  }

  struct WorstRow: Sendable {
    var parcel: String
    var name: String
    var district: String
    var sector: String
    var failures: [String]
    var gap: String
  }

  struct LowTaxRow: Sendable {
    var parcel: String
    var name: String
    var district: String
    var sector: String
    var taxPerMu: String
    /// The status's raw value, used as a CSS class (never input data).
    var statusKey: String
    var statusIcon: String
    var statusWord: String
  }

  struct RejectedRow: Sendable {
    var parcel: String
    var location: String
    var reasons: [String]
    var moreReasons: String?
  }

  var lang: String
  var t: [String: String]
  var file: String
  var asOf: String?
  var year: String
  var stamp: String?
  var ruleSet: RuleSetView
  var total: String
  var statuses: [StatusCount]
  var groupTables: [GroupTable]
  var charts: [HTMLHistogram]
  var worst: [WorstRow]
  var hasWorst: Bool
  var lowestTax: [LowTaxRow]
  var hasLowestTax: Bool
  var rejected: [RejectedRow]
  var hasRejected: Bool
  var moreRejected: String?
  /// Problems of the file itself, `line:column: message` each.
  var fileProblems: [String]
  var hasFileProblems: Bool
  var moreFileProblems: String?
  var csvLink: String?
  /// The class and score section; nil when no verdict was scored.
  var scoring: HTMLScoringSection?
  /// The damages, idle-land and low-efficiency section; nil when no contract was checked.
  var contracts: HTMLContractSection?
  /// The enterprise section; nil when no enterprise verdict was added.
  var enterprises: HTMLEnterpriseSection?
}
