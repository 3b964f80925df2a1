import Land
import Tables

extension DepartmentMerge {
  /// One enterprise and year while files are added.
  struct Entry: Sendable {
    var creditCode: CreditCode?
    var name: Sourced<String>?
    var figures = [Slot<Double>?](repeating: nil, count: PerformanceField.allCases.count)
    var scale: Slot<HolderScale>?
    var problems: [DataProblem] = []

    init(creditCode: CreditCode?) {
      self.creditCode = creditCode
    }

    /// Folds in `row`; returns the problems that arise (a duplicate row,
    /// a disagreement with an earlier file), in column order.
    mutating func add(
      _ row: DepartmentRow, key: FirmYear, repeatedAt places: [CellPlace]?
    ) -> [DataProblem] {
      if let places {
        block(row.figures.map { DepartmentField($0.field) } + row.failedFields)
        if row.scale != nil { block([.scale]) }
        return [Self.duplicate(row, key: key, others: places.filter { $0 != row.place })]
      }
      block(row.failedFields)
      var found: [DataProblem] = []
      for figure in row.figures {
        let sourced = Sourced(figure.value, source: figure.source)
        if let earlier = Slot.fold(sourced, into: &figures[figure.field.ordinal], agree: Self.agree)
        {
          found.append(
            Self.conflict(
              figure.field.rawValue, key: key, at: figure.source,
              here: Self.show(figure.value, figure.field), earlier: earlier.source,
              there: Self.show(earlier.value, figure.field)))
        }
      }
      if let sourced = row.scale, let earlier = Slot.fold(sourced, into: &scale, agree: ==) {
        found.append(
          Self.conflict(
            "scale", key: key, at: sourced.source, here: Self.show(sourced.value),
            earlier: earlier.source, there: Self.show(earlier.value)))
      }
      if name == nil { name = row.name }
      guard found.count > 1 else { return found }
      return found.enumerated()
        .sorted {
          ($0.element.place.column ?? 0, $0.offset) < ($1.element.place.column ?? 0, $1.offset)
        }
        .map(\.element)
    }

    /// Makes `fields` errors, keeping any value met for later comparisons.
    mutating func block(_ fields: [DepartmentField]) {
      for field in fields {
        if let figure = field.figure {
          figures[figure.ordinal] = Slot(
            reference: figures[figure.ordinal]?.reference, isError: true)
        } else if field == .scale {
          scale = Slot(reference: scale?.reference, isError: true)
        }
      }
    }

    /// The merged figures.
    func figures(_ key: FirmYear) -> FirmFigures {
      var merged = FieldValues<MergedValue<Double>>()
      for field in PerformanceField.allCases {
        if let slot = figures[field.ordinal] { merged[field] = slot.merged }
      }
      return FirmFigures(
        key: key, creditCode: creditCode, name: name, scale: scale?.merged, figures: merged,
        problems: problems)
    }

    /// Two figures agree when they are equal within one part in a billion
    /// of the larger: the same figure written in 元 in one file and 万元 in
    /// another, or rounded by a spreadsheet, still agrees.
    static func agree(_ a: Double, _ b: Double) -> Bool {
      abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    static func duplicate(_ row: DepartmentRow, key: FirmYear, others: [CellPlace]) -> DataProblem {
      // At most three other rows named: `a`, `a and b`, `a, b and c`, `a, b, c and 4 more`.
      let shown = others.prefix(3).map(\.description)
      let more = others.count - shown.count
      let also =
        more > 0
        ? shown.joined(separator: ", ") + " and \(more) more"
        : shown.dropLast().joined(separator: ", ") + (shown.count > 1 ? " and " : "")
          + (shown.last ?? "")
      return DataProblem(
        .duplicateRow, at: row.place,
        "\(key.code) has more than one row for \(key.year) in this file (also \(also));"
          + " the figures of these rows are not used: keep one row per enterprise and year")
    }

    static func conflict(
      _ field: String, key: FirmYear, at place: CellPlace, here: String, earlier: CellPlace,
      there: String
    ) -> DataProblem {
      DataProblem(
        .conflictingFiles, at: place,
        "\(field) for \(key.code) in \(key.year) is \(here) here but \(there) at \(earlier);"
          + " neither is used: find which file is right and correct the other")
    }

    static func show(_ value: Double, _ field: PerformanceField) -> String {
      "\(FigureText.number(value)) \(field.defaultUnit)"
    }

    static func show(_ scale: HolderScale) -> String {
      switch scale {
      case .above: "规上"
      case .below: "规下"
      }
    }
  }

  /// A field while files are added: the first value met (kept after an
  /// error, so later files are still compared with it) and whether the
  /// field is an error.
  struct Slot<Value: Sendable & Hashable>: Sendable {
    var reference: Sourced<Value>?
    var isError: Bool

    var merged: MergedValue<Value> {
      guard !isError, let reference else { return .error }
      return .value(reference)
    }

    /// Folds a value into a slot (nil: nothing met yet); returns the
    /// earlier value when the two disagree, and the slot is then an error.
    static func fold(
      _ sourced: Sourced<Value>, into slot: inout Slot?, agree: (Value, Value) -> Bool
    ) -> Sourced<Value>? {
      guard let reference = slot?.reference else {
        slot = Slot(reference: sourced, isError: slot?.isError ?? false)
        return nil
      }
      guard !agree(reference.value, sourced.value) else { return nil }
      slot?.isError = true
      return reference
    }
  }
}
