import Evaluation
import Foundation
import Land
import Testing
import XMLStream

@testable import Reports

/// A failing row on a custom indicator (issue 8) shows in the CSV's
/// `failed` column and as a check on the parcel card, not only in JSON.
@Suite struct CustomFindingOutputTests {
  static func verdict() -> Verdict {
    var verdict = HTMLFixture.verdict(
      "CUSTOM-1", .noncompliant, taxPerMu: 30,
      findings: [HTMLFixture.finding(.taxPerMu, .fail, value: 30, min: 40)])
    verdict.customFindings = [
      CustomFinding(
        indicator: "taxPerEnergy", unit: "10k-CNY/tce", status: .fail, value: 1.5, min: 2,
        max: nil, rule: SourceLocation(file: "custom.xml", line: 21, column: 5),
        ruleSetID: "custom", source: nil,
        message: "taxPerEnergy 1.5 is below the minimum 2 <tce>")
    ]
    return verdict
  }

  @Test func theCSVListsFailedCustomIndicatorsAfterTheBuiltInOnes() {
    let row = VerdictCSV.row(Self.verdict())
    #expect(row.contains(",noncompliant,2024,"))
    #expect(row.contains(",taxPerMu;taxPerEnergy,"))
  }

  @Test func theCardShowsTheCustomCheckEscaped() throws {
    let page = try ParcelCard(verdict: Self.verdict(), ruleSet: HTMLFixture.ruleSet()).render()
    #expect(page.contains("taxPerEnergy"))
    #expect(page.contains("1.5 10k-CNY/tce"))
    #expect(page.contains("custom custom.xml:21"))
    // The message came from a rule set: escaped like any input.
    #expect(page.contains("below the minimum 2 &lt;tce&gt;"))
    #expect(!page.contains("<tce>"))
  }
}
