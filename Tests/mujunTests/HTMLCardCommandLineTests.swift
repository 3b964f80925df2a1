import Foundation
import Testing

/// `mujun check … --html`: one parcel's card, with the exit statuses of
/// `mujun check` unchanged.
@Suite(.serialized) struct HTMLCardCommandLineTests {
  static let file = repositoryRoot + "/SampleParcels/contracts-2025.xml"

  @Test func htmlWritesTheCardAndKeepsTheExitStatus() throws {
    let dir = try temporaryDirectory()
    // CT-02 starts 45 days late: 45 days × 0.5‰ × 800 = 18; a broken clause exits 1.
    let broken = try mujun(
      ["check", Self.file, "--parcel", "CT-02", "--as-of", "2025-03-31", "--html", "card.html"],
      in: dir)
    #expect(broken.status == 1)
    #expect(broken.standardOutput.contains("45 天 × 0.5‰ × 800 = 18"))
    let page = try String(contentsOfFile: dir + "/card.html", encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    #expect(page.contains("<h1 title="))
    #expect(page.contains("CT-02"))
    #expect(page.contains("<span class=\"basis\">45 天 × 0.5‰ × 800 = 18</span>"))
    #expect(!page.contains("生成时间"))
    let holds = try mujun(
      [
        "check", Self.file, "--parcel", "CT-01", "--as-of", "2025-03-31", "--html", "ok.html",
        "--lang", "en", "--stamp",
      ], in: dir)
    #expect(holds.status == 0)
    let english = try String(contentsOfFile: dir + "/ok.html", encoding: .utf8)
    #expect(english.contains("<html lang=\"en\">"))
    #expect(english.contains("<dt>Generated</dt><dd>20"))
  }

  /// The Chengdu example's parcel-scoring copy scores (two passes over the
  /// file, so the card has the parcel's rank among all of them) and --as-of
  /// checks the contract.
  @Test func aScoringRuleSetPutsTheScoreByItemOnTheCard() throws {
    let dir = try temporaryDirectory()
    let result = try mujun(
      [
        "check", repositoryRoot + "/SampleParcels/chengdu-2024.xml", "--rules",
        repositoryRoot + "/Tests/Corpus/rules/chengdu-example-parcels.xml", "--parcel",
        "510114-2019-GY-0044",
        "--as-of", "2025-03-31", "--html", "card.html",
      ], in: dir)
    #expect(result.status == 1)
    let page = try String(contentsOfFile: dir + "/card.html", encoding: .utf8)
    #expect(page.contains("<h2>亩均效益分类</h2>"))
    #expect(page.contains("<span class=\"cls cls-D\">D类</span>"))
    #expect(page.contains("排名 12 / 12"))
    #expect(page.contains("<h2>出让合同履约</h2>"))
  }

  @Test func evaluateWithScoresAndContractsShowsBothSections() throws {
    let dir = try temporaryDirectory()
    let result = try mujun(
      [
        "evaluate", repositoryRoot + "/SampleParcels/chengdu-2024.xml", "--rules",
        repositoryRoot + "/Tests/Corpus/rules/chengdu-example-parcels.xml", "--as-of", "2025-03-31",
        "--html",
        "r.html", "--lang", "en",
      ], in: dir)
    #expect(result.status == 2)
    let page = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
    #expect(page.contains("<h3>Per-mu classes · parcels scored 17</h3>"))
    #expect(page.contains("<figcaption>Score distribution</figcaption>"))
    #expect(page.contains("<figcaption>Classes by district</figcaption>"))
    #expect(page.contains("<h3>Land-transfer contracts · contracts checked 17</h3>"))
    #expect(page.contains("<h3>Largest damages</h3>"))
  }

  @Test func htmlWithoutParcelIsAUsageError() throws {
    let dir = try temporaryDirectory()
    let result = try mujun(
      ["check", Self.file, "--as-of", "2025-03-31", "--html", "card.html"], in: dir)
    #expect(result.status == 64)
    #expect(
      result.standardError.contains("--html writes one parcel's card; say which with --parcel ID"))
    #expect(result.standardOutput.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: dir + "/card.html"))
  }

  @Test func anUnknownParcelExits2AndWritesNoCard() throws {
    let dir = try temporaryDirectory()
    let result = try mujun(
      ["check", Self.file, "--parcel", "NOPE", "--as-of", "2025-03-31", "--html", "card.html"],
      in: dir)
    #expect(result.status == 2)
    #expect(!FileManager.default.fileExists(atPath: dir + "/card.html"))
  }

  @Test func cardOptionsNeedHtmlAndADate() throws {
    let stamp = try mujun(["check", Self.file, "--as-of", "2025-03-31", "--stamp"])
    #expect(stamp.status == 64)
    #expect(stamp.standardError.contains("add --html PATH"))
    let draft = try mujun(["check", Self.file, "--draft", "--parcel", "CT-01", "--html", "c.html"])
    #expect(draft.status == 64)
  }
}
