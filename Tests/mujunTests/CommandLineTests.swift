import Foundation
import Testing

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
  let path = #filePath
  guard let range = path.range(of: "/Tests/", options: .backwards) else { return "." }
  return String(path[..<range.lowerBound])
}()

struct RunResult {
  var status: Int32
  var standardOutput: String
  var standardError: String
}

/// The built `mujun`, next to the test bundle.
let mujunExecutable: URL = {
  let buildDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  let executable = buildDirectory.appendingPathComponent("mujun")
  if FileManager.default.fileExists(atPath: executable.path) { return executable }
  return buildDirectory.deletingLastPathComponent().appendingPathComponent("mujun")
}()

/// Runs the built `mujun` with `arguments` and waits for it. Standard
/// output and standard error are read at the same time, so a child that
/// fills one pipe while the test reads the other cannot stall; `stdout`
/// replaces the standard output pipe (`/dev/full`, say). A run still going
/// after `timeLimit` seconds is killed and recorded as an issue.
func mujun(
  _ arguments: [String], in directory: String = repositoryRoot, stdout: FileHandle? = nil,
  timeLimit: Double? = nil
) throws -> RunResult {
  let process = Process()
  process.executableURL = mujunExecutable
  process.arguments = arguments
  process.currentDirectoryURL = URL(fileURLWithPath: directory)
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = stdout ?? out
  process.standardError = err
  try process.run()
  let pid = process.processIdentifier
  let timer = DispatchWorkItem {
    kill(pid, SIGKILL)
    Issue.record("mujun \(arguments.joined(separator: " ")) ran past \(timeLimit ?? 0) s")
  }
  if let timeLimit {
    DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)
  }
  let errData = PipeReader(err.fileHandleForReading)
  let outData = stdout == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
  process.waitUntilExit()
  timer.cancel()
  return RunResult(
    status: process.terminationStatus,
    standardOutput: String(decoding: outData, as: UTF8.self),
    standardError: String(decoding: errData.wait(), as: UTF8.self))
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  /// Everything read, once the pipe is closed.
  func wait() -> Data {
    done.wait()
    return data
  }
}

/// A new directory for one test's files, inside this test process's own
/// scratch directory, which is removed when the process exits.
func temporaryDirectory() throws -> String {
  let path = cliScratch + "/" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// `mujun-cli-PID` in the temporary directory, removed at exit.
let cliScratch: String = {
  atexit {
    let path = NSTemporaryDirectory() + "mujun-cli-\(getpid())"
    try? FileManager.default.removeItem(atPath: path)
  }
  return NSTemporaryDirectory() + "mujun-cli-\(getpid())"
}()

@Suite(.serialized) struct CommandLineTests {
  @Test func evaluateWritesOneVerdictPerParcelAndExits2WhenSomeWereRejected() throws {
    let dir = try temporaryDirectory()
    let result = try mujun([
      "evaluate", "SampleParcels/chengdu-2024.xml", "--jsonl", dir + "/v.jsonl", "--csv",
      dir + "/v.csv",
    ])
    #expect(result.status == 2)
    let jsonl = try String(contentsOfFile: dir + "/v.jsonl", encoding: .utf8)
    let lines = jsonl.split(separator: "\n")
    #expect(lines.count == 20)
    // Every line is a JSON object with the required keys.
    for line in lines {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      for key in ["parcel", "status", "year", "ruleSet", "indicators", "findings", "errors"] {
        #expect(object[key] != nil, "missing \(key)")
      }
    }
    let csv = try Data(contentsOf: URL(fileURLWithPath: dir + "/v.csv"))
    #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: csv, as: UTF8.self).split(separator: "\r\n").count == 21)
    // Rejected records are reported where they are.
    #expect(result.standardError.contains("SampleParcels/chengdu-2024.xml:"))
    #expect(result.standardError.contains(": error: "))
  }

  @Test func evaluateWithoutOutputsPrintsTheSummary() throws {
    let result = try mujun(["evaluate", "SampleParcels/chengdu-2024.xml"])
    #expect(result.status == 2)
    #expect(result.standardOutput.contains("compliant"))
    #expect(result.standardOutput.contains("510116 双流区"))
  }

  @Test func jsonlDashWritesToStandardOutput() throws {
    let result = try mujun(["evaluate", "SampleParcels/truncated.xml", "--jsonl", "-"])
    #expect(result.status == 2)
    #expect(result.standardOutput.split(separator: "\n").count == 6)
    #expect(result.standardError.contains("SampleParcels/truncated.xml:184:"))
  }

  @Test func aMissingFileIsAnInputError() throws {
    let result = try mujun(["evaluate", "no-such-file.xml"])
    #expect(result.status == 2)
    #expect(
      result.standardError.hasPrefix(
        "no-such-file.xml:1:1: error: cannot read the file: No such file or directory"))
  }

  @Test func anEmptyFileIsReportedAsEmpty() throws {
    let dir = try temporaryDirectory()
    try #require(FileManager.default.createFile(atPath: dir + "/empty.xml", contents: Data()))
    let result = try mujun(["evaluate", dir + "/empty.xml", "--jsonl", dir + "/v.jsonl"])
    #expect(result.status == 2)
    #expect(
      result.standardError.hasPrefix(
        "\(dir)/empty.xml:1:1: error: the file is empty; expected an XML document\n"))
  }

  @Test func aUsageErrorIsReportedByTheParser() throws {
    let result = try mujun(["evaluate"])
    #expect(result.status == 64)
  }

  @Test func anOutputThatWouldOverwriteTheInputIsRefused() throws {
    let dir = try temporaryDirectory()
    let input = dir + "/records.xml"
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/SampleParcels/truncated.xml", toPath: input)
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let result = try mujun(["evaluate", input, "--jsonl", input])
    #expect(result.status == 64)
    #expect(
      result.standardError.hasPrefix(
        "Error: --jsonl \(input) is the land-record file \(input); writing there would destroy it; give another path\n"
      ))
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
  }

  @Test func sampleWritesTheSameRecordsForTheSameSeed() throws {
    let dir = try temporaryDirectory()
    _ = try mujun(["sample", "--parcels", "30", "--seed", "9", "--out", dir + "/a.xml"])
    _ = try mujun(["sample", "--parcels", "30", "--seed", "9", "--out", dir + "/b.xml"])
    let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.xml"))
    #expect(a == (try Data(contentsOf: URL(fileURLWithPath: dir + "/b.xml"))))
    let validated = try mujun(["validate", dir + "/a.xml"])
    #expect(validated.status == 0)
    #expect(validated.standardOutput == "\(dir)/a.xml: valid (30 parcels)\n")
  }

  @Test func validateReportsProblemsWithFileLineAndColumn() throws {
    let result = try mujun(["validate", "SampleParcels/chengdu-2024.xml"])
    #expect(result.status == 2)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(
      lines.contains { $0.hasPrefix("SampleParcels/chengdu-2024.xml:") && $0.contains(": error: ") }
    )
    #expect(lines.contains { $0.contains("duplicate parcel id") })
  }

  @Test func rulesValidateAcceptsTheNationalRuleSet() throws {
    let result = try mujun(["rules", "validate", "Rules/cn-national-2008.xml"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("Rules/cn-national-2008.xml: valid: cn-national-2008"))
  }

  @Test func rulesValidateSummarisesScoringAndTheBase() throws {
    // Huangyan 2022: above size six items, below size two (domain.md).
    let result = try mujun(["rules", "validate", "Rules/zj-huangyan-2022.xml"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == "Rules/zj-huangyan-2022.xml: valid: zj-huangyan-2022 2022.2, 0 threshold rows, scoring enterprises: 2 schemes, 8 items\n"
    )
  }

  @Test func helpExplainsEachOptionWithAnExample() throws {
    let result = try mujun(["evaluate", "--help"])
    #expect(result.status == 0)
    for option in ["--rules", "--year", "--jsonl", "--csv"] {
      #expect(result.standardOutput.contains(option))
    }
    #expect(result.standardOutput.contains("Example: --jsonl verdicts.jsonl"))
  }
}
