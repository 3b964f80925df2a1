import XMLStream

/// The versions of one rule set given together (`--rules a.xml --rules
/// b.xml`, or a folder): the run uses the one in force on its evaluation
/// date, with the rows in force that day.
public struct RuleSetCatalog: Sendable {
  /// A loaded version and the path it was given as.
  public struct Version: Sendable {
    public var path: String
    public var ruleSet: RuleSet

    public init(path: String, ruleSet: RuleSet) {
      self.path = path
      self.ruleSet = ruleSet
    }
  }

  /// In the order given.
  public let versions: [Version]

  public init(versions: [Version]) {
    self.versions = versions
  }

  /// Loads every file; fails with every file's problems, or when the files
  /// hold more than one rule-set id.
  public static func load(paths: [String], loader: RuleSetLoader = RuleSetLoader()) -> Result<
    RuleSetCatalog, RuleSetErrors
  > {
    var versions: [Version] = []
    var problems: [Diagnostic] = []
    for path in paths {
      switch loader.load(path: path) {
      case .success(let ruleSet): versions.append(Version(path: path, ruleSet: ruleSet))
      case .failure(let errors): problems += errors.diagnostics
      }
    }
    if !problems.isEmpty { return .failure(RuleSetErrors(diagnostics: problems)) }
    let ids = versions.map(\.ruleSet.id).reduce(into: [String]()) { ids, id in
      if !ids.contains(id) { ids.append(id) }
    }
    if ids.count > 1, let second = versions.first(where: { $0.ruleSet.id == ids[1] }) {
      let problem = RuleSetCheck.severalRuleSets(ids)
      return .failure(RuleSetErrors(diagnostics: [problem.diagnostic(at: second.path)]))
    }
    return .success(RuleSetCatalog(versions: versions))
  }

  /// The version in force on `date` (`YYYY-MM-DD`) with that day's rows.
  /// One version is used whatever the date (the user named that file).
  /// Without a date: the version that starts last, with its newest rows.
  public func choose(on date: String?) -> Result<RuleSet, RuleSetErrors> {
    guard let first = versions.first else {
      let location = SourceLocation(file: "mujun", line: 1, column: 1)
      return .failure(
        RuleSetErrors(diagnostics: [Diagnostic(.error, at: location, "no rule set given")]))
    }
    guard let date else {
      let newest = versions.max { a, b in
        (a.ruleSet.metadata.effectiveFrom ?? "") < (b.ruleSet.metadata.effectiveFrom ?? "")
      }
      return .success((newest ?? first).ruleSet)
    }
    if versions.count == 1 { return .success(first.ruleSet.inForce(on: date)) }
    let inForce = versions.filter { $0.ruleSet.metadata.period.contains(date) }
    guard inForce.count == 1, let chosen = inForce.first else {
      let periods = versions.map {
        "\($0.ruleSet.version) (\($0.path)) \($0.ruleSet.metadata.period)"
      }
      let problem =
        inForce.isEmpty
        ? RuleSetCheck.noVersionInForce(first.ruleSet.id, date: date, versions: periods)
        : RuleSetCheck.severalVersionsInForce(
          first.ruleSet.id, date: date, versions: inForce.map(\.path))
      return .failure(RuleSetErrors(diagnostics: [problem.diagnostic(at: first.path)]))
    }
    return .success(chosen.ruleSet.inForce(on: date))
  }
}
