import Evaluation
import Land
import Rules

/// The parcel card's score breakdown as a template sees it.
struct HTMLCardScoring: Sendable {
  struct Item: Sendable {
    var indicator: String
    var weight: String
    var value: String
    var benchmark: String
    var score: String
    var note: String
    var rule: String?
  }

  struct Surcharge: Sendable {
    var perKWh: String
    var kWh: String?
    var amount: String?
    var basis: String
  }

  var score: String
  var classKey: String
  var classLabel: String
  var rank: String?
  var scheme: String?
  var group: String?
  var notScored: String?
  var exemption: String?
  var veto: String?
  var surcharge: Surcharge?
  var items: [Item]
  var hasItems: Bool

  init(_ result: ScoringResult, t: [String: String]) {
    score = result.score.map { HTMLNumber.fixed($0, 2) } ?? "—"
    classKey = result.class?.rawValue ?? "none"
    classLabel = HTMLScoringSection.classLabel(result.class, t: t)
    rank = result.rank.map { rank in result.groupSize.map { "\(rank) / \($0)" } ?? String(rank) }
    scheme = result.scheme
    group = result.group
    notScored = result.notScored
    exemption = result.exemption
    veto = result.veto
    surcharge = result.surcharge.map { surcharge in
      Surcharge(
        perKWh: HTMLNumber.short(surcharge.perKWh, 4),
        kWh: surcharge.kWh.map { HTMLNumber.short($0, 0) },
        amount: surcharge.amount.map { HTMLNumber.grouped($0, 2) }, basis: surcharge.basis)
    }
    items = result.items.map { item in
      // A custom indicator shows its name and its unit as the rule set writes them.
      let (name, unit): (String, String) =
        switch item.scored {
        case .builtIn(let indicator):
          (
            t["indicator.\(indicator.rawValue)"] ?? indicator.rawValue,
            t["unit.\(indicator.unit.rawValue)"] ?? ""
          )
        case .custom(let name, let unit): (name, unit ?? "")
        }
      let unitText = unit.isEmpty ? "" : " " + unit
      return Item(
        indicator: name,
        weight: HTMLNumber.short(item.weight, 2),
        value: item.value.map { HTMLNumber.short($0, 3) + unitText } ?? (t["nodata"] ?? ""),
        benchmark: item.benchmark.map { HTMLNumber.short($0, 3) + unitText } ?? "—",
        score: HTMLNumber.fixed(item.score, 2),
        note: [item.noData, item.note].compactMap { $0 }.joined(separator: "; "),
        rule: item.rule)
    }
    hasItems = !items.isEmpty
  }
}

/// The parcel card's contract review as a template sees it.
struct HTMLCardContract: Sendable {
  struct Clause: Sendable {
    var clause: String
    /// `pass`, `fail`, `pending` or `nodata`: a CSS class, never input data.
    var key: String
    var icon: String
    var word: String
    var agreed: String
    var actual: String
    var damages: String
    /// The damages' formula, or why there are none to work out; nil when nothing is owed.
    var basis: String?
    var message: String
  }

  struct Idle: Sendable {
    var since: String
    var days: String
    var stageKey: String
    var stage: String
    var reason: String
  }

  var asOf: String
  var clauses: [Clause]
  var hasClauses: Bool
  var idleFee: HTMLContractSection.DamagesRow?
  var totalDamages: String
  var idle: Idle?
  var lowEfficiency: [String]
  var hasLowEfficiency: Bool
  var footnotes: [String]
  var notes: [String]

  init(_ review: ContractReview, t: [String: String]) {
    let label = { (key: String) in t[key] ?? key }
    asOf = review.asOf.description
    var footnotes: [String] = []
    clauses = review.clauses.map { finding in
      let name = HTMLContractSection.clauseLabel(finding.clause.name, t: t)
      var agreed = ""
      var actual = ""
      if let due = finding.due {
        agreed = due.description
        if finding.movedDays != 0, let original = finding.agreedDue {
          agreed += " *"
          footnotes.append(
            "* \(name)\(label("colon"))\(label("movedPrefix"))\(finding.movedDays)\(label("movedMiddle"))\(original)\(label("movedSuffix"))"
          )
        }
        if finding.status != .pending {
          actual = finding.actual?.description ?? label("notYet")
          if let late = finding.daysLate, late > 0 {
            actual += " (\(label("latePrefix"))\(late)\(label("lateSuffix")))"
          }
        }
      } else if case .commitment(let indicator) = finding.clause {
        let unit = t["unit.\(indicator.unit.rawValue)"] ?? ""
        let unitText = unit.isEmpty ? "" : " " + unit
        var bounds: [String] = []
        if let min = finding.min {
          bounds.append("\(label("atLeast")) \(HTMLNumber.short(min, 3))")
        }
        if let max = finding.max { bounds.append("\(label("atMost")) \(HTMLNumber.short(max, 3))") }
        agreed = bounds.joined(separator: ", ") + (bounds.isEmpty ? "" : unitText)
        if let from = finding.fromYear { agreed += " (\(label("fromYear")) \(from))" }
        if let value = finding.value { actual = HTMLNumber.short(value, 3) + unitText }
        if let year = finding.year { actual += actual.isEmpty ? "(\(year))" : " (\(year))" }
      }
      let item = review.damages(finding.clause.name)
      var basis = item.map { HTMLContractSection.basis($0, t: t) }
      if item == nil, finding.noDataCause == .landPrice {
        basis = label("noLandPrice")
      } else if item == nil, finding.status == .nodata {
        basis = label("noDataToDecide")
      }
      return Clause(
        clause: name, key: finding.status.rawValue, icon: Self.icon(finding.status),
        word: label("clauseStatus.\(finding.status.rawValue)"), agreed: agreed, actual: actual,
        damages: item.map { HTMLNumber.grouped($0.amount, 2) } ?? "", basis: basis,
        message: finding.message)
    }
    hasClauses = !clauses.isEmpty
    self.footnotes = footnotes
    idleFee = review.damages("idleFee").map { item in
      HTMLContractSection.DamagesRow(
        parcel: "", name: "", district: "", clause: label("clause.idleFee"),
        amount: HTMLNumber.grouped(item.amount, 2), basis: HTMLContractSection.basis(item, t: t))
    }
    totalDamages = HTMLNumber.grouped(review.totalDamages, 2)
    idle = review.idle.map { land in
      Idle(
        since: land.since.description, days: String(land.days), stageKey: land.stage.rawValue,
        stage: label("idleStage.\(land.stage.rawValue)"), reason: land.reason)
    }
    lowEfficiency = review.lowEfficiency.map { HTMLContractSection.lowEfficiencyText($0, t: t) }
    hasLowEfficiency = !lowEfficiency.isEmpty
    notes = review.notes
  }

  /// A sign that says the clause's status without colour.
  static func icon(_ status: ClauseStatus) -> String {
    switch status {
    case .pass: "✓"
    case .fail: "✗"
    case .pending: "…"
    case .nodata: "?"
    }
  }
}
