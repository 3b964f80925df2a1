import Land
public import Rules
public import XMLStream

extension DraftCheck {
  /// What a draft check found for one record.
  public struct Result: Sendable {
    public var parcel: String?
    public var location: SourceLocation
    /// Looser or missing bounds (empty: the draft holds).
    public var problems: [String]
    /// Why the record could not be read (a rejected record).
    public var errors: [Diagnostic]
  }

  /// Checks every record `reader` yields, in input order; returns the error
  /// that ended the file early, if any.
  public static func run(
    _ reader: XMLRecordReader, against ruleSet: RuleSet, emit: (Result) -> Void
  ) -> Diagnostic? {
    reader.recordName = ParcelDecoder.recordName
    var rootChecked = false
    while let event = reader.next() {
      if !rootChecked, let root = reader.root {
        rootChecked = true
        if let problem = BatchEvaluator.checkRoot(root) { return problem }
      }
      switch event {
      case .failure(let diagnostic, _):
        return diagnostic
      case .broken(let diagnostic, let partial, let resumedAt):
        let broken = BrokenRecord(diagnostic, partial: partial, resumedAt: resumedAt)
        emit(
          Result(
            parcel: broken.id, location: broken.parcel?.location ?? diagnostic.location,
            problems: [], errors: broken.diagnostics))
      case .record(let element):
        guard element.isElement("parcel", in: ParcelDecoder.namespace) else {
          emit(
            Result(
              parcel: nil, location: element.location, problems: [],
              errors: [
                Diagnostic(
                  at: element.location,
                  "unexpected element <\(element.name)> in <landRecords>; expected <parcel> in namespace \(ParcelDecoder.namespace)"
                )
              ]))
          continue
        }
        switch ParcelDecoder.decode(element) {
        case .rejected(let id, let location, let errors):
          emit(Result(parcel: id, location: location, problems: [], errors: errors))
        case .parcel(let parcel):
          emit(
            Result(
              parcel: parcel.id, location: parcel.location,
              problems: problems(in: parcel, against: ruleSet), errors: []))
        }
      }
    }
    return nil
  }
}
