public import Expressions
public import Land

extension RuleSet {
  /// The bounds that apply to a parcel, per indicator; an indicator no row
  /// bounds is absent.
  ///
  /// A row applies when its `sector` is a prefix of the parcel's sector
  /// code, its `district` (when given) a prefix of the parcel's district
  /// code, and its `zone` (when given) equal to the parcel's zone. For each
  /// indicator, the minimum and the maximum are resolved independently:
  /// each side comes from the most specific applicable row that sets that
  /// side. Specificity compares, in order:
  ///
  /// 1. the length of the sector prefix (`C2927` over `C292` over `C29` over `C`);
  /// 2. the length of the district prefix (none counts as 0);
  /// 3. a zone given over none;
  /// 4. at a full tie, the row of the rule set nearer this one in the chain
  ///    of bases (the child's over its base's).
  ///
  /// Bounds are in the indicator's unit (`Indicator.unit`). A row with a
  /// `when` condition applies only when `inputs` (the parcel's names,
  /// ``ExpressionNames``) make it true; without `inputs` it never applies.
  public func bounds(
    for sector: String, district: String, zone: ZoneLevel?, inputs: ExpressionInputs? = nil
  ) -> IndicatorBounds {
    bounds(from: boundingRows(for: sector, district: district, zone: zone, inputs: inputs))
  }

  /// The rows ``bounds(for:district:zone:inputs:)`` takes each bounded
  /// indicator's minimum and maximum from, as positions in ``rows``, in
  /// indicator declaration order. The evaluator works from these: a bound
  /// carries a copy of its row, a few hundred bytes with a dozen strings,
  /// and copying those was most of the look-up's cost (measured, release,
  /// 200k parcels, `perf record`).
  public func boundingRows(
    for sector: String, district: String, zone: ZoneLevel?, inputs: ExpressionInputs? = nil
  ) -> [BoundingRows] {
    let count = index.indicators.count
    // Each indicator's rows, on the stack: two arrays made per parcel were
    // a third of the look-up's instructions (``ThresholdIndex/byPackedSector``).
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count) { rows in
      let (minRow, maxRow) = (rows.baseAddress!, rows.baseAddress! + count)
      minRow.initialize(repeating: -1, count: 2 * count)
      forEachApplicable(sector: sector, district: district, zone: zone, inputs: inputs) { entry in
        if entry.setsMin, minRow[entry.slot] < 0 { minRow[entry.slot] = entry.row }
        if entry.setsMax, maxRow[entry.slot] < 0 { maxRow[entry.slot] = entry.row }
        return true
      }
      var found: [BoundingRows] = []
      found.reserveCapacity(count)  // one allocation, not one per doubling
      for slot in 0..<count where minRow[slot] >= 0 || maxRow[slot] >= 0 {
        found.append(
          BoundingRows(
            indicator: index.indicators[slot], min: minRow[slot] >= 0 ? minRow[slot] : nil,
            max: maxRow[slot] >= 0 ? maxRow[slot] : nil))
      }
      return found
    }
  }

  /// The bounds of ``boundingRows(for:district:zone:inputs:)``.
  public func bounds(from rows: [BoundingRows]) -> IndicatorBounds {
    var found = IndicatorBounds()
    for bounded in rows {
      found[bounded.indicator] = ApplicableBounds(
        min: applied(.min, bounded.min ?? -1), max: applied(.max, bounded.max ?? -1))
    }
    return found
  }

  /// The bounds on one indicator that apply to a parcel; see
  /// ``bounds(for:district:zone:)`` for which row wins.
  public func bounds(
    on indicator: Indicator, for sector: String, district: String, zone: ZoneLevel?,
    inputs: ExpressionInputs? = nil
  ) -> ApplicableBounds {
    guard let slot = index.indicators.firstIndex(of: indicator) else { return ApplicableBounds() }
    var (minRow, maxRow) = (-1, -1)
    forEachApplicable(sector: sector, district: district, zone: zone, inputs: inputs) { entry in
      guard entry.slot == slot else { return true }
      if entry.setsMin, minRow < 0 { minRow = entry.row }
      if entry.setsMax, maxRow < 0 { maxRow = entry.row }
      return minRow < 0 || maxRow < 0
    }
    return ApplicableBounds(min: applied(.min, minRow), max: applied(.max, maxRow))
  }

  /// Calls `body` with each applicable entry, most specific first, until it
  /// returns false.
  private func forEachApplicable(
    sector: String, district: String, zone: ZoneLevel?, inputs: ExpressionInputs?,
    _ body: (ThresholdIndex.Entry) -> Bool
  ) {
    var length = Swift.min(sector.utf8.count, index.longestSector)
    let word = index.byPackedSector == nil ? 0 : ThresholdIndex.word(sector.utf8)
    while length > 0 {
      let entries =
        index.byPackedSector.map { $0[ThresholdIndex.packed(word, count: length)] }
        ?? index.bySector[String(Substring(sector.utf8.prefix(length)))]
      for entry in entries ?? []
      where entry.applies(district: district, zone: zone)
        && (!entry.conditional || holds(rows[entry.row].condition, inputs))
      {
        guard body(entry) else { return }
      }
      length -= 1
    }
  }

  /// True for no condition; else whether the condition is true for `inputs`.
  private func holds(_ condition: Condition?, _ inputs: ExpressionInputs?) -> Bool {
    guard let condition else { return true }
    guard let inputs else { return false }
    return condition.matches(inputs)
  }

  private enum Side { case min, max }

  private func applied(_ side: Side, _ row: Int) -> AppliedBound? {
    guard row >= 0 else { return nil }
    let value = side == .min ? rows[row].min : rows[row].max
    return value.map { AppliedBound(value: $0, row: rows[row]) }
  }
}
