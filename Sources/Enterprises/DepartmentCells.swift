import Land

/// The department files' cells that are neither codes nor figures: years
/// and scales.
enum DepartmentCells {
  /// A performance year: four digits, optionally followed by `年` (as
  /// Chinese tables write `2024年`), full-width digits allowed; nil for an
  /// empty cell; otherwise the message.
  static func year(_ text: String) -> Result<Int?, YearProblem> {
    var narrowed = CellText.narrowed(text)
    if narrowed.isEmpty { return .success(nil) }
    if narrowed.hasSuffix("年") { narrowed.removeLast() }
    guard narrowed.utf8.count == 4, narrowed.utf8.allSatisfy({ (48...57).contains($0) }),
      let year = Int(narrowed)
    else { return .failure(YearProblem(text: String(CellText.trimmed(text)))) }
    return .success(year)
  }

  struct YearProblem: Error {
    var text: String
  }

  /// 规上 / 规模以上 / `above` and 规下 / 规模以下 / `below` (English in
  /// any case); nil for an empty cell; otherwise the text as written.
  static func scale(_ text: String) -> Result<HolderScale?, ScaleProblem> {
    let narrowed = CellText.asciiLowercased(CellText.narrowed(text))
    switch narrowed {
    case "": return .success(nil)
    case "规上", "规模以上", "above": return .success(.above)
    case "规下", "规模以下", "below": return .success(.below)
    default: return .failure(ScaleProblem(text: String(CellText.trimmed(text))))
    }
  }

  struct ScaleProblem: Error {
    var text: String
  }
}
