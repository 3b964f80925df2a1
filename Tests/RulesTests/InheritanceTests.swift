import Land
import Testing
import XMLStream

@testable import Rules

@Suite struct InheritanceTests {
  @Test func childRowReplacesTheBasesRowWhole() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "base.xml",
      ruleSetXML(
        id: "base",
        rows: [
          #"<threshold indicator="plotRatio" sector="C13" min="1.0" max="2.0"/>"#,
          #"<threshold indicator="greenRatio" sector="C" max="0.20"/>"#,
        ]))
    let child = try directory.write(
      "child.xml",
      ruleSetXML(
        id: "child", base: "base",
        rows: [#"<threshold indicator="plotRatio" sector="C13" min="1.5"/>"#]))
    let ruleSet = try RuleSetLoader().load(path: child).get()
    #expect(ruleSet.rows.map(\.ruleSetID) == ["child", "base"])
    #expect(ruleSet.rows.map(\.location.description) == ["child.xml:10:5", "base.xml:11:5"])
    let bounds = ruleSet.bounds(for: "C1311", district: "510116", zone: nil)
    #expect(bounds[.plotRatio]?.min?.value == 1.5)
    #expect(bounds[.plotRatio]?.max == nil)  // the base's row, max included, is replaced
    #expect(bounds[.greenRatio]?.max?.value == 0.20)
    #expect(bounds[.greenRatio]?.max?.row.ruleSetID == "base")
    let base = try #require(ruleSet.identity.base)
    #expect(base.id == "base" && base.fileName == "base.xml" && base.base == nil)
    #expect(ruleSet.identity.lineage.map(\.id) == ["child", "base"])
  }

  @Test func bundledBaseAndAThreeLevelChain() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "sc.xml",
      ruleSetXML(
        id: "sc", base: "cn-national-2008",
        rows: [#"<threshold indicator="plotRatio" sector="C39" min="1.1"/>"#]))
    let city = try directory.write(
      "cd.xml",
      ruleSetXML(
        id: "cd", base: "sc",
        rows: [#"<threshold indicator="taxPerMu" sector="C" district="5101" min="20"/>"#]))
    let ruleSet = try RuleSetLoader().load(path: city).get()
    #expect(ruleSet.identity.lineage.map(\.id) == ["cd", "sc", "cn-national-2008"])
    #expect(
      ruleSet.identity.base?.base?.sha256
        == "b7113b9a5e3c5ffc1dbe0804402cd281db086a32bd04287a3133c93ca6002d00")
    #expect(ruleSet.rows.count == 1 + 1 + 35)  // sc's C39 replaces the national C39
    let bounds = ruleSet.bounds(for: "C3971", district: "510116", zone: nil)
    #expect(bounds[.plotRatio]?.min?.value == 1.1)
    #expect(bounds[.plotRatio]?.min?.row.ruleSetID == "sc")
    #expect(bounds[.taxPerMu]?.min?.value == 20)
    #expect(bounds[.adminShare]?.max?.row.ruleSetID == "cn-national-2008")
  }

  @Test func aFileNextToTheChildComesBeforeTheBundledOne() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "cn-national-2008.xml",
      ruleSetXML(
        id: "cn-national-2008", rows: [#"<threshold indicator="plotRatio" sector="C" min="0.1"/>"#])
    )
    let child = try directory.write(
      "child.xml", ruleSetXML(id: "child", base: "cn-national-2008", rows: []))
    let ruleSet = try RuleSetLoader().load(path: child).get()
    #expect(ruleSet.rows.count == 1)
    #expect(ruleSet.rows.first?.min == 0.1)
  }

  @Test func unknownBase() throws {
    let directory = try TemporaryDirectory()
    let child = try directory.write(
      "child.xml", ruleSetXML(id: "child", base: "cn-national-2080", rows: []))
    #expect(
      RuleSetLoader().load(path: child).diagnostics == [
        "\(child):2:1: error: unknown base rule set \"cn-national-2080\"; expected a file "
          + "\(directory.path)/cn-national-2080.xml or one of the bundled rule sets: "
          + "chengdu-example, cn-national-2008, zj-huangyan-2022; "
          + "did you mean cn-national-2008?"
      ])
  }

  @Test func baseCycle() throws {
    let directory = try TemporaryDirectory()
    let a = try directory.write("a.xml", ruleSetXML(id: "a", base: "b", rows: []))
    let b = try directory.write("b.xml", ruleSetXML(id: "b", base: "a", rows: []))
    #expect(
      RuleSetLoader().load(path: a).diagnostics == [
        "\(b):2:1: error: base cycle: a -> b -> a; expected a chain of bases that ends in a rule set without base"
      ])
    let itself = try directory.write("c.xml", ruleSetXML(id: "c", base: "c", rows: []))
    #expect(
      RuleSetLoader().load(path: itself).diagnostics == [
        "\(itself):2:1: error: base cycle: c -> c; expected a chain of bases that ends in a rule set without base"
      ])
  }

  @Test func baseWithAnotherIDOrClassification() throws {
    let directory = try TemporaryDirectory()
    let other = try directory.write(
      "old.xml", ruleSetXML(id: "older", classification: "GB/T 4754-2002", rows: []))
    let child = try directory.write("child.xml", ruleSetXML(id: "child", base: "old", rows: []))
    #expect(
      RuleSetLoader().load(path: child).diagnostics == [
        "\(child):2:1: error: base \"old\" resolved to \(other), whose id is \"older\"; expected id \"old\"",
        "\(child):6:5: error: classification GB/T 4754-2017 differs from GB/T 4754-2002 of base old; "
          + "expected the same edition, since sector codes are compared as written",
      ])
  }

  @Test func problemsInTheBaseAreReportedWithTheChilds() throws {
    let directory = try TemporaryDirectory()
    let base = try directory.write(
      "base.xml",
      ruleSetXML(id: "base", rows: [#"<threshold indicator="plotRatio" sector="C13"/>"#]))
    let child = try directory.write(
      "child.xml",
      ruleSetXML(
        id: "child", base: "base",
        rows: [#"<threshold indicator="plotRatio" sector="13" min="1"/>"#]))
    #expect(
      RuleSetLoader().load(path: child).diagnostics == [
        "\(child):10:5: error: invalid sector \"13\"; expected a GB/T 4754 code prefix, a capital letter "
          + "and up to 4 digits, such as C, C29, C292 or C2927",
        "\(base):10:5: error: <threshold> has neither min nor max; expected at least one of them",
      ])
  }
}
