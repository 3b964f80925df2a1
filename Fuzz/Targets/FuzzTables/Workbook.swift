/// A sound one-sheet workbook with one of its parts replaced by the input,
/// written as a zip archive of stored (uncompressed) parts, so that the
/// input reaches the XML readers as it is.
enum Workbook {
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let document = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"

  static let parts: [(String, String)] = [
    (
      "_rels/.rels",
      "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"rId1\" Type=\"\(document)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
    ),
    (
      "xl/workbook.xml",
      "<workbook xmlns=\"\(main)\" xmlns:r=\"\(document)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"T\" sheetId=\"2\" r:id=\"rId9\"/></sheets></workbook>"
    ),
    (
      "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"rId1\" Type=\"\(document)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(document)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
    ),
    (
      "xl/sharedStrings.xml",
      "<sst xmlns=\"\(main)\"><si><t>code</t></si><si><r><t>ta</t></r><r><t>x</t></r></si><si><t>a_x000D_b</t></si></sst>"
    ),
    (
      "xl/worksheets/sheet1.xml",
      "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"B2\"><v>1.5</v></c><c r=\"C2\" t=\"s\"><v>2</v></c></row></sheetData></worksheet>"
    ),
  ]

  static func with(_ replaced: String, holding input: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var directory: [UInt8] = []
    for (name, text) in parts {
      let content = name == replaced ? input : Array(text.utf8)
      let nameBytes = Array(name.utf8)
      let offset = out.count
      let crc = crc32(content)
      out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc)
      out += le32(UInt32(content.count)) + le32(UInt32(content.count))
      out += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + content
      directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
      directory += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
      directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
      directory += le32(UInt32(offset)) + nameBytes
    }
    let start = out.count
    out += directory
    out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(parts.count))
    out += le16(UInt16(parts.count)) + le32(UInt32(directory.count)) + le32(UInt32(start)) + le16(0)
    return out
  }

  static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

  static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> ($0 * 8)) & 0xFF) } }

  /// CRC-32 (ISO 3309, as zip uses it), bit by bit: inputs are small.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
