import Foundation

/// Paths given on the command line: a folder stands for the rule files
/// directly in it (`*.xml`, by name); files are kept as given.
enum RuleFiles {
  /// A folder given for rule files that holds none.
  struct EmptyFolder: Error, CustomStringConvertible {
    var path: String
    var description: String {
      "\(path): error: the folder holds no .xml rule files; give a rule file or a folder of them"
    }
  }

  static func expand(_ paths: [String]) throws(EmptyFolder) -> [String] {
    var files: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
      else {
        files.append(path)
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      let xml = names.filter { $0.hasSuffix(".xml") }.sorted()
      if xml.isEmpty {
        throw EmptyFolder(path: path)
      }
      let folder = path.hasSuffix("/") ? path : path + "/"
      files += xml.map { folder + $0 }
    }
    return files
  }
}
