import XMLStream

extension RuleSetParser {
  /// The row-level validity period, `from` and `until` on `<threshold>`:
  /// sets it on `row`; false (after reporting) when a date is invalid.
  mutating func parseRowPeriod(_ element: XMLElement, into row: inout ThresholdRow) -> Bool {
    var valid = true
    for attribute in ["from", "until"] {
      guard let written = element.attribute(attribute) else { continue }
      guard let date = Lexical.date(written) else {
        file.report(.invalidDate(attribute: attribute, value: written), at: element.location)
        valid = false
        continue
      }
      if attribute == "from" { row.effectiveFrom = date } else { row.effectiveUntil = date }
    }
    if let from = row.effectiveFrom, let until = row.effectiveUntil, until < from {
      file.report(.untilBeforeFrom(until: until, from: from), at: element.location)
      valid = false
    }
    return valid
  }

  /// Two rows of one file with the same key are one too many when their
  /// periods share a day: a parcel on that day would match both, and
  /// nothing says which decides.
  func clash(of row: ThresholdRow, with earlier: [ThresholdRow]) -> RuleSetProblem? {
    guard let found = earlier.first(where: { $0.period.overlaps(row.period) }) else { return nil }
    var first = found
    first.location.file = file.displayPath
    if first.effectiveFrom == nil, first.effectiveUntil == nil, row.effectiveFrom == nil,
      row.effectiveUntil == nil
    {
      return .duplicateRow(row.key, first: first.location)
    }
    guard let shared = first.period.intersection(row.period) else { return nil }
    return .overlappingRows(row.key, first: first.location, shared: shared.description)
  }
}
