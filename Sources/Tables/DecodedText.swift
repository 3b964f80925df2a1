/// A file's text as UTF-8 bytes, ready to be cut into cells, with the
/// places where the original bytes were not text in their encoding.
///
/// Every such place holds U+FFFD (`EF BF BD`) instead, so the text is
/// always valid UTF-8, and the reader flags the cell it falls in
/// (``CSVReader``): a bad byte is reported, never dropped in silence.
struct DecodedText: Sendable {
  /// One place where the original bytes were not text.
  struct Repair: Sendable, Hashable {
    /// Where the U+FFFD stands in ``DecodedText/bytes``.
    var offset: Int
    /// The original bytes it stands for (one byte or a cut-off sequence).
    var original: [UInt8]
  }

  /// UTF-8, without a byte-order mark.
  var bytes: [UInt8]
  /// Where the text starts in ``bytes`` (after a UTF-8 byte-order mark
  /// kept in place, so a valid UTF-8 file is never copied).
  var start: Int
  /// In the order of their offsets.
  var repairs: [Repair]
  /// The encoding the file was read in.
  var encoding: TableEncoding

  static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
}
