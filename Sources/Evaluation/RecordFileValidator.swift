import Land
public import XMLStream

/// `mujun validate`: checks a land-record file against the format's XSD
/// and against the rules a schema cannot say (unique ids, positive area,
/// known units and vocabularies, dates that parse), without evaluating.
///
/// Both passes stream. The decoder's messages (which say what was expected)
/// come first; the schema's are added for lines the decoder did not flag,
/// and only before the first record that is not well-formed XML: libxml2's
/// schema pass reads on after bytes that are not UTF-8 as if they were
/// Latin-1, and what it says of the records after that is noise. The
/// decoder pass goes on at the next record and checks the rest.
public struct RecordFileValidator {
  public let schema: XMLSchema

  public init(schema: XMLSchema) {
    self.schema = schema
  }

  /// The built-in XSD of land-record format v1.
  public static func bundled() throws(Diagnostic) -> RecordFileValidator {
    RecordFileValidator(
      schema: try XMLSchema(xsd: LandRecordsSchema.xsd, name: LandRecordsSchema.fileName))
  }

  public struct Report: Sendable {
    public var file: String
    public var parcels: Int
    public var diagnostics: [Diagnostic]
  }

  public func validate(path: String) -> Report {
    let reader: XMLRecordReader
    do {
      reader = try XMLRecordReader(path: path)
    } catch {
      return Report(file: path, parcels: 0, diagnostics: [error])
    }
    reader.recordName = ParcelDecoder.recordName
    let schemaProblems = schema.validate(path: path)

    var own: [Diagnostic] = []
    var seen = ParcelIDTable(file: reader.fileName)
    var parcels = 0
    var rootChecked = false
    var firstBreak: SourceLocation?
    while let event = reader.next() {
      if !rootChecked, let root = reader.root {
        rootChecked = true
        if let problem = BatchEvaluator.checkRoot(root) {
          own.append(problem)
          break
        }
      }
      switch event {
      case .record(let element):
        parcels += 1
        own += Self.problems(in: element, seen: &seen)
      case .broken(let diagnostic, let partial, let resumedAt):
        let broken = BrokenRecord(diagnostic, partial: partial, resumedAt: resumedAt)
        own += broken.diagnostics
        if let parcel = broken.parcel {
          parcels += 1
          // As in a batch run, a broken parcel keeps its id.
          if let id = broken.id { _ = seen.claim(id, at: parcel.location) }
        }
        firstBreak = firstBreak ?? broken.diagnostics.map(\.location).min { $0.line < $1.line }
      case .failure(let diagnostic, _):
        own.append(diagnostic)
      }
    }
    let flaggedLines = Set(own.map(\.location.line))
    var all = own
    // A line the decoder pass already reported is not reported again. (The
    // XSD has no uniqueness constraints: the decoder pass checks ids and
    // years; see docs/records.md.)
    all += schemaProblems.filter {
      !flaggedLines.contains($0.location.line) && $0.location.line < firstBreak?.line ?? Int.max
    }
    all.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    var unique: [Diagnostic] = []
    for diagnostic in all where !unique.contains(diagnostic) { unique.append(diagnostic) }
    return Report(file: path, parcels: parcels, diagnostics: unique)
  }

  static func problems(in element: XMLRecord, seen: inout ParcelIDTable) -> [Diagnostic] {
    guard element.isElement("parcel", in: ParcelDecoder.namespace) else {
      return [
        Diagnostic(
          at: element.location,
          "unexpected element <\(element.name)> in <landRecords>; expected <parcel> in namespace \(ParcelDecoder.namespace)"
        )
      ]
    }
    var problems: [Diagnostic] = []
    let id: String?
    let location: SourceLocation
    switch ParcelDecoder.decode(element) {
    case .parcel(let parcel):
      id = parcel.id
      location = parcel.location
    case .rejected(let rejectedID, let rejectedAt, let errors):
      id = rejectedID
      location = rejectedAt
      problems += errors
    }
    if let id, let first = seen.claim(id, at: location) {
      problems.append(
        Diagnostic(
          at: location,
          "duplicate parcel id \"\(id)\"; it was first used at \(first); each parcel needs a unique id"
        ))
    }
    return problems
  }
}
