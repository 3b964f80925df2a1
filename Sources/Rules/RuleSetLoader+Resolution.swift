import XMLStream

extension RuleSetLoader {
  /// Where a rule file comes from.
  enum Origin {
    case file(path: String)
    case bundled(id: String, text: String)
  }

  /// A file loaded with its bases: the rule set when all is well, and the
  /// problems of the file, then those of its bases.
  struct Loaded {
    var ruleSet: RuleSet?
    var file: RuleSetFile?
    var diagnostics: [Diagnostic]
  }

  /// Loads one file, then its base chain. `requestedID` is the id a child
  /// asked for (nil for the file the user named); `ancestors` the ids of
  /// the children above it, for cycle detection.
  func resolve(_ origin: Origin, requestedID: String?, ancestors: [String]) -> Loaded {
    let file: RuleSetFile
    switch origin {
    case .file(let path):
      let location = SourceLocation(file: path, line: 1, column: 1)
      switch FileBytes.read(path: path, limit: maxFileBytes) {
      case .success(let bytes):
        file = RuleSetParser.parse(
          bytes: bytes, displayPath: path, fileName: Self.lastComponent(of: path))
      case .failure(.missing):
        return Loaded(diagnostics: [
          RuleSetProblem.cannotRead("No such file or directory").diagnostic(at: location)
        ])
      case .failure(.unreadable(let reason)):
        return Loaded(diagnostics: [RuleSetProblem.cannotRead(reason).diagnostic(at: location)])
      case .failure(.tooLarge(let limit)):
        return Loaded(diagnostics: [RuleSetProblem.tooLarge(limit: limit).diagnostic(at: location)])
      }
    case .bundled(let id, let text):
      file = RuleSetParser.parse(
        bytes: Array(text.utf8), displayPath: "\(id).xml", fileName: "\(id).xml")
    }
    var own = file
    let chain = ancestors + [requestedID ?? file.id ?? file.fileName]
    var base: Loaded?
    if let baseID = file.baseID {
      if chain.contains(baseID) {
        own.report(.baseCycle(chain + [baseID]), at: file.rootLocation)
      } else if let found = locate(base: baseID, from: origin) {
        let loaded = resolve(found.origin, requestedID: baseID, ancestors: chain)
        if let baseFile = loaded.file, let id = baseFile.id, id != baseID {
          own.report(
            .baseIDMismatch(base: baseID, path: found.path, found: id), at: file.rootLocation)
        }
        checkClassification(of: &own, against: loaded.file, baseID: baseID)
        base = loaded
      } else {
        own.report(
          .unknownBase(
            baseID, lookedFor: Self.candidatePath(for: baseID, from: origin),
            bundled: Self.bundledRuleSetIDs),
          at: file.rootLocation)
      }
    }
    let diagnostics = Self.sorted(own.diagnostics) + (base?.diagnostics ?? [])
    guard diagnostics.isEmpty, let id = own.id, let version = own.version,
      let metadata = own.metadata
    else {
      return Loaded(file: own, diagnostics: diagnostics)
    }
    if own.baseID != nil && base?.ruleSet == nil {
      return Loaded(file: own, diagnostics: diagnostics)
    }
    let identity = RuleSetIdentity(
      id: id, version: version, sha256: own.sha256, fileName: own.fileName,
      base: base?.ruleSet?.identity)
    let ownKeys = Set(own.rows.map(\.key))
    let inherited = base?.ruleSet?.allRows.filter { !ownKeys.contains($0.key) } ?? []
    let expressions =
      own.expressions.isEmpty
      ? (base?.ruleSet?.expressions ?? RuleSetExpressions()) : own.expressions
    let (scoring, problems) = Self.resolveCustomItems(
      own.scoring ?? base?.ruleSet?.scoring, expressions: expressions)
    guard problems.isEmpty else {
      // An item of this file is reported at its path, like the parser's problems.
      let located = problems.map { problem in
        var problem = problem
        if problem.location.file == own.fileName { problem.location.file = own.displayPath }
        return problem
      }
      return Loaded(file: own, diagnostics: located)
    }
    let ruleSet = RuleSet(
      identity: identity, metadata: metadata, allRows: own.rows + inherited,
      base: base?.ruleSet, date: nil, scoring: scoring, expressions: expressions)
    return Loaded(ruleSet: ruleSet, file: own, diagnostics: [])
  }

  /// The base's file next to `origin`, else the bundled one.
  private func locate(base id: String, from origin: Origin) -> (origin: Origin, path: String)? {
    if let path = Self.candidatePath(for: id, from: origin) {
      if case .failure(.missing) = FileBytes.probe(path: path) {
        // not there: try the bundled ones
      } else {
        return (.file(path: path), path)
      }
    }
    guard let text = Self.bundledText(id: id) else { return nil }
    return (.bundled(id: id, text: text), "\(id).xml")
  }

  /// A base's classification must be the child's: sector codes of
  /// different editions do not compare.
  private func checkClassification(
    of file: inout RuleSetFile, against base: RuleSetFile?, baseID: String
  ) {
    guard let mine = file.metadata?.classification, let theirs = base?.metadata?.classification,
      mine != theirs, let location = file.classificationLocation
    else { return }
    file.report(
      .classificationDiffersFromBase(mine, base: baseID, baseClassification: theirs), at: location)
  }

  /// `ID.xml` in the directory of a file; nil for a bundled rule set.
  static func candidatePath(for id: String, from origin: Origin) -> String? {
    guard case .file(let path) = origin else { return nil }
    guard let slash = path.lastIndex(of: "/") else { return "\(id).xml" }
    return "\(path[...slash])\(id).xml"
  }

  static func lastComponent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// A file's diagnostics in line and column order (stable).
  static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      return (x.line, x.column, a.offset) < (y.line, y.column, b.offset)
    }.map(\.element)
  }
}
