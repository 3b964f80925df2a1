import Foundation
import Testing

/// `mujun evaluate … --html`, run from a folder other than the repository's
/// so that the built-in templates must come from the binary itself.
@Suite(.serialized) struct HTMLCommandLineTests {
  static let samples = repositoryRoot + "/SampleParcels/chengdu-2024.xml"

  @Test func htmlWritesTheBatchReportFromAnyFolder() throws {
    let dir = try temporaryDirectory()
    let result = try mujun(
      ["evaluate", Self.samples, "--html", "report.html", "--csv", "all.csv"], in: dir)
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("20 parcels: 8 compliant, 7 noncompliant"))
    let page = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    #expect(page.contains("<h1>工业用地亩均评价报告</h1>"))
    #expect(page.contains("<dt>数据截至</dt><dd>2025-03-31</dd>"))
    #expect(page.contains(#"<a href="./all.csv">"#))
    #expect(page.contains("<span class=\"n\">20</span>"))
    #expect(!page.contains("生成时间"))
  }

  @Test func langEnWritesEnglishAndTheSameRunGivesTheSameBytes() throws {
    let dir = try temporaryDirectory()
    for name in ["a.html", "b.html"] {
      _ = try mujun(["evaluate", Self.samples, "--html", name, "--lang", "en"], in: dir)
    }
    let first = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.html"))
    let second = try Data(contentsOf: URL(fileURLWithPath: dir + "/b.html"))
    #expect(first == second)
    let page = String(decoding: first, as: UTF8.self)
    #expect(page.contains("<html lang=\"en\">"))
    #expect(page.contains("<h1>Industrial land per-mu evaluation</h1>"))
  }

  @Test func theReportListsProblemsOfTheFileItselfEscaped() throws {
    // A parcel whose start tag cannot be read (a raw `<` in a value, line
    // 8) has no verdict: the report says what was skipped; then the file
    // is cut off inside GOOD-2, which opens on line 9.
    let dir = try temporaryDirectory()
    let text = CorpusDocument.around("  <parcel id=\"BAD\" note=\"<b>\"></parcel>")
    let cut = String(text[..<text.range(of: "<area unit=\"m2\">20000")!.lowerBound])
    try cut.write(toFile: dir + "/records.xml", atomically: false, encoding: .utf8)
    let result = try mujun(
      ["evaluate", "records.xml", "--html", "report.html", "--lang", "en"], in: dir)
    #expect(result.status == 2)
    let page = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
    #expect(page.contains("<h3>Problems with the file itself (line:column)</h3>"))
    // `  <parcel id="BAD" note="` is 25 characters: the `<` is column 26.
    #expect(
      page.contains("<li>8:26: Unescaped &#39;&lt;&#39; not allowed in attributes values</li>"))
    #expect(
      page.contains(
        "<li>8:26: skipped from here: reading goes on at the next &lt;parcel&gt;, line 9, column 3; a parcel whose start tag is in the skipped part gets no verdict</li>"
      ))
    #expect(page.contains("the file may be cut off</li>"))
    #expect(!page.contains("<b>"))
  }

  @Test func theReportListsAtMostFiftyProblemsOfTheFile() throws {
    // 60 start tags that cannot be read give 120 problems (the error and
    // what was skipped, each): 50 listed, 70 more.
    let dir = try temporaryDirectory()
    let bad = (0..<60).map { "  <parcel id=\"BAD-\($0)\" note=\"<\"></parcel>" }
    try CorpusDocument.around(bad.joined(separator: "\n")).write(
      toFile: dir + "/records.xml", atomically: false, encoding: .utf8)
    _ = try mujun(["evaluate", "records.xml", "--html", "report.html", "--lang", "en"], in: dir)
    let page = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
    let section = try #require(page.components(separatedBy: "Problems with the file itself").last)
    #expect(section.components(separatedBy: "<li>").count - 1 == 50)
    #expect(page.contains("<p>And 70 more; mujun evaluate prints them on standard error.</p>"))
  }

  @Test func stampAddsTheTime() throws {
    let dir = try temporaryDirectory()
    _ = try mujun(["evaluate", Self.samples, "--html", "r.html", "--stamp"], in: dir)
    let page = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
    #expect(page.contains("<dt>生成时间</dt><dd>20"))
  }

  @Test func templateDirReplacesATemplate() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: dir + "/letterhead", withIntermediateDirectories: true)
    try "<p class=\"letterhead\">成都市规划和自然资源局</p>\n".write(
      toFile: dir + "/letterhead/letterhead.mustache", atomically: true, encoding: .utf8)
    let result = try mujun(
      ["evaluate", Self.samples, "--html", "r.html", "--template-dir", "letterhead"], in: dir)
    #expect(result.status == 2)
    let page = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
    #expect(page.contains("<p class=\"letterhead\">成都市规划和自然资源局</p>"))
  }

  @Test func aBrokenTemplateStopsTheRunBeforeItStarts() throws {
    let dir = try temporaryDirectory()
    try "{{#statuses}}".write(
      toFile: dir + "/batch-report.mustache", atomically: true, encoding: .utf8)
    let result = try mujun(
      ["evaluate", Self.samples, "--html", "r.html", "--template-dir", "."], in: dir)
    #expect(result.status == 64)
    #expect(
      result.standardError.hasPrefix(
        "./batch-report.mustache: error: not a valid Mustache template"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/r.html"))
  }

  @Test func aReportThatCannotBeWrittenFailsBeforeTheRun() throws {
    let result = try mujun(["evaluate", Self.samples, "--html", "/nonexistent/mujun/r.html"])
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "/nonexistent/mujun/r.html: error: cannot write: No such file or directory\n")
  }

  @Test func reportOptionsNeedHtml() throws {
    let result = try mujun(["evaluate", Self.samples, "--lang", "en"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("add --html PATH"))
  }
}
