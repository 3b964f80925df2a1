// libFuzzer target: the input bytes are a department's data file.
//
// The bytes are read through `TableFile.open` as a CSV file (the encoding
// detected, then named UTF-8 and GB18030), as a file named .xlsx (a zip
// archive when they start with `PK`), and as three parts of an otherwise
// sound workbook (the sheet, the shared strings, the workbook part) so
// that the XML paths are reached too. Any crash, hang or leak is a
// finding; so is a problem without its place or message, a row that is
// out of bounds, and a row handed out with no text and no problem.
import Foundation
import Tables

/// A folder of this process's own, with the files rewritten per input.
let folder: String = {
  let path = NSTemporaryDirectory() + "mujun-fuzz-tables-\(getpid())"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTables(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for encoding in [TableEncoding.automatic, .utf8, .gb18030] {
    check(write(bytes, "data.csv"), name: "data.csv", encoding: encoding)
  }
  check(write(bytes, "data.xlsx"), name: "data.xlsx", encoding: .automatic)
  for part in ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"] {
    check(
      write(Workbook.with(part, holding: bytes), "part.xlsx"), name: "part.xlsx",
      encoding: .automatic)
  }
  return 0
}

func write(_ bytes: [UInt8], _ name: String) -> String {
  let path = folder + "/" + name
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
    fail("cannot write \(path)\n")
  }
  return path
}

/// Reads every sheet of the file and checks what comes out.
func check(_ path: String, name: String, encoding: TableEncoding) {
  let file: TableFile
  do {
    file = try TableFile.open(path: path, displayName: name, encoding: encoding)
  } catch {
    expectPlaced(error, file: name, context: "open")
    if error.place.row != 0 || error.place.column != nil {
      fail("a refusal of the whole file at a row or cell: \(error)\n")
    }
    return
  }
  for sheet in file {
    // The format is told by content: a CSV sheet has no name and an
    // encoding, a worksheet a name and none.
    let csv = sheet.name == nil
    if sheet.file != name || (sheet.encoding == nil) == csv {
      fail("sheet \(String(describing: sheet.name)) of \(name)\n")
    }
    var lastRow = 0
    for item in sheet {
      switch item {
      case .problem(let problem):
        expectPlaced(problem, file: name, context: "sheet problem")
      case .row(let row):
        let maxRow = csv ? Int.max : 1_048_576
        if row.file != name || row.sheet != sheet.name || row.number < 1 || row.number > maxRow
          || row.cells.count > 16_384
        {
          fail("a row out of bounds: \(row.number), \(row.cells.count) cells\n")
        }
        if csv, row.number <= lastRow {
          fail("CSV rows not in order: \(row.number) after \(lastRow)\n")
        }
        lastRow = row.number
        if row.problems.isEmpty, row.cells.allSatisfy(\.isEmpty) {
          fail("an empty row handed out\n")
        }
        for problem in row.problems {
          expectPlaced(problem, file: name, context: "row problem")
          if problem.place.row != row.number || problem.place.sheet != row.sheet {
            fail("a row's problem placed elsewhere: \(problem)\n")
          }
          if let column = problem.place.column, column < 1 || column > 16_385 {
            fail("a problem's column out of bounds: \(problem)\n")
          }
        }
      }
    }
  }
}

func expectPlaced(_ problem: TableProblem, file: String, context: String) {
  if problem.place.file != file || problem.message.isEmpty || problem.place.row < 0
    || problem.description != "\(problem.place): error: \(problem.message)"
  {
    fail("\(context): a problem without its place or message: \(problem)\n")
  }
}

/// Reports a finding and stops, as libFuzzer expects of a crash.
func fail(_ message: String) -> Never {
  print(message)
  fflush(nil)
  abort()
}
