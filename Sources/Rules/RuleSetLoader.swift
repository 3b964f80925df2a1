public import XMLStream

/// Loads rule sets from files or from those bundled in the binary,
/// resolving `base` chains, and reports every problem it finds.
///
/// A `base="ID"` is looked up first as `ID.xml` in the directory of the
/// file that names it, then among the bundled rule sets. The base's rows
/// are inherited; a row with the same ``ThresholdKey`` replaces the base's
/// row whole (both sides).
public struct RuleSetLoader: Sendable {
  /// The rule set used when none is named.
  public static let defaultRuleSetID = "cn-national-2008"

  /// Files larger than this are refused (a rule file is a few kilobytes).
  public var maxFileBytes = 16 << 20

  public init() {}

  /// The rule set in the file at `path`, with its bases; or every problem
  /// found in it and its bases. Diagnostics name the file by `path` as
  /// given (a base: by the path it was found at); rows and the identity
  /// use the last path component.
  public func load(path: String) -> Result<RuleSet, RuleSetErrors> {
    result(of: resolve(.file(path: path), requestedID: nil, ancestors: []))
  }

  /// A rule set bundled in the binary, such as ``defaultRuleSetID``.
  public func loadBundled(id: String) -> Result<RuleSet, RuleSetErrors> {
    guard let text = Self.bundledText(id: id) else {
      let problem = RuleSetProblem.unknownBundled(id, bundled: Self.bundledRuleSetIDs)
      let location = SourceLocation(file: "\(id).xml", line: 1, column: 1)
      return .failure(RuleSetErrors(diagnostics: [problem.diagnostic(at: location)]))
    }
    return result(of: resolve(.bundled(id: id, text: text), requestedID: id, ancestors: []))
  }

  /// Every problem in the rule file at `path` and its bases; empty when it
  /// loads (`mujun rules validate`). The file is also checked against
  /// `Schemas/rule-set-1.xsd`; the loader's own messages (which suggest a
  /// fix) come first, and the schema's are added for lines the loader did
  /// not flag.
  public func validate(path: String) -> [Diagnostic] {
    let own: [Diagnostic] =
      switch load(path: path) {
      case .success: []
      case .failure(let errors): errors.diagnostics
      }
    let schemaProblems: [Diagnostic]
    do {
      let schema = try XMLSchema(xsd: Self.ruleSetSchema, name: "rule-set-1.xsd")
      schemaProblems = schema.validate(path: path)
    } catch {
      schemaProblems = [error]
    }
    let flagged = Set(own.map { "\($0.location.file):\($0.location.line)" })
    var all = own
    all += schemaProblems.filter { !flagged.contains("\($0.location.file):\($0.location.line)") }
    all.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    var unique: [Diagnostic] = []
    for diagnostic in all where !unique.contains(diagnostic) { unique.append(diagnostic) }
    return unique
  }

  private func result(of loaded: Loaded) -> Result<RuleSet, RuleSetErrors> {
    if let ruleSet = loaded.ruleSet, loaded.diagnostics.isEmpty { return .success(ruleSet) }
    return .failure(RuleSetErrors(diagnostics: loaded.diagnostics))
  }
}
