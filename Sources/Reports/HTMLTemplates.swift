import Foundation
import Mustache

/// The Mustache templates of the HTML reports: those built into the binary
/// (`Sources/Reports/Templates`, embedded by `Scripts/embed-all.sh`), each
/// replaced by a file of the same name in an override folder
/// (`--template-dir`). Templates print data only with `{{name}}`, which
/// swift-mustache escapes (`& < > " '`); the built-in ones never use
/// `{{{name}}}`, `{{&name}}` or a content-type pragma (a test checks), and
/// an override that does is refused.
public struct HTMLTemplates: Sendable {
  let library: MustacheLibrary

  /// The built-in templates, overridden by every `NAME.mustache` in `directory`.
  public init(overridingFrom directory: String? = nil) throws(HTMLTemplateError) {
    var library = MustacheLibrary()
    for file in HTMLTemplateResources.files {
      try Self.register(file.text, path: file.path, in: &library)
    }
    if let directory {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: directory)
      } catch {
        throw HTMLTemplateError(path: directory, message: "cannot read the template folder")
      }
      for name in names.sorted() where name.hasSuffix(".mustache") {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path),
          let text = String(data: data, encoding: .utf8)
        else {
          throw HTMLTemplateError(path: path, message: "cannot read the template (UTF-8 text)")
        }
        if let tag = Self.unescapedTag(in: text) {
          throw HTMLTemplateError(
            path: path,
            message:
              "uses \(tag), which prints data unescaped; print data with {{name}}, which escapes it"
          )
        }
        try Self.register(text, path: path, in: &library)
      }
    }
    self.library = library
  }

  /// The built-in templates alone (they always parse: a test checks).
  static func builtIn() -> HTMLTemplates {
    var library = MustacheLibrary()
    for file in HTMLTemplateResources.files {
      try? library.register(file.text, named: name(of: file.path))
    }
    return HTMLTemplates(library: library)
  }

  private init(library: MustacheLibrary) {
    self.library = library
  }

  /// The first tag in `text` that would let data through unescaped:
  /// `{{{`, `{{&`, a pragma (`{{%`, which can switch escaping off) or a
  /// change of delimiters (`{{=`, behind which the others hide).
  static func unescapedTag(in text: String) -> String? {
    ["{{{", "{{&", "{{%", "{{="].first { text.contains($0) }
  }

  /// The names of the built-in templates (file names without `.mustache`).
  public static var builtInNames: [String] {
    HTMLTemplateResources.files.map { name(of: $0.path) }
  }

  /// The text of a built-in template.
  static func builtInText(_ name: String) -> String? {
    HTMLTemplateResources.files.first { Self.name(of: $0.path) == name }?.text
  }

  /// True when a template of that name is registered.
  func contains(_ name: String) -> Bool {
    library.getTemplate(named: name) != nil
  }

  func render(_ object: Any, template name: String) throws(HTMLTemplateError) -> String {
    guard let text = library.render(object, withTemplate: name) else {
      throw HTMLTemplateError(path: name + ".mustache", message: "no such template")
    }
    return text
  }

  static func name(of path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.hasSuffix(".mustache") ? String(file.dropLast(".mustache".count)) : file
  }

  private static func register(_ text: String, path: String, in library: inout MustacheLibrary)
    throws(HTMLTemplateError)
  {
    do {
      try library.register(text, named: name(of: path))
    } catch {
      throw HTMLTemplateError(path: path, message: "not a valid Mustache template: \(error)")
    }
  }
}

/// A template that cannot be read or parsed.
public struct HTMLTemplateError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): error: \(message)" }
}
