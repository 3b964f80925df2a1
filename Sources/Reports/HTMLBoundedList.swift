/// An entry of a bounded list: which of two comes first.
protocol HTMLRanked: Sendable {
  func ranksBefore(_ other: Self) -> Bool
}

/// The first `limit` entries by rank of all those offered, kept in order;
/// the rest are dropped as they come, so the list never grows past `limit`.
struct HTMLBoundedList<Entry: HTMLRanked>: Sendable {
  let limit: Int
  private(set) var entries: [Entry] = []

  init(limit: Int) {
    self.limit = limit
  }

  mutating func offer(_ entry: Entry) {
    if entries.count == limit, let last = entries.last, !entry.ranksBefore(last) { return }
    let index = entries.firstIndex { entry.ranksBefore($0) } ?? entries.count
    entries.insert(entry, at: index)
    if entries.count > limit { entries.removeLast() }
  }
}
