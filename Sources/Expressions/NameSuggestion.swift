/// "Did you mean …?": the declared name closest to one that is not. Rule-set
/// messages use it too (`Rules.Suggestion`), so every suggestion is made
/// the same way.
public enum NameSuggestion {
  /// The candidate equal to `written` ignoring case, else the nearest within
  /// edit distance 2 (ignoring case; the first listed at a tie); nil when
  /// none is that close.
  public static func closest(to written: String, among candidates: [String]) -> String? {
    let lowered = written.lowercased()
    if let same = candidates.first(where: { $0.lowercased() == lowered }) { return same }
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate.lowercased())
      if distance <= 2, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// Levenshtein distance over characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let (a, b) = (Array(a), Array(b))
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
