import Land
import Testing
import XMLStream

/// The root start tag the test documents use: line 1 of each document.
let landRecordsRoot = #"<landRecords xmlns="urn:mujun:land-records:1" asOf="2025-03-31">"#

struct NoRecord: Error {}

/// The records of a document, read with the real streaming reader.
func records(in xml: String) throws -> [XMLElement] {
  let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "test.xml")
  var result: [XMLElement] = []
  while let event = reader.next() {
    guard case .record(let element) = event else { throw NoRecord() }
    result.append(element.element)
  }
  return result
}

/// Decodes `body` (one record) placed on line 2 of a document whose
/// line 1 is `root`.
func decode(_ body: String, root: String = landRecordsRoot) throws -> ParcelDecoding {
  let xml = root + "\n" + body + "\n</landRecords>\n"
  let elements = try records(in: xml)
  let element = try #require(elements.first)
  return ParcelDecoder.decode(element)
}

/// A minimal valid parcel with `extra` inserted after the sector (line 6 on).
func minimalParcel(_ extra: String = "", area: String = #"<area unit="m2">30000</area>"#)
  -> String
{
  """
    <parcel id="P1">
      <district code="510116">双流区</district>
      \(area)
      <sector code="C3971">电子元件</sector>
  \(extra)
    </parcel>
  """
}

extension ParcelDecoding {
  var parcel: Parcel? {
    if case .parcel(let parcel) = self { return parcel }
    return nil
  }

  var errors: [Diagnostic] {
    if case .rejected(_, _, let errors) = self { return errors }
    return []
  }

  /// The error messages alone.
  var messages: [String] { errors.map(\.message) }
}

/// The example record of records.md with each `…` filled in: every element
/// and attribute of the format. Line 2 is the parcel's start tag.
let fullRecord = """
    <parcel id="510116-2019-GY-0042">
      <name>双流电子元件产业园一期</name>
      <district code="510116">双流区</district>
      <zone level="national">成都双流经济技术开发区</zone>
      <area unit="m2">33350</area>
      <sector code="C3971">电子元件及组件制造</sector>
      <holder creditCode="91510100MA61R8XX3K" scale="above">成都某电子有限公司</holder>
      <supply method="listing" date="2019-06-12" termYears="30" price="2500"/>
      <contract id="510116-CR-2019-042" signed="2019-06-20">
        <handover due="2019-07-31" actual="2019-07-20"/>
        <start due="2020-06-20" penaltyPermillePerDay="1"/>
        <completion due="2022-06-20" penaltyPermillePerDay="0.5"/>
        <commitment indicator="investmentIntensity" min="300" unit="10k-CNY/mu"/>
        <commitment indicator="plotRatio" min="1.2" max="3.0"/>
        <commitment indicator="greenRatio" max="0.15" penaltyPermille="1"/>
        <commitment indicator="taxPerMu" min="20" unit="10k-CNY/mu" fromYear="2023" remedy="topUp"/>
      </contract>
      <construction started="2020-03-01" completed="2021-12-15"
                    suspendedFrom="2024-11-01" developedArea="28000"/>
      <site unit="m2" greenArea="2000" adminArea="1500"
            structureArea="600" yardArea="900"/>
      <buildings>
        <building id="B1" use="production" footprint="12000" floorArea="24000" storeys="2" height="15.5"/>
        <building id="B2" use="production" footprint="6000">
          <storey area="6000" height="9.5"/>
        </building>
        <building id="B3" use="admin" footprint="800" floorArea="3200" storeys="4" height="16"/>
      </buildings>
      <investment fixedAssets="16500"/>
      <performance year="2023" revenue="38000" tax="1100"/>
      <performance year="2024" revenue="42000" output="45000" valueAdded="9800"
                   tax="1250" energy="3200" electricity="5400000" emissions="12.5"
                   rnd="1500" employees="320"/>
      <events>
        <event date="2023-05-10" kind="environmental-violation" severity="major">超标排放</event>
        <event date="2020-02-01" kind="government-delay" days="90">疫情防控停工</event>
      </events>
      <ratings>
        <rating year="2023" class="D"/>
      </ratings>
    </parcel>
  """
