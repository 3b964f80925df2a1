/// The language a table for a person is written in: Chinese by default
/// (the bureaus' own), or English.
public enum TableLanguage: String, Sendable, Hashable, CaseIterable {
  case zh
  case en
}
