import Evaluation

/// The batch report's enterprise section as a template sees it: firms by
/// class on each track (tiles, a chart and a table), in each scoring group
/// and in each district; the cut-off scores; the lowest-scoring firms;
/// the moves against last year; the surcharges.
struct HTMLEnterpriseSection: Sendable {
  struct ClassRow: Sendable {
    var label: String
    /// A, B, C, D, T and not classed, then nothing else: the columns of
    /// ``HTMLEnterpriseSection/classColumns``.
    var counts: [String]
    var total: String
    var isOther: Bool
  }

  struct ClassTable: Sendable {
    var title: String
    var columnLabel: String
    var note: String?
    var rows: [ClassRow]
  }

  struct CutoffRow: Sendable {
    var track: String
    var ranked: String
    /// The lowest score in A, B, C and D, `—` where the class has no firm.
    var lowest: [String]
  }

  struct FirmRow: Sendable {
    var code: String
    var name: String
    var track: String
    var score: String
    var classKey: String
    var classLabel: String
    var rank: String
    var reason: String
  }

  struct Change: Sendable {
    /// `up`, `down`, `same` or `new`: a CSS class, never input data.
    var key: String
    var label: String
    var count: String
    var share: String
  }

  /// The tracks' order: the built-in ones as records.md lists them, then
  /// the rule set's own schemes by name.
  static let trackOrder = ["above", "below", "small", "tenant", "unscored"]

  var firms: String
  var scored: String
  var tiles: [HTMLScoringSection.ClassTile]
  var classColumns: [String]
  var trackChart: HTMLClassChart
  var classTables: [ClassTable]
  var cutoffColumns: [String]
  var cutoffs: [CutoffRow]
  var hasCutoffs: Bool
  var lowest: [FirmRow]
  var hasLowest: Bool
  /// Up, down, same, new; shown only when last year's classes were given.
  var changes: [Change]
  var hasChanges: Bool
  /// How many firms were compared: those in classes A–D this year.
  var changesCompared: String
  var surchargeTotal: String?
  var surchargeFirms: String
  var surchargeNote: String?

  init(_ aggregate: HTMLEnterpriseAggregate, t: [String: String]) {
    let label = { (key: String) in t[key] ?? key }
    let track = { (id: String) in HTMLSheetPage.trackLabel(id, t: t) }
    firms = String(aggregate.firms)
    scored = String(aggregate.scored)
    tiles = HTMLClassChart.order.map { rated in
      let count = aggregate.classes[rated] ?? 0
      return HTMLScoringSection.ClassTile(
        key: rated?.rawValue ?? "none", label: HTMLScoringSection.classLabel(rated, t: t),
        count: String(count), share: HTMLNumber.percent(count, of: aggregate.firms))
    }
    classColumns = HTMLClassChart.order.map { $0?.rawValue ?? label("notClassed") }
    let trackIDs = Self.ordered(tracks: Array(aggregate.tracks.keys))
    trackChart = HTMLClassChart(
      title: label("classesByTrack"),
      bars: trackIDs.map { id in
        (label: track(id), title: track(id), counts: aggregate.tracks[id]?.counts ?? [:])
      }, notClassed: label("notClassed"), other: label("otherGroups"),
      note: label("classByTrackNote"))
    let trackRows = trackIDs.map { id in
      Self.row(label: track(id), aggregate.tracks[id]?.counts ?? [:], isOther: false)
    }
    classTables = [
      ClassTable(
        title: label("classesByTrack"), columnLabel: label("track"), note: nil, rows: trackRows),
      ClassTable(
        title: label("classesByGroup"), columnLabel: label("group"),
        note: label("classesByGroupNote"), rows: Self.rows(aggregate.groups, t: t)),
      ClassTable(
        title: label("classesByFirmDistrict"), columnLabel: label("district"),
        note: label("classesByFirmDistrictNote"), rows: Self.rows(aggregate.districts, t: t)),
    ].filter { !$0.rows.isEmpty }
    cutoffColumns = ScoringClass.allCases.filter { $0 != .t }.map(\.rawValue)
    cutoffs = Self.ordered(tracks: Array(aggregate.cutoffs.keys)).compactMap { id in
      guard let group = aggregate.cutoffs[id] else { return nil }
      return CutoffRow(
        track: track(id), ranked: String(group.ranked),
        lowest: ScoringClass.allCases.filter { $0 != .t }.map { rated in
          group.lowest[rated].map { HTMLNumber.fixed($0, 2) } ?? "—"
        })
    }
    hasCutoffs = !cutoffs.isEmpty
    lowest = aggregate.lowest.entries.map { entry in
      FirmRow(
        code: entry.code, name: entry.name ?? "", track: track(entry.track),
        score: HTMLNumber.fixed(entry.score, 2), classKey: entry.rated?.rawValue ?? "none",
        classLabel: entry.rated?.rawValue ?? label("notClassed"),
        rank: entry.rank.map { rank in
          entry.groupSize.map { "\(rank) / \($0)" } ?? String(rank)
        } ?? "—",
        reason: entry.reason ?? "")
    }
    hasLowest = !lowest.isEmpty
    let compared = aggregate.changes.values.reduce(0, +)
    changes = HTMLClassChange.allCases.map { change in
      let count = aggregate.changes[change] ?? 0
      return Change(
        key: change.rawValue, label: label("change.\(change.rawValue)"), count: String(count),
        share: HTMLNumber.percent(count, of: compared))
    }
    hasChanges = aggregate.hasPreviousClasses
    changesCompared = label("comparedPrefix") + String(compared) + label("comparedSuffix")
    surchargeFirms = String(aggregate.surchargeFirms)
    surchargeTotal =
      aggregate.surchargeFirms > 0 ? HTMLNumber.grouped(aggregate.surchargeTotal, 2) : nil
    surchargeNote =
      aggregate.surchargesWithoutAmount > 0
      ? label("surchargeMissingPrefix") + String(aggregate.surchargesWithoutAmount)
        + label("surchargeMissingFirmsSuffix") : nil
  }

  /// The built-in tracks in their order, then the others by name.
  static func ordered(tracks: [String]) -> [String] {
    let known = trackOrder.filter(tracks.contains)
    return known + tracks.filter { !trackOrder.contains($0) }.sorted()
  }

  /// Rows by firm count (then name); past ``HTMLBatchAggregate/groupLimit``
  /// the rest folded into one "other" row; firms with no group or district
  /// (the key "") last, as unknown.
  static func rows(_ groups: [String: HTMLClassCounts], t: [String: String]) -> [ClassRow] {
    let ordered = groups.filter { !$0.key.isEmpty }.sorted {
      $0.value.total != $1.value.total ? $0.value.total > $1.value.total : $0.key < $1.key
    }
    var rows = ordered.prefix(HTMLBatchAggregate.groupLimit).map {
      row(label: $0.key, $0.value.counts, isOther: false)
    }
    let rest = ordered.dropFirst(HTMLBatchAggregate.groupLimit)
    if !rest.isEmpty {
      var merged: [ScoringClass?: Int] = [:]
      for (_, group) in rest { merged.merge(group.counts, uniquingKeysWith: +) }
      rows.append(
        row(label: "\(t["otherGroups"] ?? "other") (\(rest.count))", merged, isOther: true))
    }
    if let unknown = groups[""] {
      rows.append(row(label: t["unknown"] ?? "unknown", unknown.counts, isOther: true))
    }
    return rows
  }

  static func row(label: String, _ counts: [ScoringClass?: Int], isOther: Bool) -> ClassRow {
    ClassRow(
      label: label, counts: HTMLClassChart.order.map { String(counts[$0] ?? 0) },
      total: String(counts.values.reduce(0, +)), isOther: isOther)
  }
}
