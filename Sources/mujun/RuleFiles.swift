import ArgumentParser
import Foundation

/// Paths given on the command line: a folder stands for the rule files
/// directly in it (`*.xml`, by name); files are kept as given.
enum RuleFiles {
  static func expand(_ paths: [String]) throws -> [String] {
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
        throw ValidationError("\(path) is a folder with no .xml rule files; give a rule file")
      }
      let folder = path.hasSuffix("/") ? path : path + "/"
      files += xml.map { folder + $0 }
    }
    return files
  }
}
