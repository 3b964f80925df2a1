import Foundation
import Testing
import Workbooks

@testable import Reports

/// A file a library writes itself, by name (a libxlsxwriter workbook),
/// takes part in the set commit as an ``OutputFile`` does: it replaces the
/// previous file only when the whole set is written, and a failed set
/// leaves the previous file and no temporary file.
@Suite struct ExternalOutputFileTests {
  func folder() throws -> String {
    let path = NSTemporaryDirectory() + "mujun-external-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  func names(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  func workbook() throws -> WorkbookDocument {
    let created = try #require(WorkbookDate(year: 2025, month: 3, day: 31))
    return WorkbookDocument(
      sheets: [
        WorksheetDocument(
          name: "规上", columns: [WorksheetColumn("企业名称")], rows: [[.text("台州市黄岩精工模具有限公司")]])
      ],
      properties: WorkbookProperties(title: "亩均效益", created: created))
  }

  /// The workbook is written beside the target under a hidden temporary
  /// name; the target keeps the previous file until the set is closed,
  /// then holds the workbook, and the temporary file is gone.
  @Test func aWorkbookReplacesThePreviousFileWhenTheSetIsClosed() throws {
    let dir = try folder()
    let target = dir + "/lists.xlsx"
    try Data("previous".utf8).write(to: URL(fileURLWithPath: target))
    let csv = try OutputFile(path: dir + "/v.csv")
    csv.write("a,b\n")
    let xlsx = try ExternalOutputFile(path: target)
    #expect(xlsx.writingPath.hasPrefix(dir + "/.lists.xlsx.tmp-\(getpid())-"))
    let notes = try workbook().write(to: xlsx.writingPath, displayName: xlsx.path)
    #expect(notes.isEmpty)
    #expect(contents(target) == Data("previous".utf8))
    try OutputFile.close([csv], [xlsx])
    #expect(try names(in: dir) == ["lists.xlsx", "v.csv"])
    // A zip archive: "PK\u{3}\u{4}".
    #expect(contents(target)?.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    #expect(contents(dir + "/v.csv") == Data("a,b\n".utf8))
  }

  /// Another output of the set cannot be written (/dev/full): no file
  /// takes its target's place, the workbook's temporary file is removed.
  @Test func aFailedSetLeavesThePreviousFileAndNoTemporaryFile() throws {
    let dir = try folder()
    let target = dir + "/lists.xlsx"
    try Data("previous".utf8).write(to: URL(fileURLWithPath: target))
    let xlsx = try ExternalOutputFile(path: target)
    _ = try workbook().write(to: xlsx.writingPath, displayName: xlsx.path)
    let full = try OutputFile(path: "/dev/full")
    full.write(String(repeating: "x", count: 100_000))
    #expect(throws: OutputError.self) { try OutputFile.close([full], [xlsx]) }
    #expect(contents(target) == Data("previous".utf8))
    #expect(try names(in: dir) == ["lists.xlsx"])
  }

  /// The library fails (here: a non-finite number) and the file is
  /// dropped unclosed: the temporary file goes, the target stays.
  @Test func aWorkbookThatFailsLeavesThePreviousFile() throws {
    let dir = try folder()
    let target = dir + "/lists.xlsx"
    try Data("previous".utf8).write(to: URL(fileURLWithPath: target))
    var document = try workbook()
    document.sheets[0].rows.append([.number(.nan)])
    do {
      let xlsx = try ExternalOutputFile(path: target)
      #expect(throws: WorkbookError.self) {
        _ = try document.write(to: xlsx.writingPath, displayName: xlsx.path)
      }
    }
    #expect(contents(target) == Data("previous".utf8))
    #expect(try names(in: dir) == ["lists.xlsx"])
  }

  /// The mode of the file replaced is kept.
  @Test func theModeOfTheReplacedFileIsKept() throws {
    let dir = try folder()
    let target = dir + "/lists.xlsx"
    try Data("previous".utf8).write(to: URL(fileURLWithPath: target))
    chmod(target, 0o640)
    let xlsx = try ExternalOutputFile(path: target)
    _ = try workbook().write(to: xlsx.writingPath, displayName: xlsx.path)
    try xlsx.close()
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o640)
  }

  @Test func standardOutputAndMissingFoldersAreRefused() throws {
    do {
      _ = try ExternalOutputFile(path: "-")
      Issue.record("took standard output")
    } catch {
      #expect(
        error.description
          == "standard output: error: cannot write: this output cannot go to standard output; give a file name"
      )
    }
    do {
      _ = try ExternalOutputFile(path: "/nonexistent/mujun/lists.xlsx")
      Issue.record("made a file in a missing folder")
    } catch {
      #expect(
        error.description
          == "/nonexistent/mujun/lists.xlsx: error: cannot write: No such file or directory")
    }
  }

  /// A device is written in place, never renamed.
  @Test func aDeviceIsWrittenInPlace() throws {
    let xlsx = try ExternalOutputFile(path: "/dev/null")
    #expect(xlsx.writingPath == "/dev/null")
    _ = try workbook().write(to: xlsx.writingPath, displayName: xlsx.path)
    try xlsx.close()
    let kind =
      try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
    #expect(kind == .typeCharacterSpecial)
  }
}
