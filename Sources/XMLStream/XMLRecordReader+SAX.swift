internal import CLibXML2

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
        guard let name = String(xml: base[0]), let start = base[3], let end = base[4] else {
          continue
        }
        var value = String(
          decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        // Without entity substitution libxml2 hands `&amp;` over as `&#38;`
        // (a raw `&` cannot reach here otherwise): decode it.
        if value.contains("&#38;") { value = value.replacing("&#38;", with: "&") }
        decoded.append(XMLAttribute(name: name, prefix: String(xml: base[1]), value: value))
      }
    }
    let element = XMLElement(
      name: String(xml: localname) ?? "", namespace: String(xml: uri),
      attributes: decoded, location: location)
    if stack.isEmpty {
      root = element
    } else {
      recordElementCount = stack.count == 1 ? 1 : recordElementCount + 1
      if recordElementCount > maxRecordElements {
        fail(
          Diagnostic(
            at: location,
            "record has more than \(maxRecordElements) elements; split it or check the file"))
        return
      }
    }
    stack.append(element)
  }

  func endElement() {
    guard !failed, let element = stack.popLast() else { return }
    switch stack.count {
    case 0: break  // the root closed
    case 1: pending.append(.record(element))
    default: stack[stack.count - 1].children.append(element)
    }
  }

  func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int) {
    guard !failed, stack.count >= 2, let bytes, length > 0 else { return }
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    stack[stack.count - 1].text += text
  }

  func libxmlError(_ error: xmlError) {
    // Warnings do not stop a document; every error does.
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var message = String(cString: error.message).trimmingTrailingNewlines()
    if atEndOfInput, let open = stack.last {
      // In push mode libxml2 words a cut-off file as "Extra content at the
      // end of the document"; say what actually happened.
      message =
        "the file ends before <\(open.name)> (opened at line \(open.location.line), column \(open.location.column)) is closed; the file may be cut off"
    }
    let line = error.line > 0 ? Int(error.line) : currentLocation().line
    let column = error.int2 > 0 ? Int(error.int2) : currentLocation().column
    fail(Diagnostic(at: SourceLocation(file: fileName, line: line, column: column), message))
  }
}

extension String {
  func trimmingTrailingNewlines() -> String {
    var s = self[...]
    while let last = s.last, last == "\n" || last == " " || last == "\r" { s = s.dropLast() }
    return String(s)
  }
}
