public import Expressions
public import XMLStream

/// An `<indicator name="taxPerEnergy" expr="tax / energy" unit="…" label="…"/>`
/// of a rule set's `<indicators>`: a number computed per parcel from the
/// parcel's names and the custom indicators declared before it.
public struct CustomIndicator: Sendable {
  public let name: String
  public let expression: CompiledExpression
  /// The unit as written (free text, reported as is); nil when not given.
  public let unit: String?
  public let label: String?
  /// Where the `<indicator>` start tag is; `file` is the rule file's name.
  public let location: SourceLocation

  public init(
    name: String, expression: CompiledExpression, unit: String?, label: String?,
    location: SourceLocation
  ) {
    self.name = name
    self.expression = expression
    self.unit = unit
    self.label = label
    self.location = location
  }
}
