public import XMLStream

/// Why a rule set could not be loaded: every problem found, in the order
/// of the files and lines they concern (the rule file first, then its bases).
public struct RuleSetErrors: Error, Sendable, Hashable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// One diagnostic per line, `file:line:column: error: message`.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
