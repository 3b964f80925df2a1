public import XMLStream

/// What a reader that went on after a broken record
/// (``XMLEvent/broken(_:partial:resumedAt:)``) tells the user: the XML error,
/// and what was skipped.
public struct BrokenRecord: Sendable {
  /// The error, as the parser reported it.
  public var diagnostic: Diagnostic
  /// The parcel that was open, when it was one.
  public var parcel: XMLElement?
  public var resumedAt: SourceLocation?

  public init(_ diagnostic: Diagnostic, partial: XMLElement?, resumedAt: SourceLocation?) {
    self.diagnostic = diagnostic
    self.parcel = partial.flatMap {
      $0.name == ParcelDecoder.recordName && $0.namespace == ParcelDecoder.namespace ? $0 : nil
    }
    self.resumedAt = resumedAt
  }

  /// The parcel's id, trimmed, when it has a usable one.
  public var id: String? {
    guard let id = parcel?.attribute("id")?.trimmingXMLWhitespace(), !id.isEmpty else {
      return nil
    }
    return id
  }

  /// The error and a note of what was skipped: at the parcel, when one was
  /// open (it is rejected), else where the error is.
  public var diagnostics: [Diagnostic] {
    let next = resumedAt.map {
      "reading goes on at the next <parcel>, line \($0.line), column \($0.column)"
    }
    guard let parcel else {
      let skipped =
        next.map {
          "skipped from here: \($0); a parcel whose start tag is in the skipped part gets no verdict"
        } ?? "skipped from here to the end of the file: no <parcel> follows"
      return [diagnostic, Diagnostic(at: diagnostic.location, skipped)]
    }
    let note =
      next.map { "parcel is rejected and the rest of it skipped; \($0)" }
      ?? "parcel is rejected and the rest of it skipped; no <parcel> follows it, so the rest of the file is skipped"
    return [diagnostic, Diagnostic(at: parcel.location, note)]
  }
}
