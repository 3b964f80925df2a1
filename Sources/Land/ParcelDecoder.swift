public import XMLStream

/// Decodes `parcel` elements of the land-record format, version 1
/// (`records.md`), strictly: every element in the format's namespace, no
/// unknown elements or attributes, children in the documented order,
/// values in their documented forms. It reports every problem it finds,
/// not just the first, each at the element where it is.
public enum ParcelDecoder {
  /// The namespace of the land-record format, version 1.
  public static let namespace = "urn:mujun:land-records:1"
  /// The element name of a record, the root's children (a reader that knows
  /// it goes on after a broken record: ``XMLRecordReader/recordName``).
  public static let recordName = "parcel"

  /// Decodes one record (a child of `landRecords`, as
  /// `XMLRecordReader` hands it out).
  public static func decode(_ record: XMLRecord) -> ParcelDecoding {
    decode(record.table)
  }

  /// Decodes one record given as an element tree.
  public static func decode(_ element: XMLElement) -> ParcelDecoding {
    decode(ElementTable(element))
  }

  /// Decodes the record of `table`.
  public static func decode(_ table: ElementTable) -> ParcelDecoding {
    table.withView { decode($0) }
  }

  private static func decode(_ table: ElementTable.View) -> ParcelDecoding {
    var decoder = ElementDecoder(table)
    let element = ElementTable.record
    // A rejected record keeps its id, when it has a usable one; a parcel
    // reads its own (no second `String` of it for every record).
    func rejected(_ errors: [Diagnostic]) -> ParcelDecoding {
      let id = decoder.attribute(element, "id")
      return .rejected(
        id: id?.isEmpty == false ? id : nil, location: table.location(element), errors: errors)
    }
    guard table.name(element, is: "parcel") else {
      decoder.report(element, DecodingMessage.notAParcel(table.name(element)))
      return rejected(decoder.diagnostics)
    }
    // Moved out, not copied: a copy retained every string and array of
    // the parcel (`perf record`, release, 200k parcels: 0.6% of a batch
    // run, and as much again to release them).
    var parcel = Parcel.decode(element, with: &decoder)
    if decoder.diagnostics.isEmpty, let parcel = parcel.take() {
      return .parcel(parcel)
    }
    // Anything that stops a parcel from being built has been reported.
    assert(!decoder.diagnostics.isEmpty, "a parcel failed to decode without a diagnostic")
    return rejected(decoder.sortedDiagnostics)
  }
}
