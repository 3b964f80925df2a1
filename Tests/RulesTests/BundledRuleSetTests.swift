import Foundation
import Land
import Testing
import XMLStream

@testable import Rules

@Suite struct BundledRuleSetTests {
  /// The files the embedded resources must equal, relative to the package root.
  private func sourceFiles() throws -> [String] {
    let rules = try FileManager.default.contentsOfDirectory(
      atPath: packageRoot.appendingPathComponent("Rules").path
    )
    .filter { $0.hasSuffix(".xml") }.map { "Rules/\($0)" }
    return (rules + ["Schemas/rule-set-1.xsd"]).sorted()
  }

  @Test func embeddedTextEqualsTheFiles() throws {
    let files = try sourceFiles()
    #expect(
      BundledResources.files.map(\.path) == files, "run Scripts/embed-resources.sh (see its header)"
    )
    for (path, text) in BundledResources.files {
      let bytes = try Data(contentsOf: packageRoot.appendingPathComponent(path))
      #expect(Array(text.utf8) == Array(bytes), "\(path) drifted: run Scripts/embed-resources.sh")
    }
  }

  @Test func bundledIDsAndSchema() {
    #expect(
      RuleSetLoader.bundledRuleSetIDs == [
        "chengdu-example", "cn-national-2008", "zj-huangyan-2022",
      ])
    #expect(RuleSetLoader.defaultRuleSetID == "cn-national-2008")
    #expect(RuleSetLoader.ruleSetSchema.contains("targetNamespace=\"urn:mujun:rules:1\""))
  }

  @Test func nationalSetLoads() throws {
    let ruleSet = try RuleSetLoader().loadBundled(id: "cn-national-2008").get()
    // 33 plot-ratio rows (C13…C43 with C291 and C292) and three on all of C.
    #expect(ruleSet.rows.count == 36)
    #expect(ruleSet.rows.filter { $0.indicator == .plotRatio }.count == 33)
    #expect(ruleSet.identity.id == "cn-national-2008")
    #expect(ruleSet.identity.version == "2008.1")
    #expect(ruleSet.identity.fileName == "cn-national-2008.xml")
    #expect(ruleSet.identity.base == nil)
    // sha256sum Rules/cn-national-2008.xml
    #expect(
      ruleSet.identity.sha256 == "b7113b9a5e3c5ffc1dbe0804402cd281db086a32bd04287a3133c93ca6002d00")
    #expect(ruleSet.metadata.classification == "GB/T 4754-2017")
    #expect(ruleSet.metadata.effectiveFrom == "2008-01-31")
    #expect(ruleSet.metadata.effectiveUntil == nil)
    #expect(ruleSet.metadata.locale == "zh-CN")
    #expect(ruleSet.metadata.source.contains("国土资发〔2008〕24号"))
    #expect(ruleSet.rows.allSatisfy { $0.ruleSetID == "cn-national-2008" && $0.source != nil })
    let first = try #require(ruleSet.rows.first)
    #expect(first.location.description == "cn-national-2008.xml:21:5")
    #expect(first.sector == "C13" && first.min == 1.0 && first.writtenMin == "1.0")
  }

  @Test func nationalFileLoadsLikeTheBundledOne() throws {
    let path = packageRoot.appendingPathComponent("Rules/cn-national-2008.xml").path
    let fromFile = try RuleSetLoader().load(path: path).get()
    let bundled = try RuleSetLoader().loadBundled(id: "cn-national-2008").get()
    #expect(fromFile.identity == bundled.identity)
    #expect(fromFile.rows == bundled.rows)
  }

  @Test func unknownBundledID() {
    let result = RuleSetLoader().loadBundled(id: "cn-national-2009")
    #expect(
      result.failureDescription
        == "cn-national-2009.xml:1:1: error: unknown bundled rule set \"cn-national-2009\"; "
        + "expected one of chengdu-example, cn-national-2008, zj-huangyan-2022; "
        + "did you mean cn-national-2008?")
  }
}

extension Result where Failure == RuleSetErrors {
  /// The diagnostics, one per line; nil when it loaded.
  var failureDescription: String? {
    if case .failure(let errors) = self { return errors.description }
    return nil
  }

  var diagnostics: [String] {
    if case .failure(let errors) = self { return errors.diagnostics.map(\.description) }
    return []
  }
}
