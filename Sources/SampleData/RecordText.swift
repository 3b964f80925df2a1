/// Builds one record's XML text, escaping every value, indented two spaces
/// a level, and plants the record's defect where it belongs.
struct RecordText {
  var text = ""
  let defect: Defect?
  private var depth: Int

  /// A record's text, or (`depth` 2) a part of a parcel's.
  init(defect: Defect?, depth: Int = 1) {
    self.defect = defect
    self.depth = depth
    text.reserveCapacity(3000)
  }

  mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    indent()
    text += "<\(name)"
    attribute(attributes)
    text += ">\n"
    depth += 1
  }

  mutating func close(_ name: String) {
    depth -= 1
    indent()
    text += "</\(name)>\n"
  }

  mutating func leaf(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text value: String
  ) {
    indent()
    text += "<\(name)"
    attribute(attributes)
    text += ">"
    escape(value, quotes: false)
    text += "</\(name)>\n"
  }

  mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
    indent()
    text += "<\(name)"
    attribute(attributes)
    text += "/>\n"
  }

  mutating func emptyOrdered(_ name: String, _ attributes: [(String, String)]) {
    indent()
    text += "<\(name)"
    attribute(attributes)
    text += "/>\n"
  }

  mutating func leafOrdered(_ name: String, _ attributes: [(String, String)], text value: String) {
    indent()
    text += "<\(name)"
    attribute(attributes)
    text += ">"
    escape(value, quotes: false)
    text += "</\(name)>\n"
  }

  private mutating func attribute(_ attributes: KeyValuePairs<String, String>) {
    attribute(attributes.map { ($0.key, $0.value) })
  }

  private mutating func attribute(_ attributes: [(String, String)]) {
    for (key, value) in attributes {
      text += " \(key)=\""
      escape(value, quotes: true)
      text += "\""
    }
  }

  private mutating func indent() {
    text += String(repeating: "  ", count: depth)
  }

  private mutating func escape(_ value: String, quotes: Bool) {
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": text += "&amp;"
      case "<": text += "&lt;"
      case ">": text += "&gt;"
      case "\"" where quotes: text += "&quot;"
      default: text.unicodeScalars.append(scalar)
      }
    }
  }
}
