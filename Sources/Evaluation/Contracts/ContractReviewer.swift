public import Land
public import Rules

/// Checks a parcel's contract as of a date.
///
/// Day counting: days late = the actual date − the (moved) due date, so
/// due 2020-06-20 and done 2020-08-04 is 45 days late, and done on the due
/// date is on time. A clause still open counts to the as-of date; on or
/// before its due date it is `pending` and owes nothing. Something dated
/// after the as-of date had not happened as of it.
public struct ContractReviewer: Sendable {
  public let asOf: CivilDate
  /// The performance year asked for; nil: the latest year up to the as-of year.
  public let year: Int?

  public init(asOf: CivilDate, year: Int? = nil) {
    self.asOf = asOf
    self.year = year
  }

  /// The review of one parcel. `bounds` are the rule set's for the parcel
  /// (the control values low-efficiency output is measured against);
  /// `known` are indicators already worked out for it, reused when they are
  /// for the year the review checks.
  public func review(
    _ parcel: Parcel, bounds: IndicatorBounds = IndicatorBounds(), known: IndicatorValues? = nil
  ) -> ContractReview {
    var review = ContractReview(asOf: asOf)
    let shift = DueShift(events: parcel.events, asOf: asOf)
    let price = parcel.supply?.price
    let construction = parcel.construction ?? Construction()
    // The figures every commitment and low-efficiency check reads, worked
    // out once: the year asked for, else the latest up to the as-of year.
    let checkedYear = year ?? parcel.performance.map(\.year).filter { $0 <= asOf.year }.max()
    let values =
      known.flatMap { $0.evaluatedYear == checkedYear ? $0 : nil }
      ?? parcel.indicators(year: checkedYear)
    if let contract = parcel.contract {
      if let handover = contract.handover, let due = handover.due {
        add(
          dateClause(
            .handover, agreedDue: due, actual: handover.actual, shift: nil, rate: nil,
            price: price), to: &review)
      }
      if let start = contract.start, let due = start.due {
        add(
          dateClause(
            .start, agreedDue: due, actual: construction.started, shift: shift,
            rate: start.penaltyPermillePerDay, price: price), to: &review)
      }
      if let completion = contract.completion, let due = completion.due {
        add(
          dateClause(
            .completion, agreedDue: due, actual: construction.completed, shift: shift,
            rate: completion.penaltyPermillePerDay, price: price), to: &review)
      }
      for commitment in contract.commitments {
        add(check(commitment, parcel: parcel, values: values, price: price), to: &review)
      }
    } else {
      review.notes.append("the record has no contract, so no clause is checked")
    }
    if let idle = idleLand(parcel, shift: shift) {
      review.idle = idle
      if let price {
        review.damages.append(DamagesItem(clause: "idleFee", formula: .idleFee(price: price)))
      } else {
        review.notes.append(
          "the idle-land fee (20% of the land price) cannot be computed: the record has no land price (supply/@price)"
        )
      }
    }
    review.lowEfficiency = lowEfficiency(parcel, values: values, shift: shift, bounds: bounds)
    return review
  }

  private func add(_ result: (ClauseFinding, DamagesItem?), to review: inout ContractReview) {
    review.clauses.append(result.0)
    if let item = result.1 { review.damages.append(item) }
  }

  /// The date something happened, if it had happened by the as-of date.
  func happened(_ date: CivilDate?) -> CivilDate? {
    guard let date, date <= asOf else { return nil }
    return date
  }

  /// Handover, start or completion: on time, late, or not yet due.
  /// Handover is the grantor's duty: it has no daily rate and never moves.
  func dateClause(
    _ clause: ContractClause, agreedDue: CivilDate, actual recorded: CivilDate?,
    shift: DueShift?, rate: Double?, price: Double?
  ) -> (ClauseFinding, DamagesItem?) {
    let moved = shift?.days ?? 0
    let due = agreedDue.adding(days: moved) ?? agreedDue
    let actual = happened(recorded)
    let verb = Self.verb(clause)
    var dueText = "due \(agreedDue)"
    if moved > 0, let shift {
      dueText += ", moved \(moved) days to \(due) by \(shift.cause)"
    }
    var finding = ClauseFinding(
      clause: clause, status: .pass, agreedDue: agreedDue, due: due, movedDays: moved,
      actual: actual, message: "")
    let late: Int
    if let actual {
      late = actual.days(from: due)
      guard late > 0 else {
        finding.daysLate = 0
        finding.message = "\(clause.name): \(verb) \(actual), on time (\(dueText))"
        return (finding, nil)
      }
      finding.message = "\(clause.name): \(verb) \(actual), \(late) days late (\(dueText))"
    } else {
      late = asOf.days(from: due)
      guard late > 0 else {
        finding.status = .pending
        finding.message = "\(clause.name): not yet due as of \(asOf) (\(dueText))"
        return (finding, nil)
      }
      finding.message =
        "\(clause.name): not \(verb) as of \(asOf), \(late) days late so far (\(dueText))"
    }
    finding.status = .fail
    finding.daysLate = late
    if clause == .handover {
      finding.message += "; the grantor delivered the land late"
      return (finding, nil)
    }
    guard let rate else {
      finding.message += "; the contract sets no damages per day"
      return (finding, nil)
    }
    guard let price else {
      finding.status = .nodata
      finding.noDataCause = .landPrice
      finding.message += "; \(Self.noPrice)"
      return (finding, nil)
    }
    let item = DamagesItem(
      clause: clause.name, formula: .perDay(days: late, permille: rate, price: price))
    finding.message += "; damages \(item.basis)"
    return (finding, item)
  }

  static let noPrice =
    "the damages cannot be computed: the record has no land price (supply/@price)"

  static func verb(_ clause: ContractClause) -> String {
    switch clause {
    case .handover: "handed over"
    case .start: "started"
    case .completion: "completed"
    case .commitment: "met"
    }
  }
}
