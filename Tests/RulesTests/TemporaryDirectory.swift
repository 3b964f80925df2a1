import Foundation

/// A fresh directory for a test's rule files, removed when the value goes.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mujun-rules-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` to `name` in the directory; returns the file's path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = "\(path)/\(name)"
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }
}

/// A rule file with a fixed layout, so tests know where things are: the
/// root at 2:1, `<metadata>` at 3:3, `<classification>` at 6:5, and row
/// `i` (from 0) at line 10 + i, column 5.
func ruleSetXML(
  id: String, base: String? = nil, classification: String = "GB/T 4754-2017", rows: [String]
) -> String {
  let baseAttribute = base.map { " base=\"\($0)\"" } ?? ""
  return """
    <?xml version="1.0" encoding="UTF-8"?>
    <ruleSet xmlns="urn:mujun:rules:1" id="\(id)" version="1"\(baseAttribute)>
      <metadata>
        <title>Test \(id)</title>
        <source>test</source>
        <classification>\(classification)</classification>
        <locale>zh-CN</locale>
      </metadata>
      <thresholds>
    \(rows.map { "    " + $0 }.joined(separator: "\n"))
      </thresholds>
    </ruleSet>

    """
}

/// The package root, from this file's path (Tests/RulesTests/…).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
