import Land
import Tables

/// Merges the rows of department data files, one file (one department) at
/// a time, into figures per enterprise and year (records.md, "Department
/// data files" and "Who is an enterprise"):
///
/// - two rows of one file for the same code and year are an error for
///   each; the fields they give have no data;
/// - the same field from two files is an error unless the values agree
///   (within one part in a billion), and then has no data;
/// - a bad cell makes its field an error too, whatever other files say;
/// - a code under different names in two files is a warning.
///
/// Pure and incremental: the caller reads a file, adds its rows, and may
/// drop them; the work per row is a few hash lookups. The problems it
/// returns are the rows' and the merge's; a header's own problems
/// (``DepartmentHeader/problems``, a skipped sheet) are the caller's to
/// report beside them.
public struct DepartmentMerge: Sendable {
  private var entries: [FirmYear: Entry] = [:]
  var names: [String: NameRecord] = [:]
  private var problems: [DataProblem] = []
  private var files = 0

  public init() {}

  /// Merges files given whole, in order.
  public static func merge(_ files: [[DepartmentRow]]) -> DepartmentData {
    var merge = DepartmentMerge()
    for rows in files {
      merge.add(file: rows)
    }
    return merge.merged
  }

  /// Adds the rows of one department's file (all its sheets). Rows without
  /// a well-formed code or a year are not merged; their problems are kept.
  public mutating func add(file rows: [DepartmentRow]) {
    let file = files
    files += 1
    let repeated = Self.repeatedRows(rows)
    for row in rows {
      problems += row.problems
      guard let key = Self.key(of: row) else { continue }
      let places = repeated.isEmpty ? nil : repeated[key]
      var found = entries[key, default: Entry(creditCode: row.creditCode)]
        .add(row, key: key, repeatedAt: places)
      if places == nil, let note = noteName(of: row, code: key.code, file: file) {
        found.append(note)
      }
      if !row.problems.isEmpty || !found.isEmpty {
        entries[key, default: Entry(creditCode: row.creditCode)].problems += row.problems + found
        problems += found
      }
    }
  }

  /// The merge of the files added so far.
  public var merged: DepartmentData {
    var firms: [FirmYear: FirmFigures] = [:]
    firms.reserveCapacity(entries.count)
    for (key, entry) in entries {
      firms[key] = entry.figures(key)
    }
    return DepartmentData(firms: firms, problems: problems)
  }

  /// The key a row is merged under: its code in normal form (even when the
  /// check character fails: the enterprise is reported under it, with the
  /// error) and its year.
  static func key(of row: DepartmentRow) -> FirmYear? {
    guard let code = row.code, let year = row.year else { return nil }
    return FirmYear(code: code, year: year)
  }

  /// For each key with more than one row in `rows`, those rows' places.
  private static func repeatedRows(_ rows: [DepartmentRow]) -> [FirmYear: [CellPlace]] {
    var first: [FirmYear: Int] = [:]
    first.reserveCapacity(rows.count)
    var repeated: [FirmYear: [CellPlace]] = [:]
    for (index, row) in rows.enumerated() {
      guard let key = key(of: row) else { continue }
      if let earlier = first[key] {
        repeated[key, default: [rows[earlier].place]].append(row.place)
      } else {
        first[key] = index
      }
    }
    return repeated
  }
}
