import Land
import XMLStream

/// One rule file as written, before its base is resolved. Fields that
/// were missing or invalid are nil; `diagnostics` says why.
struct RuleSetFile: Sendable {
  /// The path used in diagnostics (as given, or the bundled file's name).
  var displayPath: String
  /// The last path component: used in row locations and the identity.
  var fileName: String
  var sha256: String
  var rootLocation: SourceLocation
  var id: String?
  var version: String?
  /// The `base` attribute, when it is a valid id.
  var baseID: String?
  var metadata: RuleSetMetadata?
  var classificationLocation: SourceLocation?
  var rows: [ThresholdRow] = []
  /// The `<scoring>` section, when the file has a valid one.
  var scoring: Scoring?
  /// Custom indicators and the rows on them (`<indicators>`).
  var expressions = RuleSetExpressions()
  /// The file's bytes, to find attribute values for expression errors.
  var sourceBytes: [UInt8] = []
  var diagnostics: [Diagnostic] = []

  init(displayPath: String, fileName: String, sha256: String) {
    self.displayPath = displayPath
    self.fileName = fileName
    self.sha256 = sha256
    self.rootLocation = SourceLocation(file: displayPath, line: 1, column: 1)
  }

  mutating func report(_ problem: RuleSetProblem, at location: SourceLocation) {
    diagnostics.append(problem.diagnostic(at: location))
  }
}
