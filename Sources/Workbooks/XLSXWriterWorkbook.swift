import CXLSXWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A libxlsxwriter workbook being made: owns the `lxw_workbook` until
/// ``close()`` writes the file, or frees it unwritten when dropped.
///
/// The workbook is made in libxlsxwriter's `constant_memory` mode: each
/// row goes to a temporary file as soon as the next one starts, so memory
/// stays bounded however many rows a sheet has (strings are then written
/// inline, `t="inlineStr"`, not in a shared-strings table; Excel and WPS
/// read both). The rows are written in order, as that mode needs.
final class XLSXWriterWorkbook {
  private var workbook: UnsafeMutablePointer<lxw_workbook>?
  /// The file as the caller names it, for errors.
  let path: String
  /// One format per number format code, made when first used.
  private var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
  private var boldFormat: UnsafeMutablePointer<lxw_format>?

  /// Starts a workbook to be written at `file`; libxlsxwriter's temporary
  /// files go in `temporaryFolder` (the system's when nil), each removed
  /// as soon as it is opened.
  init(writingTo file: String, temporaryFolder: String?, path: String) throws(WorkbookError) {
    self.path = path
    let made = file.withCString { name in
      Self.withOptionalCString(temporaryFolder) { folder in
        var options = lxw_workbook_options()
        options.constant_memory = 1
        // Copied by libxlsxwriter (and freed with the workbook).
        options.tmpdir = folder.map { UnsafeMutablePointer(mutating: $0) }
        options.use_zip64 = 0
        return workbook_new_opt(name, &options)
      }
    }
    guard let made else {
      throw WorkbookError(
        path: path, reason: "cannot write the workbook: libxlsxwriter could not start it")
    }
    workbook = made
  }

  deinit {
    if let workbook { lxw_workbook_free(workbook) }
  }

  /// Sets the document properties; an empty text is left out.
  func setProperties(_ properties: WorkbookProperties) throws(WorkbookError) {
    var fields = lxw_doc_properties()
    fields.created = time_t(properties.created.secondsSince1970)
    let title = Self.propertyText(properties.title)
    let author = Self.propertyText(properties.author)
    let company = Self.propertyText(properties.company)
    // libxlsxwriter copies each text.
    let result = Self.withOptionalCString(title) { title in
      Self.withOptionalCString(author) { author in
        Self.withOptionalCString(company) { company in
          fields.title = title.map { UnsafeMutablePointer(mutating: $0) }
          fields.author = author.map { UnsafeMutablePointer(mutating: $0) }
          fields.company = company.map { UnsafeMutablePointer(mutating: $0) }
          return workbook_set_properties(workbook, &fields)
        }
      }
    }
    try check(result, sheet: nil, cell: nil)
  }

  /// Adds `sheet` as its plan names it and writes its cells, row by row.
  func add(_ sheet: WorksheetDocument, plan: WorksheetPlan) throws(WorkbookError) {
    guard let workbook,
      let worksheet = plan.name.withCString({ workbook_add_worksheet(workbook, $0) })
    else {
      throw WorkbookError(
        path: path, sheet: plan.name,
        reason:
          "cannot write the workbook: libxlsxwriter could not add the sheet (its temporary file could not be made)"
      )
    }
    for (column, width) in plan.widths.enumerated() {
      guard let width else { continue }
      let index = lxw_col_t(column)
      try check(
        worksheet_set_column(worksheet, index, index, width, nil), sheet: plan.name, cell: nil)
    }
    worksheet_freeze_panes(worksheet, lxw_row_t(sheet.headerRow), 0)
    let bold = bold()
    for (index, title) in sheet.titles.enumerated() {
      try write(.text(title), row: index + 1, column: 1, format: bold, in: worksheet, plan.name)
    }
    for (index, column) in sheet.columns.enumerated() {
      try write(
        .text(column.header), row: sheet.headerRow, column: index + 1, format: bold, in: worksheet,
        plan.name)
    }
    let columnFormats = sheet.columns.map { format($0.format) }
    for (index, row) in sheet.rows.enumerated() {
      let sheetRow = sheet.sheetRow(ofRow: index)
      for (column, cell) in row.enumerated() {
        let format = column < columnFormats.count ? columnFormats[column] : nil
        try write(cell, row: sheetRow, column: column + 1, format: format, in: worksheet, plan.name)
      }
    }
  }

  /// Writes the file: the workbook is freed, written or not.
  func close() throws(WorkbookError) {
    guard let workbook else { return }
    self.workbook = nil
    errno = 0
    let result = workbook_close(workbook)
    let system = errno
    guard result != LXW_NO_ERROR else { return }
    let library = String(cString: lxw_strerror(result))
    let reason =
      system != 0
      ? "\(String(cString: strerror(system))) (libxlsxwriter: \(library))"
      : "libxlsxwriter: \(library)"
    throw WorkbookError(path: path, reason: "cannot write the workbook: \(reason)")
  }

  /// Writes one cell (1-based row and column); an empty cell or text is
  /// left out. A number's negative zero is written as 0.
  private func write(
    _ cell: WorksheetCell, row: Int, column: Int, format: UnsafeMutablePointer<lxw_format>?,
    in worksheet: UnsafeMutablePointer<lxw_worksheet>, _ sheet: String
  ) throws(WorkbookError) {
    let place = (row: lxw_row_t(row - 1), column: lxw_col_t(column - 1))
    let result: lxw_error
    switch cell {
    case .empty: return
    case .text(let text):
      guard !text.isEmpty else { return }
      result = CellText(text).stored.withCString {
        worksheet_write_string(worksheet, place.row, place.column, $0, format)
      }
    case .number(let value):
      result = worksheet_write_number(
        worksheet, place.row, place.column, value == 0 ? 0 : value, format)
    case .integer(let value):
      result = worksheet_write_number(worksheet, place.row, place.column, Double(value), format)
    }
    guard result != LXW_NO_ERROR else { return }
    try check(result, sheet: sheet, cell: WorkbookPlace.cell(row: row, column: column))
  }

  private func check(_ result: lxw_error, sheet: String?, cell: String?) throws(WorkbookError) {
    guard result != LXW_NO_ERROR else { return }
    throw WorkbookError(
      path: path, sheet: sheet, cell: cell,
      reason: "cannot write the workbook: libxlsxwriter: \(String(cString: lxw_strerror(result)))")
  }

  /// The format showing `numberFormat`; nil for `General`.
  private func format(_ numberFormat: NumberFormat) -> UnsafeMutablePointer<lxw_format>? {
    guard let code = numberFormat.code else { return nil }
    if let made = formats[code] { return made }
    guard let made = workbook_add_format(workbook) else { return nil }
    code.withCString { format_set_num_format(made, $0) }
    formats[code] = made
    return made
  }

  /// The bold format of titles and headers.
  private func bold() -> UnsafeMutablePointer<lxw_format>? {
    if let boldFormat { return boldFormat }
    boldFormat = workbook_add_format(workbook)
    if let boldFormat { format_set_bold(boldFormat) }
    return boldFormat
  }

  /// A property's text with control characters (which XML 1.0 cannot
  /// hold, and which libxlsxwriter writes as they are in the document
  /// properties) as spaces; nil when empty.
  static func propertyText(_ text: String) -> String? {
    guard !text.isEmpty else { return nil }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\t", "\n", "\r": scalars.append(scalar)
      case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  private static func withOptionalCString<Result>(
    _ text: String?, _ body: (UnsafePointer<CChar>?) -> Result
  ) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
  }
}
