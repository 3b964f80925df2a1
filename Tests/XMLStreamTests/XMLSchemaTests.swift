import Testing

@testable import XMLStream

@Suite struct XMLSchemaTests {
  static let xsd = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
      <xs:element name="r">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="a" maxOccurs="unbounded">
              <xs:complexType>
                <xs:attribute name="unit" use="required">
                  <xs:simpleType>
                    <xs:restriction base="xs:string">
                      <xs:enumeration value="m2"/>
                      <xs:enumeration value="mu"/>
                    </xs:restriction>
                  </xs:simpleType>
                </xs:attribute>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:schema>
    """

  @Test func aValidDocumentHasNoDiagnostics() throws {
    let schema = try XMLSchema(xsd: Self.xsd, name: "t.xsd")
    let ok = #"<r xmlns="urn:t"><a unit="m2"/><a unit="mu"/></r>"#
    #expect(schema.validate(bytes: Array(ok.utf8), fileName: "ok.xml").isEmpty)
  }

  @Test func eachProblemHasLineColumnAndAReadableMessage() throws {
    let schema = try XMLSchema(xsd: Self.xsd, name: "t.xsd")
    let bad = "<r xmlns=\"urn:t\">\n  <a unit=\"m2\"/>\n  <a unit=\"acre\"/>\n  <b/>\n</r>\n"
    let diagnostics = schema.validate(bytes: Array(bad.utf8), fileName: "bad.xml")
    #expect(diagnostics.count >= 2)
    let first = try #require(diagnostics.first)
    #expect(first.location.file == "bad.xml")
    #expect(first.location.line == 3)
    #expect(first.location.column > 1)
    // The namespace in braces is dropped; the enumeration's set is kept.
    #expect(
      first.message.hasPrefix(
        "Element 'a', attribute 'unit': [facet 'enumeration'] The value 'acre' is not an element of the set {'m2', 'mu'}."
      ))
    #expect(diagnostics.contains { $0.location.line == 4 && $0.message.contains("'b'") })
  }

  @Test func aDocumentThatIsNotWellFormedIsReportedNotPassed() throws {
    let schema = try XMLSchema(xsd: Self.xsd, name: "t.xsd")
    let broken = "<r xmlns=\"urn:t\">\n  <a unit=\"m2\">\n</r>\n"
    let diagnostics = schema.validate(bytes: Array(broken.utf8), fileName: "broken.xml")
    let first = try #require(diagnostics.first)
    #expect(first.location.line == 3)
    #expect(first.description.hasPrefix("broken.xml:3:"))
  }

  @Test func aSchemaThatDoesNotCompileIsADiagnostic() {
    #expect(throws: Diagnostic.self) {
      _ = try XMLSchema(xsd: "<xs:schema xmlns:xs=\"nope\"/>", name: "broken.xsd")
    }
  }

  @Test func validatesAFileByPath() throws {
    let schema = try XMLSchema(xsd: Self.xsd, name: "t.xsd")
    #expect(
      schema.validate(path: "/nonexistent.xml").first?.message.hasPrefix("cannot read") == true)
  }
}
