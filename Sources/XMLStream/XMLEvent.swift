/// What the record reader hands out, one at a time, in document order.
public enum XMLEvent: Sendable {
  /// A complete child of the document's root element, with its subtree.
  case record(XMLElement)
  /// The document stopped being readable (not well-formed, a limit hit,
  /// a read error). `partial` is the record that was open at that point,
  /// with its start tag's attributes, when there was one. Nothing follows.
  case failure(Diagnostic, partial: XMLElement?)
}
