import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every output file is written under a temporary name beside its target
/// and renamed over it when complete: a run killed halfway leaves the
/// previous file (or none), never a truncated one that looks whole; a run
/// that fails leaves the previous file and no temporary one.
@Suite(.serialized) struct AtomicOutputTests {
  /// Starts `mujun` with `arguments`, waits until a temporary file named
  /// `.NAME.tmp-…` for `target` has grown past `bytes`, then kills the
  /// process with SIGKILL. Returns the temporary file's name.
  func killWhileWriting(_ arguments: [String], target: String, past bytes: Int) throws -> String {
    let process = Process()
    process.executableURL = mujunExecutable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let folder = (target as NSString).deletingLastPathComponent
    let prefix = "." + (target as NSString).lastPathComponent + ".tmp-"
    var found: String?
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline, process.isRunning {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      if let name = names.first(where: { $0.hasPrefix(prefix) }),
        let size = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size]
          as? Int, size > bytes
      {
        found = name
        break
      }
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "the run ended before it was killed")
    return try #require(found, "no temporary file \(prefix)… grew past \(bytes) bytes")
  }

  @Test func aKilledSampleRunLeavesThePreviousFile() throws {
    let dir = try temporaryDirectory()
    let target = dir + "/records.xml"
    let previous = Data("<previous complete file/>\n".utf8)
    try previous.write(to: URL(fileURLWithPath: target))
    // 2 million parcels are some 3 GB: the run is killed long before.
    let temporary = try killWhileWriting(
      ["sample", "--parcels", "2000000", "--out", target], target: target, past: 1 << 20)
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == previous)
    // What is left is the clearly named temporary file, and nothing else.
    #expect(temporary.hasPrefix(".records.xml.tmp-"))
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    #expect(names == [temporary, "records.xml"].sorted())
  }

  @Test func aKilledEvaluateRunLeavesNoTruncatedOutputs() throws {
    let dir = try temporaryDirectory()
    let input = dir + "/records.xml"
    _ = try mujun(["sample", "--parcels", "20000", "--seed", "5", "--out", input])
    let jsonl = dir + "/v.jsonl"
    let previous = Data("{\"previous\":true}\n".utf8)
    try previous.write(to: URL(fileURLWithPath: jsonl))
    // The CSV has no previous file: after the kill there must be none.
    _ = try killWhileWriting(
      ["evaluate", input, "--jsonl", jsonl, "--csv", dir + "/v.csv", "--chunk-size", "0"],
      target: jsonl, past: 256 << 10)
    #expect(try Data(contentsOf: URL(fileURLWithPath: jsonl)) == previous)
    #expect(!FileManager.default.fileExists(atPath: dir + "/v.csv"))
    let names = try FileManager.default.contentsOfDirectory(atPath: dir)
    for name in names where name != "records.xml" && name != "v.jsonl" {
      #expect(name.hasPrefix(".v.jsonl.tmp-") || name.hasPrefix(".v.csv.tmp-"), "\(name)")
    }
  }

  @Test func aRunThatFailsLeavesThePreviousFileAndNoTemporaryOne() throws {
    let dir = try temporaryDirectory()
    let jsonl = dir + "/v.jsonl"
    let previous = Data("{\"previous\":true}\n".utf8)
    try previous.write(to: URL(fileURLWithPath: jsonl))
    // The JSON Lines file is opened, then the CSV cannot be: the run stops.
    let result = try mujun([
      "evaluate", "SampleParcels/chengdu-2024.xml", "--jsonl", jsonl,
      "--csv", dir + "/no-such-folder/v.csv",
    ])
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "\(dir)/no-such-folder/v.csv: error: cannot write: No such file or directory\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: jsonl)) == previous)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["v.jsonl"])
  }

  @Test func aCompleteRunReplacesThePreviousFile() throws {
    let dir = try temporaryDirectory()
    let jsonl = dir + "/v.jsonl"
    try Data("{\"previous\":true}\n".utf8).write(to: URL(fileURLWithPath: jsonl))
    let result = try mujun(["evaluate", "SampleParcels/chengdu-2024.xml", "--jsonl", jsonl])
    #expect(result.status == 2)  // the sample holds rejected records on purpose
    let lines = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 20)  // the sample's 20 parcels
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["v.jsonl"])
  }
}
