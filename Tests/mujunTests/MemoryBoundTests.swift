import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 6: a batch's memory does not grow with the number of parcels.
///
/// `mujun evaluate` runs on 2k and on 20k parcels (ids of 22 bytes, as in
/// the bureau's files, the last parcel a duplicate of the first) and the
/// peak resident size of the two processes is compared. What a run keeps
/// per parcel is only the table of ids seen, 8 bytes a slot (2^15 slots,
/// 256 KB, at 20k; ``ParcelIDTableTests`` bounds it per id); a run that
/// kept every verdict (about 2 KB each here) would grow by 18k × 2 KB ≈
/// 36 MB. The bound, 8 MB, leaves room for malloc's arenas and libxml2's
/// buffers settling (about 4 MB over a run's first 75k parcels, measured
/// with `RssAnon` on a release build). The sizes are small because the
/// tests run a debug build, about 1 ms a parcel.
@Suite(.serialized) struct MemoryBoundTests {
  /// Minimal parcels that decode and are evaluated (district, area and
  /// sector are all a parcel needs), the last one a duplicate of the first.
  func records(_ count: Int) -> String {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    text += "<landRecords xmlns=\"urn:mujun:land-records:1\" asOf=\"2025-03-31\">\n"
    for index in 0..<count {
      let id = index == count - 1 ? 0 : index
      text += "<parcel id=\"510115-2015-GY-\(String(id + 10_000_000))\">"
      text += "<district code=\"510115\">温江区</district><area unit=\"ha\">2.97</area>"
      text += "<sector code=\"C4090\">其他仪器仪表制造业</sector></parcel>\n"
    }
    return text + "</landRecords>\n"
  }

  @Test func peakMemoryDoesNotGrowWithTheNumberOfParcels() throws {
    let dir = try temporaryDirectory()
    var peaks: [Int] = []
    for count in [2_000, 20_000] {
      let file = dir + "/p\(count).xml"
      try records(count).write(toFile: file, atomically: false, encoding: .utf8)
      // Chunks of 64 KB: both reading threads at work on the small file.
      let run = try peakResidentKB([
        "evaluate", file, "--jsonl", dir + "/v.jsonl", "--quiet", "--chunk-size", "65536",
      ])
      // Rejected: the duplicate of the first parcel, so exit status 2.
      #expect(run.status == 2)
      let lines = try String(contentsOfFile: dir + "/v.jsonl", encoding: .utf8)
      #expect(lines.split(separator: "\n").count == count)
      #expect(lines.contains("duplicate parcel id \\\"510115-2015-GY-10000000\\\""))
      peaks.append(run.peakKB)
    }
    let growth = peaks[1] - peaks[0]
    #expect(growth < 8 * 1024, "peak RSS \(peaks[0]) KB at 2k parcels, \(peaks[1]) KB at 20k")
  }
}

/// Runs the `mujun` beside the tests with output thrown away; its exit
/// status and peak resident size in KB.
///
/// The peak is the process's own `VmHWM`, read from `/proc` every 5 ms
/// while it runs (the last reading is at most 5 ms old when it exits).
/// Not `wait4`'s `ru_maxrss`: a process keeps the largest resident size of
/// the memory it was started from, and a child spawned from the test runner
/// would report the runner's size.
func peakResidentKB(_ arguments: [String]) throws -> (status: Int32, peakKB: Int) {
  let buildDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  var executable = buildDirectory.appendingPathComponent("mujun").path
  if !FileManager.default.fileExists(atPath: executable) {
    executable = buildDirectory.deletingLastPathComponent().appendingPathComponent("mujun").path
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
  try #require(spawned == 0, "cannot start \(executable)")
  var peak = 0
  var status: Int32 = 0
  while true {
    if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kb = Int(
        line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    {
      peak = max(peak, kb)
    }
    let done = waitpid(pid, &status, WNOHANG)
    if done == pid || (done < 0 && errno != EINTR) { break }
    usleep(5000)
  }
  let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
  return (exitStatus, peak)
}
