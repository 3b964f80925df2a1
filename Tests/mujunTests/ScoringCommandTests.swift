import Foundation
import Testing

/// `mujun evaluate` with a rule set that scores parcels (SampleParcels/README.md,
/// "Scoring parcels with the Chengdu example rules").
@Suite(.serialized) struct ScoringCommandTests {
  /// The bundled Chengdu example as it was before it scored enterprises.
  static let rules = "Tests/Corpus/rules/chengdu-example-parcels.xml"

  /// The table's lines with runs of spaces collapsed to one.
  static func collapsed(_ text: String) -> [String] {
    text.split(separator: "\n").map {
      $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
  }

  @Test func theSummaryCountsClassesPerDistrict() throws {
    let result = try mujun([
      "evaluate", "SampleParcels/chengdu-2024.xml", "--rules", Self.rules,
    ])
    #expect(result.status == 2)
    let lines = Self.collapsed(result.standardOutput)
    // README: A 2 (#19, #20), B 6, C 5, D 2 (#9, #17), T 1 (#12); 4 not classed.
    #expect(lines.contains("district A B C D T not classed total"))
    #expect(lines.contains("total 2 6 5 2 1 4 20"))
    // Longquanyi: #2 C, #15 B, #20 A (#11, rejected, has no district: it is in the "—" row).
    #expect(lines.contains("510112 龙泉驿区 1 1 1 0 0 0 3"))
  }

  @Test func verdictLinesCarryTheScoreAndClass() throws {
    let result = try mujun([
      "evaluate", "SampleParcels/chengdu-2024.xml", "--rules", Self.rules,
      "--jsonl", "-",
    ])
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 20)
    // #20 ranks first of 12 above-size parcels with 162.3746 (README).
    #expect(lines[19].contains(#""score":162.3746,"class":"A","#))
    #expect(lines[19].contains(#""rank":1,"groupSize":12,"#))
  }
}
