import XMLStream

/// A cell's text as the sheet stores it (ECMA-376 Part 1, 18.3.1.4 `c`
/// and 18.18.11 ST_CellType): numbers and dates as their `v` text (a date
/// is its serial number), shared strings by index, inline strings, formula
/// results as saved, booleans as TRUE and FALSE (as Excel shows them),
/// errors as their text (`#DIV/0!`).
extension XLSXSheetReader {
  func value(of cell: XMLElement, at place: CellPlace) -> (String, TableProblem?) {
    var stored: XMLElement?
    var formula: XMLElement?
    var inline: XMLElement?
    for child in cell.children {
      switch child.name {
      case "v": stored = child
      case "f": formula = child
      case "is": inline = child
      default: break
      }
    }
    let damaged = "the workbook is damaged: open it in Excel or WPS and save it again"
    var text: String
    switch cell.attribute("t") {
    case "s":
      guard let stored else { return ("", nil) }
      guard let index = Int(stored.text), index >= 0, index < strings.strings.count else {
        return (
          "",
          TableProblem(
            at: place,
            "the cell refers to shared string \(stored.text), but the workbook has \(strings.strings.count); \(damaged)"
          )
        )
      }
      if strings.oversized.contains(index) { return ("", tooLarge(place)) }
      text = strings.strings[index]
    case "inlineStr":
      text =
        inline.map(SharedStrings.text(of:)) ?? stored.map { SharedStrings.unescaped($0.text) } ?? ""
    case "str":
      text = stored.map { SharedStrings.unescaped($0.text) } ?? ""
    case "b":
      switch stored?.text {
      case "1": text = "TRUE"
      case "0": text = "FALSE"
      default: text = stored?.text ?? ""
      }
    default:
      text = stored?.text ?? ""
    }
    if stored == nil, inline == nil, let formula {
      let shown =
        formula.text.isEmpty
        ? "" : " (=\(formula.text.count > 60 ? formula.text.prefix(60) + "…" : formula.text))"
      return (
        "",
        TableProblem(
          at: place,
          "the cell holds a formula\(shown) with no saved result; open the workbook in Excel or WPS and save it, so the results are saved with it"
        )
      )
    }
    if text.utf8.count > maxCellBytes { return ("", tooLarge(place)) }
    return (text, nil)
  }

  func tooLarge(_ place: CellPlace) -> TableProblem {
    TableProblem(
      at: place,
      "the cell holds more than \(ByteCount.text(maxCellBytes)) of text, more than a spreadsheet cell can (32767 characters); it is read as empty: the workbook is damaged or was not saved by a spreadsheet program"
    )
  }
}
