import Land
import Tables
import XMLStream

/// The enterprises of a run (records.md 1.1, "Who is an enterprise, and
/// with what"): every credit code met as holder or tenant in the records
/// (``EnterpriseLedger``) or in a department file's row of the evaluated
/// year (``DepartmentData``), each exactly once, sorted by code; and the
/// join report.
public struct EnterpriseJoin: Sendable {
  public var enterprises: [Enterprise] = []
  public var report: JoinReport

  /// Joins `ledger` and `data` for `year`. `data` is nil when the run was
  /// given no department files.
  public init(ledger: EnterpriseLedger, data: DepartmentData?, year: Int) {
    report = JoinReport(year: year, hadData: data != nil)
    report.problems = data?.problems ?? []
    report.landWithoutCode = ledger.landWithoutCode
    var fromData: [String: FirmFigures] = [:]
    for (key, figures) in data?.firms ?? [:] {
      if key.year == year { fromData[key.code] = figures } else { report.rowsOfOtherYears += 1 }
    }
    let codes = Set(ledger.codes).union(fromData.keys).sorted()
    enterprises.reserveCapacity(codes.count)
    for code in codes {
      enterprises.append(
        Self.enterprise(
          code, holdings: ledger.firm(code), data: fromData[code], year: year,
          report: &report))
    }
    report.enterprises = enterprises.count
  }

  static func enterprise(
    _ code: String, holdings: FirmHoldings?, data: FirmFigures?, year: Int,
    report: inout JoinReport
  ) -> Enterprise {
    var notes: [EnterpriseIssue] = []
    var errors: [EnterpriseIssue] = []
    let holdings = holdings ?? FirmHoldings()
    // The code itself: one that fails its check is its own enterprise. A
    // data row's code carries its own error (below); one from the records
    // gets it here.
    if case .failure(let problem) = CreditCode.validate(code) {
      let fromData = data?.problems.contains { $0.kind == .badCreditCode } ?? false
      let source =
        holdings.land.first.map { "\($0.location)" }
        ?? data.flatMap { firm in firm.problems.first { $0.kind == .badCreditCode }?.place }
        .map { "\($0)" }
      let issue = EnterpriseIssue(source: source, "\(problem); correct it in the source")
      if !fromData { errors.append(issue) }
      report.badCodes.append(issue)
    }
    for rejected in holdings.rejected {
      errors.append(
        EnterpriseIssue(
          source: "\(rejected.location)",
          "the record of parcel \(rejected.parcel.map { "\"\($0)\"" } ?? "(no id)") is rejected; its land is not counted for this enterprise: correct the record"
        ))
      report.lostLand.append(
        .init(code: code, parcel: rejected.parcel, location: rejected.location))
    }
    // Figures: each field from the files when they give it (an error there
    // is no data, never the records' value), else the held parcels' sum
    // with its parcels (one array shared by the fields every parcel gives);
    // the list made at its size.
    var list: [(PerformanceField, EnterpriseFigure)] = []
    let everyParcel = holdings.figureSources.map(\.location)
    for field in PerformanceField.allCases {
      if let merged = data?.figures[field] {
        if case .value(let sourced) = merged {
          list.append(
            (field, EnterpriseFigure(value: sourced.value, origin: .row(sourced.source))))
        }
        continue
      }
      guard let value = holdings.figure(field) else { continue }
      let bit = UInt16(1) << field.ordinal
      let sources =
        holdings.figureSources.allSatisfy { $0.fields & bit != 0 }
        ? everyParcel : holdings.figureSources.filter { $0.fields & bit != 0 }.map(\.location)
      list.append((field, EnterpriseFigure(value: value, origin: .records(sources))))
    }
    let figures = FieldValues(list)
    if let data {
      for problem in data.problems {
        let issue = EnterpriseIssue(source: "\(problem.place)", problem.message)
        if problem.severity == .error { errors.append(issue) } else { notes.append(issue) }
      }
    }
    // Names: the files' first, else the records'; a difference is noted
    // (names written alike are compared no further).
    let name = data?.name?.value ?? holdings.names.first?.name
    let written = (data?.name.map { [$0.value] } ?? []) + holdings.names.map(\.name)
    if Set(written).count > 1, Set(written.map(comparable)).count > 1 {
      var names = holdings.names.map { EnterpriseIssue(source: "\($0.location)", $0.name) }
      if let fileName = data?.name {
        names.insert(EnterpriseIssue(source: row(fileName.source), fileName.value), at: 0)
      }
      report.differentNames.append(.init(code: code, names: names))
      notes.append(
        EnterpriseIssue(
          source: nil,
          "its name differs between sources: "
            + names.map { "'\($0.message)' (\($0.source ?? ""))" }.joined(separator: ", ")))
    }
    // Scale: the files', else the held parcels'.
    var scale = holdings.scales.first
    if holdings.scales.count > 1 {
      notes.append(
        EnterpriseIssue(
          source: nil,
          "the records of the parcels it holds give it both scales (规上 and 规下); \(scale?.rawValue ?? "") is taken from the first"
        ))
    }
    if let fileScale = data?.scale?.value {
      if let recordScale = scale, recordScale != fileScale {
        notes.append(
          EnterpriseIssue(
            source: data?.scale?.source.map(row),
            "the data file gives scale \(fileScale.rawValue), the records \(recordScale.rawValue); the file's is taken"
          ))
      }
      scale = fileScale
    }
    let areaMu = holdings.areaMu
    // The track, before any scheme: by scale for those that hold land.
    let track: EnterpriseTrack
    if holdings.land.isEmpty {
      track = .unscored
      notes.append(EnterpriseIssue(source: nil, "no land in the records"))
      if data == nil { report.rejectedOnly += 1 }
      if data != nil {
        report.dataOnly += 1
        report.codesWithoutLand.append(
          .init(code: code, source: data.map { row($0.name?.source ?? firstSource($0)) } ?? ""))
      }
    } else if !holdings.holdsLand {
      track = .tenant
      report.tenantsOnly += 1
    } else if let scale {
      track = scale == .above ? .above : .below
      report.holders += 1
    } else {
      track = .unscored
      report.holders += 1
      notes.append(
        EnterpriseIssue(
          source: nil,
          "its scale (规上 or 规下) is unknown: give it in a data file's 规模 column or the holder's scale attribute"
        ))
    }
    if report.hadData, data == nil, !holdings.land.isEmpty {
      report.landWithoutData.append(
        .init(code: code, source: holdings.land.first.map { "\($0.location)" } ?? ""))
    }
    var enterprise = Enterprise(
      code: code, name: name, year: year, track: track, land: holdings.land, areaMu: areaMu,
      figures: figures, indicators: [], scale: scale, sector: holdings.largest?.sector,
      district: holdings.largest?.district, completed: holdings.completed, notes: notes,
      errors: errors)
    enterprise.granted = holdings.granted
    enterprise.events = holdings.events
    enterprise.pastRatings = holdings.ratings
    enterprise.tenantCodes = holdings.tenantCodes
    enterprise.recomputeIndicators()
    return enterprise
  }

  /// A row's place, without its column: `file:17` or `file:Sheet!17`.
  static func row(_ place: CellPlace?) -> String {
    guard var place else { return "" }
    place.column = nil
    return place.description
  }

  /// The first cell a firm's data came from.
  static func firstSource(_ data: FirmFigures) -> CellPlace? {
    data.figures.values.compactMap(\.source).min { ($0.file, $0.row) < ($1.file, $1.row) }
  }

  static func comparable(_ name: String) -> String {
    DepartmentMerge.comparable(name)
  }
}
