/// The metadata of a small rule file for tests: five lines at an indent
/// of two.
let ruleFileMetadata = """
    <metadata>
      <title>T</title>
      <source>test</source>
      <classification>GB/T 4754-2017</classification>
      <locale>zh-CN</locale>
    </metadata>
  """

/// The text of a small rule file for tests: the XML declaration, the root
/// `<ruleSet id="…" version="1">` (with `base` when given) and the
/// metadata, so that `body` starts on line 9.
func ruleFileText(id: String, base: String? = nil, _ body: String) -> String {
  """
  <?xml version="1.0" encoding="UTF-8"?>
  <ruleSet xmlns="urn:mujun:rules:1" id="\(id)" version="1"\(base.map { " base=\"\($0)\"" } ?? "")>
  \(ruleFileMetadata)
  \(body)
  </ruleSet>
  """
}
