import XMLStream

/// A part's relationships (`_rels/NAME.rels`): by id, the type and the
/// path of the part each points at, resolved against the source part's
/// folder (ECMA-376 Part 2, 9.3). External targets are left out.
struct XLSXRelationships {
  struct Target: Hashable {
    var type: String
    var path: String
  }

  var byID: [String: Target] = [:]
  var inOrder: [Target] = []

  /// The relationships of `source` (`xl/workbook.xml`); none when its
  /// `.rels` part is absent.
  init(of source: String, in package: XLSXPackage) throws(TableProblem) {
    let folder = Self.folder(of: source)
    let rels = folder + "_rels/" + String(source.split(separator: "/").last ?? "") + ".rels"
    guard package.has(rels) else { return }
    let bytes: [UInt8]
    switch package.unpack(rels) {
    case .success(let unpacked): bytes = unpacked
    case .failure(let failure):
      throw TableProblem(at: CellPlace(file: package.file), package.message(failure, part: rels))
    }
    let part = XLSXPart(bytes: bytes, path: rels)
    for element in try part.all(place: CellPlace(file: package.file))
    where element.name == "Relationship" {
      guard element.attribute("TargetMode") != "External", let id = element.attribute("Id"),
        let target = element.attribute("Target"), let type = element.attribute("Type")
      else { continue }
      let resolved = Target(type: type, path: Self.resolve(target, in: folder))
      if byID[id] == nil { byID[id] = resolved }
      inOrder.append(resolved)
    }
  }

  /// The first target whose type ends with `/suffix`
  /// (`…/relationships/officeDocument`).
  func first(ofType suffix: String) -> Target? {
    inOrder.first { $0.type.hasSuffix("/" + suffix) }
  }

  /// `xl/` for `xl/workbook.xml`; "" for a part at the root.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }

  /// A target made a path from the package root: `/xl/x.xml` is already
  /// one; `worksheets/sheet1.xml` and `../x.xml` are relative to `folder`.
  static func resolve(_ target: String, in folder: String) -> String {
    let joined = target.hasPrefix("/") ? target : folder + target
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }
}
