import XMLStream

/// One XML part of a workbook read as records with the project's secure
/// reader (no DOCTYPE, no entity expanded, no network), its failures made
/// into problems that name the part, line and column.
struct XLSXPart {
  let path: String
  let reader: XMLRecordReader

  init(bytes: [UInt8], path: String, depth: Int = 2) {
    self.path = path
    reader = XMLRecordReader(bytes: bytes, fileName: path)
    reader.recordDepth = depth
  }

  /// The next record; a failure (which ends the part) as its diagnostic
  /// and the record that was open.
  func next() -> Result<XMLElement, Failure>? {
    switch reader.next() {
    case nil: nil
    case .record(let record)?: .success(record.element)
    case .broken(let diagnostic, let partial, _)?, .failure(let diagnostic, let partial)?:
      .failure(Failure(diagnostic: diagnostic, partial: partial))
    }
  }

  /// Every record, or the failure as a problem at `place`.
  func all(place: CellPlace) throws(TableProblem) -> [XMLElement] {
    var records: [XMLElement] = []
    while let result = next() {
      switch result {
      case .success(let record): records.append(record)
      case .failure(let failure): throw failure.problem(at: place)
      }
    }
    return records
  }

  struct Failure: Error {
    var diagnostic: Diagnostic
    var partial: XMLElement?

    /// `xl/worksheets/sheet1.xml:3:5: <what libxml2 or the reader says>`,
    /// and what to do.
    func problem(at place: CellPlace) -> TableProblem {
      TableProblem(
        at: place,
        "\(diagnostic.location): \(diagnostic.message); the workbook is damaged or was not saved by a spreadsheet program: open it in Excel or WPS and save it again"
      )
    }
  }
}

extension XMLElement {
  /// The children with this local name, in any namespace (transitional
  /// and strict OOXML name the same elements in two namespaces).
  func each(_ name: String) -> [XMLElement] { children.filter { XMLElement.same($0.name, name) } }

  func first(_ name: String) -> XMLElement? { children.first { XMLElement.same($0.name, name) } }

  /// An attribute by local name whatever its prefix (`r:id`).
  func anyAttribute(_ name: String) -> String? {
    attributes.first { XMLElement.same($0.name, name) }?.value
  }
}
