public import Land

/// One contract clause checked as of a date: what was agreed, what
/// happened, and a sentence a person can read.
public struct ClauseFinding: Sendable, Hashable {
  public var clause: ContractClause
  public var status: ClauseStatus
  /// Date clauses: the due date as agreed, and as moved by delays.
  public var agreedDue: CivilDate?
  public var due: CivilDate?
  /// Days the due date moved (government delay, force majeure).
  public var movedDays: Int
  /// Date clauses: when it happened (nil: not yet, as of the date).
  public var actual: CivilDate?
  /// Date clauses: days late, to the actual date or, while open, the as-of date.
  public var daysLate: Int?
  /// Commitments: the parcel's value and the agreed bounds, in the
  /// indicator's unit, and the performance year for yearly figures.
  public var value: Double?
  public var min: Double?
  public var max: Double?
  public var year: Int?
  /// Commitments: the first performance year a yearly bound applies to.
  public var fromYear: Int?
  /// Why a `nodata` clause has no data.
  public var noDataCause: NoDataCause?
  public var message: String

  public init(
    clause: ContractClause, status: ClauseStatus, agreedDue: CivilDate? = nil,
    due: CivilDate? = nil, movedDays: Int = 0, actual: CivilDate? = nil, daysLate: Int? = nil,
    value: Double? = nil, min: Double? = nil, max: Double? = nil, year: Int? = nil,
    message: String
  ) {
    self.clause = clause
    self.status = status
    self.agreedDue = agreedDue
    self.due = due
    self.movedDays = movedDays
    self.actual = actual
    self.daysLate = daysLate
    self.value = value
    self.min = min
    self.max = max
    self.year = year
    self.message = message
  }
}

/// What a clause with no data lacks.
public enum NoDataCause: String, Sendable, Hashable {
  /// The clause is broken but the record has no land price to price it.
  case landPrice
  /// The figures needed to decide the clause.
  case figures
}
