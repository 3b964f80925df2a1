import XMLStream

/// An xlsx workbook opened for reading: its worksheets in workbook order
/// (name, part) and its shared strings; each sheet's rows are read when
/// the caller comes to it (``XLSXSheetReader``).
struct XLSXWorkbook {
  struct Sheet {
    var name: String
    /// The worksheet's part; nil when the workbook's relationships do not
    /// name one (a problem told when the sheet is read).
    var part: String?
    var isHidden: Bool
  }

  let package: XLSXPackage
  let sheets: [Sheet]
  let strings: SharedStrings

  init(bytes: [UInt8], file: String, limits: TableLimits) throws(TableProblem) {
    let package = try XLSXPackage(bytes: bytes, file: file, limits: limits)
    let place = CellPlace(file: file)
    // The workbook part: named by the package's relationships, else where
    // Excel puts it.
    let root = try XLSXRelationships(of: "", in: package)
    let workbookPath = root.first(ofType: "officeDocument")?.path ?? "xl/workbook.xml"
    guard package.has(workbookPath) else { throw Self.notAWorkbook(package) }
    let relationships = try XLSXRelationships(of: workbookPath, in: package)
    var sheets: [Sheet] = []
    let workbook = XLSXPart(bytes: try Self.unpack(workbookPath, package), path: workbookPath)
    for record in try workbook.all(place: place) where record.name == "sheets" {
      for sheet in record.each("sheet") {
        let target = sheet.anyAttribute("id").flatMap { relationships.byID[$0] }
        // Chart, dialog and macro sheets hold no cells: only worksheets.
        if let target, !target.type.hasSuffix("/worksheet") { continue }
        sheets.append(
          Sheet(
            name: sheet.attribute("name") ?? "", part: target?.path,
            isHidden: sheet.attribute("state").map { $0 != "visible" } ?? false))
      }
    }
    var strings = SharedStrings()
    let stringsPath = relationships.first(ofType: "sharedStrings")?.path ?? "xl/sharedStrings.xml"
    if package.has(stringsPath) {
      strings = try SharedStrings(
        bytes: try Self.unpack(stringsPath, package), path: stringsPath, file: file,
        maxCellBytes: limits.maxCellBytes)
    }
    self.package = package
    self.sheets = sheets
    self.strings = strings
  }

  static func unpack(_ path: String, _ package: XLSXPackage) throws(TableProblem) -> [UInt8] {
    switch package.unpack(path) {
    case .success(let bytes): return bytes
    case .failure(let failure):
      throw TableProblem(at: CellPlace(file: package.file), package.message(failure, part: path))
    }
  }

  /// A zip archive that is not an Excel workbook: say what it looks like.
  static func notAWorkbook(_ package: XLSXPackage) -> TableProblem {
    let what =
      if package.has("content.xml") && package.has("mimetype") {
        "an OpenDocument file (.ods or .odt)"
      } else if package.has("word/document.xml") {
        "a Word document"
      } else if package.has("ppt/presentation.xml") {
        "a PowerPoint presentation"
      } else {
        "a zip archive"
      }
    return TableProblem(
      at: CellPlace(file: package.file),
      "this is \(what), not an Excel workbook (it has no xl/workbook.xml); open the data in Excel or WPS and save it as .xlsx or CSV"
    )
  }

  /// The rows of sheet `index`: a reader, or the problem that keeps the
  /// sheet from being read.
  func reader(for index: Int) -> Result<XLSXSheetReader, TableProblem> {
    let sheet = sheets[index]
    let place = CellPlace(file: package.file, sheet: sheet.name)
    guard let path = sheet.part else {
      return .failure(
        TableProblem(
          at: place,
          "the workbook lists this sheet but does not say where its cells are (no relationship for it); the workbook is damaged: open it in Excel or WPS and save it again"
        ))
    }
    switch package.unpack(path) {
    case .success(let bytes):
      return .success(
        XLSXSheetReader(
          bytes: bytes, part: path, file: package.file, sheet: sheet.name, strings: strings,
          maxCellBytes: package.limits.maxCellBytes))
    case .failure(let failure):
      return .failure(TableProblem(at: place, package.message(failure, part: path)))
    }
  }
}
