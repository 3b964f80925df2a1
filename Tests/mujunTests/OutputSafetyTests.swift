import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// No output replaces an input or another output; a failed write to
/// standard output is an error; signals end a run with every earlier output
/// as it was; the outputs of a run are replaced together or not at all.
/// Each on a real `mujun` process.
@Suite(.serialized) struct OutputSafetyTests {
  /// A folder holding `in.xml` (the truncated sample: 6 parcels) and the
  /// two rule sets `old.xml` and `new.xml`.
  func folderWithInput() throws -> String {
    let dir = try temporaryDirectory()
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/SampleParcels/truncated.xml", toPath: dir + "/in.xml")
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/Rules/cn-national-2008.xml", toPath: dir + "/old.xml")
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/Rules/chengdu-example.xml", toPath: dir + "/new.xml")
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/link.xml", withDestinationPath: "in.xml")
    try FileManager.default.linkItem(atPath: dir + "/in.xml", toPath: dir + "/hard.xml")
    return dir
  }

  /// Each way of naming the input (or another output) as an output; the
  /// message the user sees.
  static let refusals: [(arguments: [String], message: String)] = [
    (
      ["evaluate", "in.xml", "--jsonl", "./in.xml"],
      "--jsonl ./in.xml is the land-record file in.xml; writing there would destroy it; give another path"
    ),
    (
      ["evaluate", "in.xml", "--csv", "./in.xml"],
      "--csv ./in.xml is the land-record file in.xml; writing there would destroy it; give another path"
    ),
    (
      ["evaluate", "in.xml", "--jsonl", "link.xml"],
      "--jsonl link.xml is the land-record file in.xml; writing there would destroy it; give another path"
    ),
    (
      ["evaluate", "in.xml", "--csv", "hard.xml"],
      "--csv hard.xml is the land-record file in.xml; writing there would destroy it; give another path"
    ),
    (
      ["evaluate", "in.xml", "--html", "in.xml"],
      "--html in.xml is the land-record file in.xml; writing there would destroy it; give another path"
    ),
    (
      ["evaluate", "in.xml", "--rules", "new.xml", "--jsonl", "./new.xml"],
      "--jsonl ./new.xml is the rule file new.xml; writing there would destroy it; give another path"
    ),
    (
      ["evaluate", "in.xml", "--jsonl", "out.txt", "--csv", "./out.txt"],
      "--jsonl out.txt and --csv ./out.txt are the same file; give each output its own path"
    ),
    (
      ["evaluate", "in.xml", "--jsonl", ""],
      "--jsonl needs a path (or - for standard output)"
    ),
    (
      ["evaluate", "in.xml", "--jsonl", "-", "--csv", "-"],
      "--jsonl and --csv both write to standard output; give one of them a file"
    ),
    (
      [
        "check", "in.xml", "--parcel", "510116-2019-GY-0042", "--as-of", "2025-03-31", "--html",
        "./in.xml",
      ],
      "--html ./in.xml is the land-record file in.xml; writing there would destroy it; give another path"
    ),
    (
      ["rules", "diff", "old.xml", "new.xml", "--html", "./old.xml"],
      "--html ./old.xml is the old rule set old.xml; writing there would destroy it; give another path"
    ),
    (
      ["sample", "--parcels", "1", "--out", ""],
      "--out needs a path (or - for standard output)"
    ),
  ]

  @Test(arguments: refusals.indices)
  func anOutputThatIsAnInputOrAnotherOutputIsRefused(index: Int) throws {
    let dir = try folderWithInput()
    let (arguments, message) = Self.refusals[index]
    let before = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    let input = try Data(contentsOf: URL(fileURLWithPath: dir + "/in.xml"))
    let result = try mujun(arguments, in: dir)
    #expect(result.status == 64)
    #expect(result.standardError.hasPrefix("Error: \(message)\n"), "\(result.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/in.xml")) == input)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == before)
  }

  @Test func twoOutputsNamedThroughTheirFolderAreOneFile() throws {
    let dir = try folderWithInput()
    let name = (dir as NSString).lastPathComponent
    let result = try mujun(
      ["evaluate", "in.xml", "--csv", "v.csv", "--html", "../\(name)/v.csv"], in: dir)
    #expect(result.status == 64)
    #expect(
      result.standardError.hasPrefix(
        "Error: --csv v.csv and --html ../\(name)/v.csv are the same file; give each output its own path\n"
      ))
  }

  /// Every command that prints to standard output, with it on a full
  /// device: status 1 and one line saying so, never a silent 0.
  static let printingCommands: [[String]] = [
    ["evaluate", "SampleParcels/truncated.xml"],
    ["evaluate", "SampleParcels/truncated.xml", "--jsonl", "-"],
    ["conditions", "--sector", "C3981", "--district", "510116"],
    ["rules", "show", "--sector", "C39", "--district", "5101"],
    ["rules", "diff", "Rules/cn-national-2008.xml", "Rules/chengdu-example.xml"],
    ["rules", "test", "Rules/"],
    ["rules", "validate", "Rules/chengdu-example.xml"],
    ["validate", "SampleParcels/contracts-2025.xml"],
    ["check", "SampleParcels/contracts-2025.xml", "--as-of", "2025-03-31", "--parcel", "CT-01"],
    ["sample", "--parcels", "3"],
    ["--help"],
  ]

  @Test(arguments: printingCommands)
  func aFullStandardOutputIsAnError(arguments: [String]) throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let result = try mujun(arguments, stdout: full)
    #expect(result.status == 1)
    let lastLine = result.standardError.split(separator: "\n").last.map(String.init)
    #expect(
      lastLine == "mujun: error: cannot write to standard output: No space left on device"
        || lastLine == "standard output: error: cannot write: No space left on device",
      "\(result.standardError)")
  }

  /// 20 000 parcels (some 38 MB): long enough a run to be stopped halfway.
  static let bigInput: Result<String, any Error> = Result {
    let path = try temporaryDirectory() + "/big.xml"
    let made = try mujun(["sample", "--parcels", "20000", "--seed", "7", "--out", path])
    guard made.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    return path
  }

  /// Starts `mujun` with `arguments` in `dir`, waits until a temporary
  /// file there has grown past 256 kB, and sends it `signal`.
  func signalWhileWriting(_ arguments: [String], in dir: String, signal: Int32) throws -> (
    status: Int32, reason: Process.TerminationReason, standardError: String
  ) {
    let process = Process()
    process.executableURL = mujunExecutable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: dir)
    let err = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = err
    try process.run()
    let errors = PipeReader(err.fileHandleForReading)
    var sent = false
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline, process.isRunning {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      if names.contains(where: { name in
        name.contains(".tmp-")
          && ((try? FileManager.default.attributesOfItem(atPath: dir + "/" + name)[.size]) as? Int
            ?? 0) > 256 << 10
      }) {
        kill(process.processIdentifier, signal)
        sent = true
        break
      }
      usleep(2_000)
    }
    process.waitUntilExit()
    #expect(sent, "the run ended before a temporary file grew past 256 kB")
    return (
      process.terminationStatus, process.terminationReason,
      String(decoding: errors.wait(), as: UTF8.self)
    )
  }

  @Test(arguments: [
    (SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGQUIT, "SIGQUIT"),
  ])
  func aSignalLeavesEveryOutputAsItWasAndNoTemporaryFile(signal: Int32, name: String) throws {
    let input = try Self.bigInput.get()
    let dir = try temporaryDirectory()
    let previous = Data("{\"previous\":true}\n".utf8)
    try previous.write(to: URL(fileURLWithPath: dir + "/v.jsonl"))
    let run = try signalWhileWriting(
      ["evaluate", input, "--jsonl", "v.jsonl", "--csv", "v.csv", "--html", "r.html"], in: dir,
      signal: signal)
    // 128 + the signal's number, as a shell reports a process it killed,
    // but the process ended itself: no crash report, one line.
    #expect(run.reason == .exit)
    #expect(run.status == 128 + signal)
    #expect(
      run.standardError
        == "mujun: stopped by \(name) before its outputs were written; no output was replaced\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/v.jsonl")) == previous)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["v.jsonl"])
  }

  @Test func aFullDiskStopsTheRunAndReplacesNoOutput() throws {
    let input = try Self.bigInput.get()
    let dir = try temporaryDirectory()
    let previous = Data("previous;csv\r\n".utf8)
    try previous.write(to: URL(fileURLWithPath: dir + "/v.csv"))
    // The JSON Lines go to a device that is always full; the CSV to a good
    // disk. The run stops at the first 64 kB that cannot be written, and
    // the CSV, though whole, does not replace the previous one: the set
    // on disk never mixes two runs.
    let result = try mujun(["evaluate", input, "--jsonl", "/dev/full", "--csv", "v.csv"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardError.hasSuffix("/dev/full: error: cannot write: No space left on device\n"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/v.csv")) == previous)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["v.csv"])
  }

  @Test func aFullFileSystemStopsASampleRunWhenItHappens() throws {
    let dir = try temporaryDirectory()
    let small = dir + "/small"
    try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
    guard mount(tmpfs: small, size: "1m") else {
      // No right to mount here: /dev/full above stands for a full disk.
      return
    }
    defer { unmount(small) }
    try Data("previous".utf8).write(to: URL(fileURLWithPath: small + "/big.xml"))
    // Two million parcels are some 3.8 GB, minutes of work: only a run that
    // stops when the 1 MB file system fills ends within the minute given.
    let result = try mujun(
      ["sample", "--parcels", "2000000", "--out", small + "/big.xml"], timeLimit: 60)
    #expect(result.status == 1)
    #expect(
      result.standardError == "\(small)/big.xml: error: cannot write: No space left on device\n")
    #expect(try String(contentsOfFile: small + "/big.xml", encoding: .utf8) == "previous")
    #expect(try FileManager.default.contentsOfDirectory(atPath: small) == ["big.xml"])
  }

  @Test func aDanglingLinkAsAnOutputCreatesItsTarget() throws {
    let dir = try folderWithInput()
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/latest.jsonl", withDestinationPath: "verdicts-2025.jsonl")
    let result = try mujun(["evaluate", "in.xml", "--jsonl", "latest.jsonl"], in: dir)
    #expect(result.status == 2)  // the truncated sample's last record is cut off
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/latest.jsonl")
        == "verdicts-2025.jsonl")
    let lines = try String(contentsOfFile: dir + "/verdicts-2025.jsonl", encoding: .utf8)
    #expect(lines.split(separator: "\n").count == 6)
  }

  @Test func aFileCutOffWhileReadSaysWhere() throws {
    let input = try Self.bigInput.get()
    let dir = try temporaryDirectory()
    try FileManager.default.copyItem(atPath: input, toPath: dir + "/in.xml")
    let process = Process()
    process.executableURL = mujunExecutable
    process.arguments = ["evaluate", "in.xml", "--jsonl", "v.jsonl"]
    process.currentDirectoryURL = URL(fileURLWithPath: dir)
    let err = Pipe()
    process.standardError = err
    try process.run()
    let errors = PipeReader(err.fileHandleForReading)
    // Once 256 kB of verdicts are written (the reading threads are a few
    // MB ahead, far from the end), the file is cut to nothing.
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline, process.isRunning {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      if let name = names.first(where: { $0.hasPrefix(".v.jsonl.tmp-") }),
        let size = try? FileManager.default.attributesOfItem(atPath: dir + "/" + name)[.size]
          as? Int, size > 256 << 10
      {
        break
      }
      usleep(1_000)
    }
    #expect(truncate(dir + "/in.xml", 0) == 0)
    process.waitUntilExit()
    let message = String(decoding: errors.wait(), as: UTF8.self)
    #expect(process.terminationStatus == 2)
    #expect(!message.contains("the file is empty"), "\(message)")
    #expect(
      message.contains(
        "but it was longer when the run began: it was cut off or replaced while being read; run again on the whole file"
      ), "\(message)")
  }
}

/// Mounts a tmpfs of `size` on `path`; false when this process may not.
func mount(tmpfs path: String, size: String) -> Bool {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/mount")
  process.arguments = ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path]
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return false }
  process.waitUntilExit()
  return process.terminationStatus == 0
}

func unmount(_ path: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/umount")
  process.arguments = [path]
  try? process.run()
  process.waitUntilExit()
}
