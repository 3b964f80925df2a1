import Evaluation
import Land
import Rules
import XMLStream

extension HTMLBatchPage {
  /// The page for what `aggregate` gathered, in the context's language.
  init(_ aggregate: HTMLBatchAggregate, context: HTMLReportContext) {
    let t = context.language.strings
    let label = { (key: String) in t[key] ?? key }
    lang = context.language.htmlTag
    self.t = t
    file = context.file
    asOf = context.asOf
    year =
      context.year.map(String.init)
      ?? ([label("yearEachLatest")] + aggregate.years.sorted().map(String.init)).joined(
        separator: aggregate.years.isEmpty ? "" : " · ")
    stamp = context.stamp
    let identity = context.ruleSet.identity
    ruleSet = RuleSetView(
      id: identity.id, version: identity.version, sha256: identity.sha256,
      title: context.ruleSet.metadata.title, source: context.ruleSet.metadata.source,
      fileName: identity.fileName, base: identity.base.map { "\($0.id) \($0.version)" })
    total = String(aggregate.total)
    let evaluated = aggregate.total
    statuses = VerdictStatus.allCases.map { status in
      let count = aggregate.counts[status] ?? 0
      return StatusCount(
        key: status.rawValue, label: label(status.rawValue), icon: status.icon,
        count: String(count),
        share: HTMLNumber.percent(count, of: evaluated))
    }
    groupTables = [
      Self.table(
        aggregate.districts, unplaced: aggregate.unplaced, title: label("byDistrict"),
        column: label("district"), t: t),
      Self.table(
        aggregate.sectors, unplaced: aggregate.unplaced, title: label("bySector"),
        column: label("sector"), t: t),
    ]
    charts = HTMLBatchAggregate.chartedIndicators.map { indicator in
      HTMLHistogram(
        title: label(indicator == .taxPerMu ? "taxPerMuDistribution" : "plotRatioDistribution"),
        values: aggregate.allValues(indicator), bounds: aggregate.bounds[indicator] ?? [:],
        digits: indicator == .taxPerMu ? 0 : 1, atLeast: label("atLeast"),
        atMost: label("atMost"))
    }
    worst = aggregate.worst.entries.map { Self.worstRow($0, t: t) }
    hasWorst = !worst.isEmpty
    lowestTax = aggregate.lowestTax.entries.map { entry in
      LowTaxRow(
        parcel: entry.parcel, name: entry.name ?? "", district: entry.district,
        sector: entry.sector, taxPerMu: HTMLNumber.fixed(entry.taxPerMu, 2),
        statusKey: entry.status.rawValue, statusIcon: entry.status.icon,
        statusWord: label(entry.status.rawValue))
    }
    hasLowestTax = !lowestTax.isEmpty
    rejected = aggregate.rejected.map { entry in
      RejectedRow(
        parcel: entry.parcel ?? "—", location: entry.location, reasons: entry.reasons,
        moreReasons: entry.moreReasons > 0
          ? label("morePrefix") + String(entry.moreReasons) + label("moreSuffix") : nil)
    }
    hasRejected = !rejected.isEmpty
    let more = aggregate.rejectedCount - aggregate.rejected.count
    moreRejected = more > 0 ? label("morePrefix") + String(more) + label("moreSuffix") : nil
    fileProblems = context.fileProblems.prefix(HTMLBatchAggregate.rejectedLimit).map {
      "\($0.location.line):\($0.location.column): \($0.message)"
    }
    hasFileProblems = !fileProblems.isEmpty
    let unlisted = context.fileProblems.count - fileProblems.count + context.fileProblemsNotListed
    moreFileProblems =
      unlisted > 0
      ? label("morePrefix") + String(unlisted) + label("moreFileProblemsSuffix") : nil
    csvLink = context.csvLink
    scoring =
      aggregate.scoring.isPresent
      ? HTMLScoringSection(aggregate.scoring, ruleSet: context.ruleSet, t: t) : nil
    contracts =
      aggregate.contracts.isPresent ? HTMLContractSection(aggregate.contracts, t: t) : nil
    enterprises =
      aggregate.enterprises.isPresent
      ? HTMLEnterpriseSection(aggregate.enterprises, t: t) : nil
  }

  /// Rows by parcel count (then code); past ``HTMLBatchAggregate/groupLimit``
  /// the rest are folded into one "other" row; records with no district or
  /// sector come last, as "unknown".
  static func table(
    _ groups: [String: HTMLGroupAggregate], unplaced: HTMLGroupAggregate, title: String,
    column: String, t: [String: String]
  ) -> GroupTable {
    let ordered = groups.sorted {
      $0.value.total != $1.value.total ? $0.value.total > $1.value.total : $0.key < $1.key
    }
    var rows = ordered.prefix(HTMLBatchAggregate.groupLimit).map {
      row(code: $0.key, $0.value, isOther: false)
    }
    let rest = ordered.dropFirst(HTMLBatchAggregate.groupLimit)
    if !rest.isEmpty {
      var other = HTMLGroupAggregate(
        name: "\(t["otherGroups"] ?? "other") (\(rest.count))")
      for (_, group) in rest { other.merge(group) }
      rows.append(row(code: "", other, isOther: true))
    }
    if unplaced.total > 0 {
      var unknown = unplaced
      unknown.name = t["unknown"] ?? "unknown"
      rows.append(row(code: "—", unknown, isOther: true))
    }
    return GroupTable(title: title, columnLabel: column, rows: rows)
  }

  static func row(code: String, _ group: HTMLGroupAggregate, isOther: Bool) -> GroupRow {
    let count = { (status: VerdictStatus) in group.counts[status] ?? 0 }
    let evaluated = group.total - count(.rejected)
    let tax = HTMLMedian.of(group.taxPerMu)
    let plot = HTMLMedian.of(group.plotRatio)
    return GroupRow(
      code: code, name: group.name, total: String(group.total), totalSort: String(group.total),
      compliant: String(count(.compliant)), noncompliant: String(count(.noncompliant)),
      incomplete: String(count(.incomplete)), rejected: String(count(.rejected)),
      share: HTMLNumber.percent(count(.noncompliant), of: evaluated),
      shareSort: evaluated > 0
        ? HTMLNumber.fixed(Double(count(.noncompliant)) / Double(evaluated), 6) : "-1",
      medianTaxPerMu: tax.map { HTMLNumber.fixed($0, 2) } ?? "—",
      medianTaxPerMuSort: tax.map { HTMLNumber.fixed($0, 6) } ?? "-1",
      medianPlotRatio: plot.map { HTMLNumber.fixed($0, 2) } ?? "—",
      medianPlotRatioSort: plot.map { HTMLNumber.fixed($0, 6) } ?? "-1",
      isOther: isOther)
  }

  static func worstRow(_ entry: HTMLWorstEntry, t: [String: String]) -> WorstRow {
    let failures = entry.failures.map { finding in
      let name = t["indicator.\(finding.indicator.rawValue)"] ?? finding.indicator.rawValue
      let unit = t["unit.\(finding.indicator.unit.rawValue)"] ?? ""
      let value = finding.value.map { HTMLNumber.short($0, 3) } ?? "—"
      var bound: [String] = []
      if let min = finding.min {
        bound.append("\(t["atLeast"] ?? "≥") \(HTMLNumber.short(min, 3))")
      }
      if let max = finding.max { bound.append("\(t["atMost"] ?? "≤") \(HTMLNumber.short(max, 3))") }
      let unitText = unit.isEmpty ? "" : " " + unit
      return "\(name) \(value)\(unitText) (\(bound.joined(separator: ", ")))"
    }
    return WorstRow(
      parcel: entry.parcel, name: entry.name ?? "", district: entry.district,
      sector: entry.sector, failures: failures, gap: HTMLNumber.fixed(entry.gap * 100, 1) + "%")
  }
}

extension VerdictStatus {
  /// A sign that says the status without relying on colour.
  var icon: String {
    switch self {
    case .compliant: "✓"
    case .noncompliant: "✗"
    case .incomplete: "?"
    case .rejected: "⊘"
    }
  }
}
