import XMLStream

extension RuleSetLint {
  /// The divisions (two-digit numbers) of each section of GB/T 4754-2017,
  /// the same in the 2011 edition: a code's digits after the letter start
  /// with one of its section's divisions (C = manufacturing, 13 to 43).
  static let divisions: [Character: ClosedRange<Int>] = [
    "A": 1...5, "B": 6...12, "C": 13...43, "D": 44...46, "E": 47...50, "F": 51...52,
    "G": 53...60, "H": 61...62, "I": 63...65, "J": 66...69, "K": 70...70, "L": 71...72,
    "M": 73...75, "N": 76...79, "O": 80...82, "P": 83...83, "Q": 84...85, "R": 86...90,
    "S": 91...96, "T": 97...97,
  ]

  /// Rows whose sector prefix no code of the classification starts with:
  /// a letter that is no section, or a division outside its section.
  static func sectors(_ ruleSet: RuleSet, path: String) -> [Diagnostic] {
    let edition = ruleSet.metadata.classification
    guard edition == "GB/T 4754-2017" || edition == "GB/T 4754-2011" else { return [] }
    var found: [Diagnostic] = []
    for row in ruleSet.ownRows {
      guard let letter = row.sector.first else { continue }
      let digits = row.sector.dropFirst()
      let reason: String
      if let range = divisions[letter] {
        guard digits.count >= 2, let division = Int(digits.prefix(2)), !range.contains(division)
        else { continue }
        let span =
          range.count == 1
          ? String(format2(range.lowerBound))
          : "\(format2(range.lowerBound)) to \(format2(range.upperBound))"
        reason = "section \(letter) holds divisions \(span)"
      } else {
        reason = "there is no section \(letter); sections are A to T"
      }
      found.append(
        RuleSetCheck.sectorNeverMatches(sector: row.sector, edition: edition, reason: reason)
          .diagnostic(at: at(row, in: path)))
    }
    return found
  }

  private static func format2(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}
