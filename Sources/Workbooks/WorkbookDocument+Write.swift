extension WorkbookDocument {
  /// Writes the workbook at exactly `path`, and returns the notes for
  /// texts cut to fit their cells (``WorkbookNote``; empty when all is
  /// whole). `displayName` (default: `path`) names the file in errors and
  /// notes: a caller that writes under a temporary name and renames it
  /// afterwards (`ExternalOutputFile` in Reports) gives the final name.
  ///
  /// The document is checked whole first (``WorksheetPlan``): when it
  /// holds something a workbook cannot, nothing is written. The file is
  /// then made, or an existing one checked writable, so that a bad path is
  /// told with the system's reason; libxlsxwriter writes it (replacing
  /// what it held) when every sheet is done. When writing fails, a file
  /// this call made is removed; an existing file may be left part-written,
  /// so a caller that must keep the previous file writes to a temporary
  /// name. libxlsxwriter prints its own lines on standard error when it
  /// cannot write the file (a full disk), before this error is thrown. A
  /// document with no sheets gets libxlsxwriter's empty `Sheet1`.
  ///
  /// libxlsxwriter's temporary files go in the folder of `path` (each is
  /// removed as soon as it is opened), not the system's: a sheet's rows
  /// wait there until the file is assembled, and a system temporary folder
  /// held in memory would hold them all.
  public func write(to path: String, displayName: String? = nil) throws(WorkbookError)
    -> [WorkbookNote]
  {
    let name = displayName ?? path
    var plans: [WorksheetPlan] = []
    for (sheet, sheetName) in zip(sheets, sheetNames) {
      plans.append(try WorksheetPlan(sheet, name: sheetName, path: name))
    }
    let target = try WorkbookTarget(path: path, name: name)
    do throws(WorkbookError) {
      let workbook = try XLSXWriterWorkbook(
        writingTo: path, temporaryFolder: target.temporaryFolder, path: name)
      try workbook.setProperties(properties)
      for (sheet, plan) in zip(sheets, plans) {
        try workbook.add(sheet, plan: plan)
      }
      try workbook.close()
    } catch {
      target.removeIfMade()
      throw error
    }
    return plans.flatMap(\.notes)
  }
}
