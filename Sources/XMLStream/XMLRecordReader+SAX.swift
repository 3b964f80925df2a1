internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The SAX2 callbacks. libxml2 calls them with the parser context as `ctx`
/// (no user data is set: the SAX2 machinery treats user data as a context);
/// the reader travels in the context's `_private` slot.
extension XMLRecordReader {
  func installCallbacks(on handler: inout xmlSAXHandler) {
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.startElementNs = { ctx, localname, prefix, uri, _, _, attributeCount, _, attributes in
      guard let reader = XMLRecordReader.from(ctx) else { return }
      reader.startElement(
        localname: localname, uri: uri,
        attributeCount: Int(attributeCount), attributes: attributes)
      _ = prefix
    }
    handler.endElementNs = { ctx, _, _, _ in
      XMLRecordReader.from(ctx)?.endElement()
    }
    handler.characters = { ctx, bytes, length in
      XMLRecordReader.from(ctx)?.characters(bytes, Int(length))
    }
    handler.cdataBlock = { ctx, bytes, length in
      XMLRecordReader.from(ctx)?.characters(bytes, Int(length))
    }
    handler.internalSubset = { ctx, _, _, _ in
      guard let reader = XMLRecordReader.from(ctx) else { return }
      reader.fail(
        Diagnostic(
          at: reader.startTagLocation(),
          "a DOCTYPE is not allowed in this document (no DTDs or entities are read); remove it"))
    }
    handler.serror = { ctx, error in
      guard let reader = XMLRecordReader.from(ctx), let error else { return }
      reader.libxmlError(error.pointee)
    }
  }

  static func from(_ ctx: UnsafeMutableRawPointer?) -> XMLRecordReader? {
    guard let ctx else { return nil }
    let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let reader = mujun_ctxtPrivate(context) else { return nil }
    return Unmanaged<XMLRecordReader>.fromOpaque(reader).takeUnretainedValue()
  }

  func startElement(
    localname: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
    attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    guard !failed else { return }
    let location = startTagLocation()
    var decoded: [XMLAttribute] = []
    decoded.reserveCapacity(attributeCount)
    if let attributes {
      for index in 0..<attributeCount {
        let base = attributes + index * 5
        guard let start = base[3], let end = base[4] else { continue }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        var value = String(decoding: bytes, as: UTF8.self)
        // Without entity substitution libxml2 hands `&amp;` over as `&#38;`
        // (a raw `&` cannot reach here otherwise): decode it.
        if bytes.contains(UInt8(ascii: "&")) { value = value.replacing("&#38;", with: "&") }
        decoded.append(
          XMLAttribute(name: interned(base[0]), prefix: base[1].map(interned), value: value))
      }
    }
    let element = XMLElement(
      name: interned(localname), namespace: uri.map(interned),
      attributes: decoded, location: location)
    if stack.count >= maxDepth {
      fail(
        Diagnostic(
          at: location,
          "elements nested more than \(maxDepth) levels deep; land records nest a few levels; check the file"
        ))
      return
    }
    if stack.isEmpty {
      root = element
      if prologue == nil, chunk == nil { prologue = capturedPrologue() }
    } else if stack.count >= recordLevel {
      if stack.count == recordLevel {
        recordTextBytes = 0
        noteRecordStart(at: location)
      }
      recordElementCount = stack.count == recordLevel ? 1 : recordElementCount + 1
      if recordElementCount > maxRecordElements {
        fail(
          Diagnostic(
            at: location,
            "record has more than \(maxRecordElements) elements; split it or check the file"))
        return
      }
    }
    heldSpace.open(depth: stack.count)
    stack.append(element)
  }

  /// The Swift string for a name from the parser's dictionary (``NameCache``).
  func interned(_ name: UnsafePointer<xmlChar>?) -> String {
    guard let name else { return "" }
    return nameCache.string(for: name)
  }

  func endElement() {
    guard !failed, let element = stack.popLast() else { return }
    heldSpace.close(depth: stack.count)
    if stack.count > recordLevel {
      stack[stack.count - 1].children.append(element)
    } else if stack.count == recordLevel {
      hand(.record(XMLRecord(element)))
    }  // else the root, or an element between it and the records, closed
  }

  func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int) {
    guard !failed, stack.count > recordLevel, let bytes, length > 0 else { return }
    recordTextBytes += length
    if recordTextBytes > maxRecordTextBytes {
      let record = stack[recordLevel]
      fail(
        Diagnostic(
          at: currentLocation(),
          "record <\(record.name)> at line \(record.location.line) has more than \(maxRecordTextBytes) bytes of text; split it or check the file"
        ))
      return
    }
    heldSpace.add(
      UnsafeBufferPointer(start: bytes, count: length), depth: stack.count - 1,
      to: &stack[stack.count - 1].text)
  }

  func libxmlError(_ error: xmlError) {
    // Warnings do not stop a document; every error does.
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var message = Self.readable(String(cString: error.message).trimmingTrailingNewlines())
    if lineBase != 0 { message = Self.moved(message, lines: lineBase) }
    if root == nil, message == "Document is empty" {
      // libxml2's words when the file holds no `<` at all (a CSV or a text
      // file handed in by mistake); the empty file is caught before.
      message =
        "the file is not XML: it holds no element (is it a CSV or text file?); give the XML document"
    } else if atEndOfInput, let open = stack.last {
      // In push mode libxml2 words a cut-off file as "Extra content at the
      // end of the document"; say what actually happened.
      message =
        "the file ends before <\(open.name)> (opened at line \(open.location.line), column \(open.location.column)) is closed; the file may be cut off"
    }
    let line = error.line > 0 ? fileLine(error.line) : currentLocation().line
    let column = error.int2 > 0 ? Int(error.int2) : currentLocation().column
    fail(Diagnostic(at: SourceLocation(file: fileName, line: line, column: column), message))
  }
}

extension XMLRecordReader {
  /// libxml2's message with every `line N` in it (an open tag's line, as
  /// in "Opening and ending tag mismatch: x line 3 and y") moved on by
  /// `lines`, the lines libxml2 did not count (``lineBase``).
  static func moved(_ message: String, lines: Int) -> String {
    let words = message.split(separator: " ", omittingEmptySubsequences: false)
    var result: [Substring] = []
    for word in words {
      if result.last == "line", let line = Int(word) {
        result.append(Substring(String(line + lines)))
      } else {
        result.append(word)
      }
    }
    return result.joined(separator: " ")
  }

  /// libxml2's message on one line: its invalid-UTF-8 message spans two
  /// ("Input is not proper UTF-8, indicate encoding !\nBytes: 0xFF …").
  static func readable(_ message: String) -> String {
    let prefix = "Input is not proper UTF-8, indicate encoding !"
    if message.hasPrefix(prefix) {
      let bytes = String(message.dropFirst(prefix.count)).trimming("\n ")
      let shown = bytes.hasPrefix("Bytes: ") ? " (\(bytes.dropFirst(7)))" : ""
      return
        "the text is not valid UTF-8 here\(shown); save the file as UTF-8 or declare its encoding in <?xml … encoding=\"…\"?>"
    }
    return message.split(separator: "\n").joined(separator: " ")
  }
}

extension String {
  func trimming(_ set: String) -> String {
    var s = self[...]
    while let first = s.first, set.contains(first) { s = s.dropFirst() }
    while let last = s.last, set.contains(last) { s = s.dropLast() }
    return String(s)
  }

  func trimmingTrailingNewlines() -> String {
    var s = self[...]
    while let last = s.last, last == "\n" || last == " " || last == "\r" { s = s.dropLast() }
    return String(s)
  }
}
