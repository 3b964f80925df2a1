/// What the record reader hands out, one at a time, in document order.
public enum XMLEvent: Sendable {
  /// A complete child of the document's root element, with its subtree
  /// (or an element deeper down: ``XMLRecordReader/recordDepth``).
  case record(XMLRecord)
  /// A record that is not well-formed XML, or breaks one of the reader's
  /// limits, and that reading went on after: `partial` is the record that
  /// was open at that point, with its start tag's attributes (nil when the
  /// error came before one opened, in a start tag or between records). The
  /// reader skipped from the error to the next start tag of a record
  /// (``XMLRecordReader/recordName``), which begins at `resumedAt`; nil when
  /// none follows and the rest of the file was skipped. Only a reader that
  /// knows its record name goes on after an error.
  case broken(Diagnostic, partial: XMLElement?, resumedAt: SourceLocation?)
  /// The document stopped being readable (not well-formed, a limit hit,
  /// a read error). `partial` is the record that was open at that point,
  /// with its start tag's attributes, when there was one. Nothing follows.
  case failure(Diagnostic, partial: XMLElement?)
}
