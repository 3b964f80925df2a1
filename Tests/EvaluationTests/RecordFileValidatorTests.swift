import Foundation
import Testing
import XMLStream

@testable import Evaluation

@Suite struct RecordFileValidatorTests {
  @Test func theSamplesHaveExactlyTheirThreeDeliberateProblems() throws {
    let validator = try RecordFileValidator.bundled()
    let report = validator.validate(path: repositoryRoot + "/SampleParcels/chengdu-2024.xml")
    #expect(report.parcels == 20)
    let file = repositoryRoot + "/SampleParcels/chengdu-2024.xml"
    #expect(
      report.diagnostics.map(\.description) == [
        "\(file):197:5: error: area has unit \"sqm\"; expected one of m2, mu, ha",
        "\(file):300:3: error: duplicate parcel id \"510112-2018-GY-0107\"; it was first used at \(file):39:3; each parcel needs a unique id",
        "\(file):370:5: error: area has value \"0\"; expected a decimal number greater than 0, such as 12.5",
      ])
  }

  @Test func aSchemaProblemTheDecoderDoesNotSeeIsStillReported() throws {
    // The XSD itself is checked here: a schema with a rule the decoder
    // cannot know about (an element `extra` is required) must be reported.
    let xsd = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
        targetNamespace="urn:mujun:land-records:1" elementFormDefault="qualified">
        <xs:element name="landRecords"><xs:complexType><xs:sequence>
          <xs:element name="extra"/>
        </xs:sequence></xs:complexType></xs:element>
      </xs:schema>
      """
    let validator = RecordFileValidator(schema: try XMLSchema(xsd: xsd, name: "t.xsd"))
    let path = NSTemporaryDirectory() + "mujun-validator-\(UUID().uuidString).xml"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "<landRecords xmlns=\"urn:mujun:land-records:1\">\n</landRecords>\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let report = validator.validate(path: path)
    #expect(report.diagnostics.count == 1)
    #expect(report.diagnostics.first?.message.contains("extra") == true)
  }

  @Test func theBundledSchemaAcceptsAValidFile() throws {
    let validator = try RecordFileValidator.bundled()
    let path = NSTemporaryDirectory() + "mujun-valid-\(UUID().uuidString).xml"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try """
    <landRecords xmlns="urn:mujun:land-records:1">
      <parcel id="P1">
        <district code="510116">双流区</district>
        <area unit="mu">50</area>
        <sector code="C3981">电子元件</sector>
      </parcel>
    </landRecords>
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let report = validator.validate(path: path)
    #expect(report.diagnostics.isEmpty)
    #expect(report.parcels == 1)
  }
}
