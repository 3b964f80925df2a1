internal import CLibXML2

/// A compiled XSD, and validation of documents against it.
///
/// Validation streams (libxml2's SAX-plugged validator, no tree is built)
/// and reports every problem as a ``Diagnostic`` with line and column.
/// The schema itself is compiled from text held in memory, so it never
/// reaches for a file or the network (imports and includes are refused by
/// the process-wide entity loader, see ``LibXML2``).
public final class XMLSchema {
  public let name: String
  private let schema: xmlSchemaPtr

  public init(xsd: String, name: String) throws(Diagnostic) {
    _ = LibXML2.ready
    self.name = name
    let collector = DiagnosticCollector(fileName: name)
    let bytes = Array(xsd.utf8)
    let compiled: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let context = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count))
        else { return nil }
        defer { xmlSchemaFreeParserCtxt(context) }
        return collector.capturing { opaque in
          xmlSchemaSetParserStructuredErrors(context, diagnosticCallback, opaque)
          return xmlSchemaParse(context)
        }
      }
    }
    guard let compiled else {
      throw collector.diagnostics.first
        ?? Diagnostic(
          at: SourceLocation(file: name, line: 1, column: 1), "the schema does not compile")
    }
    schema = compiled
  }

  deinit { xmlSchemaFree(schema) }

  /// Validates a file; an empty result means it is valid.
  public func validate(path: String, displayName: String? = nil) -> [Diagnostic] {
    let name = displayName ?? path
    guard let input = xmlParserInputBufferCreateFilename(path, XML_CHAR_ENCODING_NONE) else {
      return [
        Diagnostic(
          at: SourceLocation(file: name, line: 1, column: 1),
          "cannot read the file; check the path and its permissions")
      ]
    }
    return run(input: input, fileName: name)
  }

  /// Validates a document held in memory.
  public func validate(bytes: [UInt8], fileName: String) -> [Diagnostic] {
    let input: xmlParserInputBufferPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        // libxml2 copies the bytes into its own buffer.
        xmlParserInputBufferCreateMem($0.baseAddress, Int32($0.count), XML_CHAR_ENCODING_NONE)
      }
    }
    guard let input else {
      return [Diagnostic(at: SourceLocation(file: fileName, line: 1, column: 1), "out of memory")]
    }
    return run(input: input, fileName: fileName)
  }

  /// Takes ownership of `input` (the validator frees it).
  private func run(input: xmlParserInputBufferPtr, fileName: String) -> [Diagnostic] {
    let collector = DiagnosticCollector(fileName: fileName)
    guard let context = xmlSchemaNewValidCtxt(schema) else {
      xmlFreeParserInputBuffer(input)
      return [Diagnostic(at: SourceLocation(file: fileName, line: 1, column: 1), "out of memory")]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    let status = collector.capturing { opaque in
      xmlSchemaSetValidStructuredErrors(context, diagnosticCallback, opaque)
      return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
    }
    if status != 0 && collector.diagnostics.isEmpty {
      collector.diagnostics.append(
        Diagnostic(
          at: SourceLocation(file: fileName, line: 1, column: 1),
          "the document is not valid (libxml2 gave no reason)"))
    }
    return collector.diagnostics
  }
}

/// Gathers libxml2's structured errors while a call runs.
final class DiagnosticCollector {
  let fileName: String
  var diagnostics: [Diagnostic] = []

  init(fileName: String) { self.fileName = fileName }

  /// Runs `body` with this collector installed as the thread's structured
  /// error handler too (parse errors bypass the validator's own handler),
  /// and restores the default afterwards. `body` must not suspend.
  func capturing<T>(_ body: (UnsafeMutableRawPointer) -> T) -> T {
    let opaque = Unmanaged.passUnretained(self).toOpaque()
    xmlSetStructuredErrorFunc(opaque, diagnosticCallback)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    return withExtendedLifetime(self) { body(opaque) }
  }

  func record(_ error: xmlError) {
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let message = Self.readable(String(cString: error.message))
    let location = SourceLocation(
      file: fileName, line: max(Int(error.line), 1), column: max(Int(error.int2), 1))
    let diagnostic = Diagnostic(at: location, message)
    if diagnostics.last != diagnostic { diagnostics.append(diagnostic) }
  }

  /// libxml2's message without its trailing newline and without the
  /// `{urn:…}` namespace prefixes on element names, which only clutter it
  /// (a `{…}` with spaces or quotes, such as an enumeration, is kept).
  static func readable(_ raw: String) -> String {
    var out = ""
    var rest = raw[...]
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let tail = rest[rest.index(after: open)...]
      if let close = tail.firstIndex(of: "}"),
        !tail[..<close].contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }),
        tail[..<close].contains(":")
      {
        rest = tail[tail.index(after: close)...]
      } else {
        out.append("{")
        rest = tail
      }
    }
    out += rest
    return out.trimmingTrailingNewlines()
  }
}

let diagnosticCallback: xmlStructuredErrorFunc = { userData, error in
  guard let userData, let error else { return }
  Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
}
