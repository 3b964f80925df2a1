import Foundation
import Testing

@testable import Reports

/// An output file is written under a temporary name beside the target and
/// takes the target's place only when closed: until then the previous file
/// stays, and a failed run leaves it untouched.
@Suite struct OutputFileTests {
  func folder() throws -> String {
    let path = NSTemporaryDirectory() + "mujun-output-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  func names(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test func theTargetKeepsThePreviousFileUntilClose() throws {
    let dir = try folder()
    let target = dir + "/v.jsonl"
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
    let file = try OutputFile(path: target)
    file.write(String(repeating: "new line\n", count: 20_000))  // 180 000 bytes, past the buffer
    #expect(contents(target) == "old\n")
    let others = try names(in: dir).filter { $0 != "v.jsonl" }
    #expect(others.count == 1)
    #expect(others.first?.hasPrefix(".v.jsonl.tmp-\(getpid())-") == true)
    try file.close()
    #expect(contents(target) == String(repeating: "new line\n", count: 20_000))
    #expect(try names(in: dir) == ["v.jsonl"])
  }

  @Test func aNewFileAppearsOnlyWhenClosed() throws {
    let dir = try folder()
    let target = dir + "/report.html"
    let file = try OutputFile(path: target)
    file.write("<p>done</p>")
    #expect(!FileManager.default.fileExists(atPath: target))
    try file.close()
    #expect(contents(target) == "<p>done</p>")
  }

  @Test func aFileNeverClosedLeavesThePreviousOneAndNoTemporaryFile() throws {
    let dir = try folder()
    let target = dir + "/v.csv"
    try Data("previous".utf8).write(to: URL(fileURLWithPath: target))
    do {
      let file = try OutputFile(path: target)
      file.write(String(repeating: "x", count: 100_000))
      // The run fails here: the file goes out of scope unclosed.
    }
    #expect(contents(target) == "previous")
    #expect(try names(in: dir) == ["v.csv"])
  }

  @Test func theModeOfTheReplacedFileIsKept() throws {
    let dir = try folder()
    let target = dir + "/v.csv"
    try Data("previous".utf8).write(to: URL(fileURLWithPath: target))
    chmod(target, 0o640)
    let file = try OutputFile(path: target)
    file.write("new")
    try file.close()
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o640)
  }

  @Test func aSymbolicLinkIsFollowedAndKept() throws {
    let dir = try folder()
    try FileManager.default.createDirectory(
      atPath: dir + "/real", withIntermediateDirectories: true)
    try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/real/v.csv"))
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/link.csv", withDestinationPath: dir + "/real/v.csv")
    let file = try OutputFile(path: dir + "/link.csv")
    file.write("new")
    try file.close()
    #expect(contents(dir + "/real/v.csv") == "new")
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.csv")
    #expect(link == dir + "/real/v.csv")
  }

  @Test func aDeviceIsWrittenInPlace() throws {
    // /dev/null cannot be replaced by renaming (and must never be).
    let file = try OutputFile(path: "/dev/null")
    file.write("discarded")
    try file.close()
    let kind =
      try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
    #expect(kind == .typeCharacterSpecial)
  }

  @Test func aFolderIsRefusedWithTheReason() throws {
    let dir = try folder()
    #expect(throws: OutputError.self) { try OutputFile(path: dir) }
    do {
      _ = try OutputFile(path: dir)
    } catch {
      #expect(error.description == "\(dir): error: cannot write: Is a directory")
    }
  }

  @Test func aMissingFolderIsRefusedWithTheReason() throws {
    do {
      _ = try OutputFile(path: "/nonexistent/mujun/v.csv")
      Issue.record("opened a file in a missing folder")
    } catch {
      #expect(
        error.description
          == "/nonexistent/mujun/v.csv: error: cannot write: No such file or directory")
    }
  }
}

extension OutputFileTests {
  /// Past 8 MB the system is asked to start writing the file to disk as it
  /// goes; what is read back is what was written, in order.
  @Test func aFileOfManyMegabytesIsWrittenWhole() throws {
    let dir = try folder()
    let target = dir + "/big.jsonl"
    let file = try OutputFile(path: target)
    // 300 000 lines of 60 bytes: 18 MB, two steps of 8 MB and some.
    var expected = [UInt8]()
    expected.reserveCapacity(18_000_000)
    for index in 0..<300_000 {
      let line = Array(String(format: "%059d\n", index).utf8)
      expected += line
      file.write(bytes: line)
    }
    try file.close()
    let written = try #require(FileManager.default.contents(atPath: target))
    #expect(written.count == 18_000_000)
    #expect(Array(written) == expected)
  }
}
