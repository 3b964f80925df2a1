public import Tables

/// One corrected figure of an enterprise, from the corrections file that
/// records the outcome of an objection (异议处理): which firm, what, the
/// new value, why, and the document that decided it.
public struct Correction: Sendable, Hashable {
  /// What a correction changes: a figure, or the firm's land in mu.
  public enum Field: Sendable, Hashable, CustomStringConvertible {
    case figure(PerformanceField)
    case areaMu

    public var description: String {
      switch self {
      case .figure(let field): field.rawValue
      case .areaMu: "areaMu"
      }
    }
  }

  public var code: String
  public var field: Field
  /// The corrected value in the field's default unit (万元, kWh, mu, …);
  /// nil: the figure is taken away (no data).
  public var value: Double?
  public var reason: String
  /// The document number that decided it (文号).
  public var document: String
  /// The row of the corrections file.
  public var source: CellPlace
  /// The cell of its credit code (what a code naming no firm is reported
  /// at); the row's place when not given.
  public var codeSource: CellPlace?

  public init(
    code: String, field: Field, value: Double?, reason: String, document: String,
    source: CellPlace
  ) {
    self.code = code
    self.field = field
    self.value = value
    self.reason = reason
    self.document = document
    self.source = source
  }
}

/// A correction as applied to an enterprise: the value before it too.
public struct AppliedCorrection: Sendable, Hashable {
  public var correction: Correction
  public var oldValue: Double?

  public init(correction: Correction, oldValue: Double?) {
    self.correction = correction
    self.oldValue = oldValue
  }
}
