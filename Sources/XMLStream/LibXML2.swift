internal import CLibXML2

/// libxml2's one-time, process-wide set-up, done before any parser is made.
///
/// - `xmlInitParser()` must run once before libxml2 is used from several
///   threads.
/// - The external entity loader is replaced by one that refuses everything:
///   no DTD, entity or schema is ever fetched from a file or the network
///   behind the user's back (XXE). The parsers here read their input through
///   their own buffers, not through this loader.
enum LibXML2 {
  static let ready: Bool = {
    xmlInitParser()
    xmlSetExternalEntityLoader { _, _, _ in nil }
    return true
  }()

  /// Parser options for every document: never expand entities
  /// (no `XML_PARSE_NOENT`), never load a DTD (no `XML_PARSE_DTDLOAD`),
  /// never touch the network, keep line numbers past 65535, and keep
  /// libxml2's default size and depth limits (no `XML_PARSE_HUGE`).
  static let secureOptions: Int32 = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOWARNING.rawValue)
}

extension String {
  /// A Swift string from a NUL-terminated libxml2 string (nil stays nil).
  init?(xml pointer: UnsafePointer<xmlChar>?) {
    guard let pointer else { return nil }
    self = String(cString: pointer)
  }
}
