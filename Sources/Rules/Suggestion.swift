import Expressions

/// "Did you mean …?": the known name closest to what was written, as the
/// expression language suggests names (``Expressions/NameSuggestion``).
enum Suggestion {
  /// The candidate equal to `written` ignoring case, else the one within
  /// edit distance 2 of it (ignoring case; the nearest, then the first
  /// listed); nil when none is that close or `written` is empty.
  static func closest(to written: String, among candidates: [String]) -> String? {
    guard !written.isEmpty else { return nil }
    return NameSuggestion.closest(to: written, among: candidates)
  }
}
