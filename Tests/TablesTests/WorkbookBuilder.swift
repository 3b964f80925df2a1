import Foundation
import ZIPFoundation

/// Writes small xlsx workbooks for the tests with ZIPFoundation's Archive:
/// the parts Excel writes that the reader uses (package and workbook
/// relationships, workbook, shared strings, one part per sheet).
struct WorkbookBuilder {
  struct Sheet {
    var name: String
    /// The rows, as `<row>` elements (the part's `sheetData`).
    var rows: String
    var state: String?
  }

  var sheets: [Sheet] = []
  var sharedStrings: [String] = []
  /// Parts written as given, after (and instead of) the generated ones.
  var rawParts: [(String, [UInt8])] = []
  /// Generated parts left out.
  var omitted: Set<String> = []

  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let document = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  func parts() -> [(String, [UInt8])] {
    var parts: [(String, String)] = []
    parts.append(
      (
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(Self.relationships)\"><Relationship Id=\"rId1\" Type=\"\(Self.document)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
      ))
    let sheetList = sheets.enumerated().map { index, sheet in
      let state = sheet.state.map { " state=\"\($0)\"" } ?? ""
      return
        "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
    }
    parts.append(
      (
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.document)\"><bookViews><workbookView/></bookViews><sheets>\(sheetList.joined())</sheets><calcPr calcId=\"191029\"/></workbook>"
      ))
    var links = sheets.indices.map {
      "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.document)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
    }
    links.append(
      "<Relationship Id=\"rIdS\" Type=\"\(Self.document)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    )
    parts.append(
      (
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(Self.relationships)\">\(links.joined())</Relationships>"
      ))
    let items = sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }
    parts.append(
      (
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"\(Self.main)\" count=\"\(items.count)\" uniqueCount=\"\(items.count)\">\(items.joined())</sst>"
      ))
    for (index, sheet) in sheets.enumerated() {
      parts.append(
        (
          "xl/worksheets/sheet\(index + 1).xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.document)\"><dimension ref=\"A1:D4\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetData>\n\(sheet.rows)</sheetData><pageMargins left=\"0.7\"/></worksheet>"
        ))
    }
    let replaced = Set(rawParts.map(\.0)).union(omitted)
    return parts.filter { !replaced.contains($0.0) }.map { ($0.0, Array($0.1.utf8)) } + rawParts
  }

  /// Writes the workbook to `path`; `more` adds entries of its own.
  func write(
    to path: String, method: CompressionMethod = .deflate,
    more: (Archive) throws -> Void = { _ in }
  ) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (name, bytes) in parts() {
      let data = Data(bytes)
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    try more(archive)
  }
}
