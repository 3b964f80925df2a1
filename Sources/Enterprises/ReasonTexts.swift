/// One copy of each text many enterprises share (a no-data reason such as
/// "no emissions figure for 2024"): a copy of a Swift string shares its
/// storage, a string made again does not.
struct ReasonTexts {
  private var texts: [String: String] = [:]

  mutating func shared(_ text: String) -> String {
    if let known = texts[text] { return known }
    texts[text] = text
    return text
  }
}
