#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a command reads and what it writes, so that no output replaces an
/// input or another output of the same run.
///
/// Files are compared by identity, not by how their paths are spelled:
/// `in.xml`, `./in.xml`, a symbolic or hard link to it are one file (the
/// same device and inode, links followed). An output that does not exist
/// yet is the name it will have in its folder (the folder's device and
/// inode, and the name), so `out.csv` and `./out.csv` are one output too.
/// A folder given as an input stands for the files directly in it.
public struct OutputPlan {
  /// Each input: what it is, for the message ("the land-record file"), and
  /// its path.
  public var inputs: [(what: String, path: String)] = []
  /// Each output: the option that names it (`--jsonl`) and its path.
  public var outputs: [(option: String, path: String)] = []

  public init() {}

  public mutating func read(_ what: String, _ path: String?) {
    if let path { inputs.append((what, path)) }
  }

  public mutating func write(_ option: String, _ path: String?) {
    if let path { outputs.append((option, path)) }
  }

  /// A sentence for each output that has no path, would replace an input,
  /// or is another output too; empty when the plan is sound.
  public func problems() -> [String] {
    var problems: [String] = []
    var inputKeys: [FileKey: (what: String, path: String)] = [:]
    for input in inputs {
      for key in Self.inputKeys(input.path) where inputKeys[key] == nil {
        inputKeys[key] = input
      }
    }
    var seen: [FileKey: (option: String, path: String)] = [:]
    var standardOutput: String?
    for output in outputs {
      if output.path.isEmpty {
        problems.append("\(output.option) needs a path (or - for standard output)")
        continue
      }
      if output.path == "-" {
        if let first = standardOutput {
          problems.append(
            "\(first) and \(output.option) both write to standard output; give one of them a file")
        }
        standardOutput = standardOutput ?? output.option
        continue
      }
      guard let key = Self.outputKey(output.path) else { continue }
      if let input = inputKeys[key] {
        problems.append(
          "\(output.option) \(output.path) is \(input.what) \(input.path); writing there would destroy it; give another path"
        )
      } else if let first = seen[key] {
        problems.append(
          "\(first.option) \(first.path) and \(output.option) \(output.path) are the same file; give each output its own path"
        )
      } else {
        seen[key] = output
      }
    }
    return problems
  }

  /// A file by identity: one that exists, or the name a new one will have
  /// in an existing folder.
  enum FileKey: Hashable {
    case existing(device: UInt64, inode: UInt64)
    case new(folderDevice: UInt64, folderInode: UInt64, name: String)
  }

  /// The files an input path stands for: the file, or the files directly
  /// in a folder; none when it cannot be read (the command says so).
  static func inputKeys(_ path: String) -> [FileKey] {
    var info = stat()
    guard !path.isEmpty, path != "-", stat(path, &info) == 0 else { return [] }
    guard info.st_mode & S_IFMT == S_IFDIR else { return [key(info)] }
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var keys: [FileKey] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      var member = stat()
      if name != ".", name != "..", stat(path + "/" + name, &member) == 0,
        member.st_mode & S_IFMT == S_IFREG
      {
        keys.append(key(member))
      }
    }
    return keys
  }

  /// The file an output path will write: nil for a device or a pipe (not
  /// replaced, so never an input's loss) and for a folder that does not
  /// exist (opening it says so).
  static func outputKey(_ path: String) -> FileKey? {
    guard let resolved = OutputFile.followingLinks(path) else { return nil }
    var info = stat()
    if stat(resolved, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      return kind == S_IFREG || kind == S_IFDIR ? key(info) : nil
    }
    var folder = stat()
    guard stat(OutputFile.folder(of: resolved), &folder) == 0 else { return nil }
    return .new(
      folderDevice: UInt64(folder.st_dev), folderInode: UInt64(folder.st_ino),
      name: OutputFile.lastComponent(resolved))
  }

  static func key(_ info: stat) -> FileKey {
    .existing(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }
}
