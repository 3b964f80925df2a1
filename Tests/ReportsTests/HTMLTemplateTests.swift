import Evaluation
import Foundation
import Land
import Testing

@testable import Reports

@Suite struct HTMLTemplateTests {
  static let templates = HTMLTemplates.builtInNames

  @Test func theBuiltInTemplatesAreTheFilesInTheTemplatesFolder() throws {
    let folder = (#filePath as NSString).deletingLastPathComponent
      .replacingOccurrences(of: "/Tests/ReportsTests", with: "/Sources/Reports/Templates")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".mustache") }.sorted()
    #expect(files.map { HTMLTemplates.name(of: $0) } == Self.templates.sorted())
    for file in files {
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      #expect(HTMLTemplates.builtInText(HTMLTemplates.name(of: file)) == text, "\(file)")
    }
  }

  @Test func theBuiltInTemplatesParse() throws {
    let templates = try HTMLTemplates()
    for name in Self.templates {
      #expect(templates.contains(name), "\(name)")
    }
  }

  /// `{{{x}}}`, `{{&x}}` and a content-type pragma would print data unescaped.
  @Test(arguments: templates)
  func noTemplatePrintsAnythingUnescaped(name: String) throws {
    let text = try #require(HTMLTemplates.builtInText(name))
    #expect(HTMLTemplates.unescapedTag(in: text) == nil)
    #expect(!text.contains("{{{"))
    #expect(!text.contains("{{&"))
    #expect(!text.contains("{{%"))
    #expect(!text.contains("{{="))
    // Nothing fetched from elsewhere.
    #expect(!text.contains("src="))
    #expect(!text.contains("@import"))
    #expect(!text.contains("url("))
  }

  @Test func bothLanguagesHaveTheSameKeys() {
    #expect(Set(HTMLStrings.chinese.keys) == Set(HTMLStrings.english.keys))
  }

  @Test func everyLabelATemplateUsesIsInBothTables() throws {
    let pattern = try Regex(#"\{\{\s*t\.([A-Za-z0-9_.-]+)\s*\}\}"#)
    var used: Set<String> = []
    for name in Self.templates {
      let text = try #require(HTMLTemplates.builtInText(name))
      for match in text.matches(of: pattern) {
        if let key = match.output[1].substring { used.insert(String(key)) }
      }
    }
    #expect(used.count > 40)
    for key in used.sorted() {
      #expect(HTMLStrings.chinese[key] != nil, "zh lacks \(key)")
      #expect(HTMLStrings.english[key] != nil, "en lacks \(key)")
    }
  }

  @Test func everyIndicatorAndUnitHasALabel() {
    for indicator in Indicator.allCases {
      #expect(HTMLStrings.chinese["indicator.\(indicator.rawValue)"] != nil)
      #expect(HTMLStrings.chinese["unit.\(indicator.unit.rawValue)"] != nil)
    }
  }

  @Test func everyLowEfficiencyCriterionHasALabelInBothLanguages() {
    for criterion in LowEfficiencyCriterion.allCases {
      #expect(HTMLStrings.chinese["lowEfficiency.\(criterion.rawValue)"] != nil, "\(criterion)")
      #expect(HTMLStrings.english["lowEfficiency.\(criterion.rawValue)"] != nil, "\(criterion)")
    }
  }

  @Test func aTemplateFolderOverridesTheTemplateOfTheSameName() throws {
    let folder = NSTemporaryDirectory() + "mujun-templates-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try #"<div class="letterhead">成都市规划和自然资源局 · {{t.reportTitle}} · {{file}}</div>"#
      .write(toFile: folder + "/letterhead.mustache", atomically: true, encoding: .utf8)
    try "not a template".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
    let templates = try HTMLTemplates(overridingFrom: folder)
    var report = HTMLFixture.report(HTMLFixture.smallBatch)
    report.context.file = "<b>.xml"
    let page = try report.render(with: templates)
    #expect(
      page.contains(
        #"<div class="letterhead">成都市规划和自然资源局 · 工业用地亩均评价报告 · &lt;b&gt;.xml</div>"#))
    let card = try ParcelCard(verdict: HTMLFixture.smallBatch[0], ruleSet: HTMLFixture.ruleSet())
      .render(with: templates)
    #expect(card.contains(#"<div class="letterhead">"#))
  }

  @Test func aBrokenTemplateIsReportedWithItsPath() throws {
    let folder = NSTemporaryDirectory() + "mujun-templates-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "{{#rows}} never closed".write(
      toFile: folder + "/batch-report.mustache", atomically: true, encoding: .utf8)
    #expect {
      try HTMLTemplates(overridingFrom: folder)
    } throws: { error in
      guard let error = error as? HTMLTemplateError else { return false }
      return error.path == folder + "/batch-report.mustache"
        && error.description.hasPrefix(
          folder + "/batch-report.mustache: error: not a valid Mustache template")
    }
  }

  @Test(arguments: ["{{{name}}}", "{{&name}}", "{{%CONTENT_TYPE: TEXT}}", "{{=<% %>=}}"])
  func anOverrideThatPrintsUnescapedIsRefused(tag: String) throws {
    let folder = NSTemporaryDirectory() + "mujun-templates-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "<div>\(tag)</div>".write(
      toFile: folder + "/letterhead.mustache", atomically: true, encoding: .utf8)
    #expect {
      try HTMLTemplates(overridingFrom: folder)
    } throws: { error in
      (error as? HTMLTemplateError)?.description
        == "\(folder)/letterhead.mustache: error: uses \(tag.prefix(3)), which prints data unescaped; print data with {{name}}, which escapes it"
    }
  }

  @Test func aMissingFolderIsReported() {
    #expect(throws: HTMLTemplateError.self) {
      try HTMLTemplates(overridingFrom: "/nonexistent/mujun-templates")
    }
  }
}
