public import ArgumentParser
import Land
public import Reports

/// `--as-of DATE`: the date contracts are checked as of.
enum AsOfDate {
  /// The date, or a usage error that says what a date looks like.
  static func parse(_ text: String) throws -> CivilDate {
    guard let date = CivilDate(text) else {
      throw ValidationError(
        "--as-of \(text) is not a date; give it as YYYY-MM-DD, e.g. --as-of 2025-03-31")
    }
    return date
  }
}

extension TableLanguage: ExpressibleByArgument {}
