/// The text encoding of a CSV file.
///
/// `automatic` (the default) reads a byte-order mark when there is one
/// (UTF-8, UTF-16 little- or big-endian), else takes UTF-8 when the bytes
/// are UTF-8, else GB18030 (``EncodingDetection``). GB18030 is a superset
/// of GBK and GB2312: what Excel in China writes as "CSV (逗号分隔)". A
/// byte-order mark wins over a named encoding: it cannot be anything else.
public enum TableEncoding: Sendable, Hashable, CustomStringConvertible {
  case automatic
  case utf8
  case gb18030
  case utf16LittleEndian
  case utf16BigEndian

  /// The encoding a user names (`--data-encoding`): `utf-8`, `gbk`,
  /// `gb18030`, `gb2312` (read as GB18030, their superset), `utf-16le`,
  /// `utf-16be`, `auto`; any case. Nil for any other name.
  public init?(name: String) {
    switch name.lowercased() {
    case "auto", "automatic": self = .automatic
    case "utf-8", "utf8": self = .utf8
    case "gbk", "gb18030", "gb2312", "cp936": self = .gb18030
    case "utf-16le", "utf16le": self = .utf16LittleEndian
    case "utf-16be", "utf16be": self = .utf16BigEndian
    default: return nil
    }
  }

  /// The name as messages give it: `UTF-8`, `GB18030`.
  public var description: String {
    switch self {
    case .automatic: "automatic"
    case .utf8: "UTF-8"
    case .gb18030: "GB18030"
    case .utf16LittleEndian: "UTF-16LE"
    case .utf16BigEndian: "UTF-16BE"
    }
  }

  /// The name iconv knows the encoding by; nil for UTF-8 and automatic.
  var iconvName: String? {
    switch self {
    case .automatic, .utf8: nil
    case .gb18030: "GB18030"
    case .utf16LittleEndian: "UTF-16LE"
    case .utf16BigEndian: "UTF-16BE"
    }
  }
}
