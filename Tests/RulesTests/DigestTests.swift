import Testing
import XMLStream

@testable import Rules

@Suite struct DigestTests {
  /// The digest is of the file's exact bytes: the expected value is
  /// `printf '%s\n' '<this text>' | sha256sum`.
  @Test func digestOfASmallFile() throws {
    let text =
      #"<ruleSet xmlns="urn:mujun:rules:1" id="tiny" version="1"><metadata><title>t</title><source>s</source>"#
      + #"<classification>GB/T 4754-2017</classification><locale>zh-CN</locale></metadata><thresholds>"#
      + #"<threshold indicator="plotRatio" sector="C" min="1"/></thresholds></ruleSet>"# + "\n"
    let directory = try TemporaryDirectory()
    let path = try directory.write("tiny.xml", text)
    let identity = try RuleSetLoader().load(path: path).get().identity
    #expect(identity.sha256 == "fa13398fc941420e7c8af65c418b6e2f41d22ea51636599d1bb801c7d738a436")
    #expect(identity.fileName == "tiny.xml")
    #expect(identity.id == "tiny" && identity.version == "1")
  }
}
