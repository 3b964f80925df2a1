import Land
import Testing
import XMLStream

@testable import Rules

@Suite struct ValidationMessageTests {
  @Test func rowProblems() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "bad.xml",
      ruleSetXML(
        id: "bad",
        rows: [
          #"<threshold indicator="plotratio" sector="C13" min="1.0"/>"#,
          #"<threshold indicator="plotRatio" sector="C13" min="2.0" max="1.0"/>"#,
          #"<threshold indicator="plotRatio" sector="C14"/>"#,
          #"<threshold indicator="plotRatio" sector="C15" min="1" unit="10k-CNY/ha"/>"#,
          #"<threshold indicator="investmentIntensity" sector="C" min="1" unit="10k-CNY/Mu"/>"#,
          #"<threshold indicator="plotRatio" sector="c16" min="1"/>"#,
          #"<threshold indicator="plotRatio" sector="C16" district="5" min="1"/>"#,
          #"<threshold indicator="plotRatio" sector="C16" zone="nationl" min="1"/>"#,
          #"<threshold indicator="plotRatio" sector="C17" min="1,0"/>"#,
          #"<threshold indicator="plotRatio" sector="C18" min="1" mx="2"/>"#,
          #"<threshold indicator="plotRatio" sector="C19" min="1"/>"#,
          #"<threshold indicator="plotRatio" sector="C19" min="1.1"/>"#,
          #"<threshold indicator="floorAreaRatio" sector="C20" min="1"/>"#,
        ]))
    let indicators = Indicator.allCases.map(\.rawValue).joined(separator: ", ")
    #expect(
      RuleSetLoader().validate(path: path).map(\.description) == [
        "\(path):10:5: error: unknown indicator \"plotratio\"; expected one of \(indicators); did you mean plotRatio?",
        "\(path):11:5: error: min 2.0 is greater than max 1.0; expected min at most max",
        "\(path):12:5: error: <threshold> has neither min nor max; expected at least one of them",
        "\(path):13:5: error: unit \"10k-CNY/ha\" is not accepted for plotRatio; expected 1 "
          + "(the indicator's unit, also the default when unit is left out)",
        "\(path):14:5: error: unit \"10k-CNY/Mu\" is not accepted for investmentIntensity; expected one of "
          + "10k-CNY/mu, 10k-CNY/ha, CNY/m2 (default 10k-CNY/mu); did you mean 10k-CNY/mu?",
        "\(path):15:5: error: invalid sector \"c16\"; expected a GB/T 4754 code prefix, a capital letter "
          + "and up to 4 digits, such as C, C29, C292 or C2927",
        "\(path):16:5: error: invalid district \"5\"; expected a GB/T 2260 code prefix of 2 to 6 digits, "
          + "such as 51, 5101 or 510116",
        "\(path):17:5: error: unknown zone \"nationl\"; expected one of national, provincial, municipal; "
          + "did you mean national?",
        "\(path):18:5: error: invalid min \"1,0\"; expected a decimal number such as 0.8 or 4500",
        "\(path):19:5: error: unknown attribute \"mx\" on <threshold>; expected one of indicator, sector, "
          + "district, zone, min, max, unit, source, from, until, when; did you mean max?",
        "\(path):21:5: error: duplicate threshold for plotRatio on sector C19, first given at \(path):20:5; "
          + "expected one row per indicator, sector, district and zone",
        "\(path):22:5: error: unknown indicator \"floorAreaRatio\"; expected one of \(indicators)",
      ])
  }

  @Test func duplicateKeysIncludeDistrictAndZone() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "dup.xml",
      ruleSetXML(
        id: "dup",
        rows: [
          #"<threshold indicator="taxPerMu" sector="C39" district="5101" zone="national" min="20"/>"#,
          #"<threshold indicator="taxPerMu" sector="C39" district="5101" min="20"/>"#,
          #"<threshold indicator="taxPerMu" sector="C39" district="5101" zone="national" max="90"/>"#,
        ]))
    #expect(
      RuleSetLoader().validate(path: path).map(\.description) == [
        "\(path):12:5: error: duplicate threshold for taxPerMu on sector C39, district 5101, zone national, "
          + "first given at \(path):10:5; expected one row per indicator, sector, district and zone"
      ])
  }

  @Test func metadataProblems() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "meta.xml",
      """
      <ruleSet xmlns="urn:mujun:rules:1" id="../meta" base="a b">
        <metadata>
          <title>  </title>
          <classification>GB/T 4754</classification>
          <effective from="2008-02-30" until="2007-01-01"/>
          <locale>zh_CN</locale>
          <author>me</author>
        </metadata>
        <thresholds/>
      </ruleSet>
      """)
    #expect(
      RuleSetLoader().validate(path: path).map(\.description) == [
        "\(path):1:1: error: invalid id \"../meta\"; expected a rule-set id such as cn-national-2008: "
          + "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters",
        "\(path):1:1: error: missing attribute version on <ruleSet>; expected a version such as 2008.1",
        "\(path):1:1: error: invalid base \"a b\"; expected a rule-set id such as cn-national-2008: "
          + "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters",
        "\(path):2:3: error: missing <source> in <metadata>; expected the policy text it transcribes",
        "\(path):3:5: error: <title> is empty; expected the rule set's title",
        "\(path):4:5: error: invalid classification \"GB/T 4754\"; expected the GB/T 4754 edition its sector "
          + "codes use, written GB/T 4754-YYYY, such as GB/T 4754-2017",
        "\(path):5:5: error: invalid from date \"2008-02-30\"; expected a calendar date written YYYY-MM-DD, "
          + "such as 2008-01-31",
        "\(path):6:5: error: invalid locale \"zh_CN\"; expected a language tag such as zh-CN",
        "\(path):7:5: error: unexpected element <author> in <metadata>; expected one of <title>, <source>, "
          + "<classification>, <effective>, <locale>, <notes>",
      ])
  }

  @Test func missingMetadataFields() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "meta.xml",
      """
      <ruleSet xmlns="urn:mujun:rules:1" id="meta" version="1">
        <metadata>
          <title>Only a title</title>
          <effective from="2009-01-01" until="2008-12-31"/>
        </metadata>
        <thresholds/>
      </ruleSet>
      """)
    #expect(
      RuleSetLoader().validate(path: path).map(\.description) == [
        "\(path):2:3: error: missing <source> in <metadata>; expected the policy text it transcribes",
        "\(path):2:3: error: missing <classification> in <metadata>; expected the GB/T 4754 edition its "
          + "sector codes use, such as GB/T 4754-2017",
        "\(path):2:3: error: missing <locale> in <metadata>; expected the language of its texts, such as zh-CN",
        "\(path):4:5: error: until 2008-12-31 is before from 2009-01-01; expected until on or after from",
      ])
  }

  @Test func documentProblems() throws {
    let directory = try TemporaryDirectory()
    let noNamespace = try directory.write(
      "a.xml", #"<ruleSet id="a" version="1"><metadata/></ruleSet>"#)
    #expect(
      RuleSetLoader().validate(path: noNamespace).map(\.description) == [
        "\(noNamespace):1:1: error: the root element is <ruleSet> in no namespace; "
          + "expected <ruleSet xmlns=\"urn:mujun:rules:1\">"
      ])
    let noParts = try directory.write(
      "b.xml", #"<ruleSet xmlns="urn:mujun:rules:1" id="b" version="1"><extra/></ruleSet>"#)
    #expect(
      RuleSetLoader().validate(path: noParts).map(\.description) == [
        "\(noParts):1:1: error: missing <metadata> in <ruleSet>; expected the rule set's title, source, "
          + "classification and locale",
        "\(noParts):1:1: error: missing <thresholds> in <ruleSet>; expected the threshold rows (it may be empty)",
        "\(noParts):1:55: error: unexpected element <extra> in <ruleSet>; expected one of <metadata>, <indicators>, <thresholds>, <scoring>",
      ])
    let missing = "\(directory.path)/none.xml"
    #expect(
      RuleSetLoader().validate(path: missing).map(\.description) == [
        "\(missing):1:1: error: cannot read the file: No such file or directory; check the path and its permissions"
      ])
  }

  @Test func aValidFileHasNoDiagnostics() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "ok.xml",
      ruleSetXML(
        id: "ok", rows: [#"<threshold indicator="plotRatio" sector="C" min="0.5" max="4"/>"#]))
    #expect(RuleSetLoader().validate(path: path).isEmpty)
  }
}
