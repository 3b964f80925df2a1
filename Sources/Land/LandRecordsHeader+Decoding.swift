public import XMLStream

extension LandRecordsHeader {
  /// Decodes the root element's start tag (`XMLRecordReader.root`): it must
  /// be `landRecords` in ``ParcelDecoder/namespace``, with optional `asOf`
  /// (a date) and `source` attributes and nothing else. Its children are
  /// decoded one by one with ``ParcelDecoder/decode(_:)``.
  public static func decode(_ root: XMLElement) -> LandRecordsHeaderDecoding {
    ElementTable(root).withView { table in
      var decoder = ElementDecoder(table)
      let element = ElementTable.record
      if root.name != "landRecords" {
        decoder.report(element, DecodingMessage.notLandRecords(root.name))
      } else if root.namespace != ParcelDecoder.namespace {
        decoder.report(element, DecodingMessage.wrongNamespace(root.name, root.namespace))
      }
      _ = decoder.open(element, attributes: ["asOf", "source"])
      let asOf = decoder.date(element, "asOf")
      let source = root.attribute("source")
      guard decoder.diagnostics.isEmpty else {
        return .rejected(errors: decoder.sortedDiagnostics)
      }
      return .header(LandRecordsHeader(asOf: asOf, source: source, location: root.location))
    }
  }
}
