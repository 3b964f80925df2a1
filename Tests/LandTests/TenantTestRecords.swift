import Land
import XMLStream

/// The parcel of the apportionment example (line 1 of the document is the
/// root, so the parcel's start tag is on line 2 and its tenants on 8–10).
///
/// 20000 m² = 20000 × 15 ÷ 10000 = 30 mu. Floor area as built: B1 18000 m²
/// + B2's one storey of 6000 m² = 24000 m². (The plot ratio counts B2's
/// 9.5 m storey twice, 30000 m² in all; the tenants' land does not.)
let tenantParcel = """
    <parcel id="P-T">
      <district code="331003">黄岩区</district>
      <area unit="m2">20000</area>
      <sector code="C2927">日用塑料制品制造</sector>
      <holder creditCode="91331003MA2XXXXXXL" scale="above">示例塑业有限公司</holder>
      <tenants>
        <tenant creditCode="92331003MA2YYYYYYW" floorArea="3000" from="2023-01-01" to="2027-12-31">示例五金加工厂</tenant>
        <tenant creditCode="91331003MA2WWWWWW9" area="1200" unit="m2">示例包装有限公司</tenant>
        <tenant creditCode="91331003MA2UUUUUUX" area="3" unit="mu" to="2022-12-31">示例旧租户有限公司</tenant>
      </tenants>
      <buildings>
        <building id="B1" use="production" footprint="6000" floorArea="18000" storeys="3" height="15"/>
        <building id="B2" use="production" footprint="6000">
          <storey area="6000" height="9.5"/>
        </building>
      </buildings>
    </parcel>
  """

/// Credit codes of the tests: 18 characters with GB 32100-2015 check
/// characters (the decoder checks only the characters).
enum Codes {
  static let holder = "91331003MA2XXXXXXL"
  static let workshop = "92331003MA2YYYYYYW"
  static let packaging = "91331003MA2WWWWWW9"
  static let former = "91331003MA2UUUUUUX"
  static let moulding = "92331003MA2TTTTTTF"
}

/// The document location of line `line`, column `column` of test.xml.
func testLocation(_ line: Int, _ column: Int) -> SourceLocation {
  SourceLocation(file: "test.xml", line: line, column: column)
}
