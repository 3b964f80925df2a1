import Rules

/// What the first scoring pass keeps of the whole population: for every
/// verdict position (ordinal) a slot, and for each scored parcel its group,
/// its role and its item values as plain numbers, filed by group. No
/// strings but the group keys and the ids (for ties), no records.
struct ScoringPopulation {
  /// Where an ordinal's parcel went (``ScoringPopulation/absent``,
  /// ``ScoringPopulation/notScored`` or a group index).
  var slots: [Int32] = []
  var groups: [Group] = []
  var ids = ParcelIDSet()
  private var groupIndex: [String: Int32] = [:]

  /// No figures at this ordinal: not a parcel, rejected, or a duplicate id.
  static let absent: Int32 = -1
  /// A parcel that no scheme scores; its verdict says why.
  static let notScored: Int32 = -2

  /// The parcels of one group, in input order.
  struct Group {
    var key: String
    /// Index into ``Rules/Scoring/schemes``.
    var scheme: Int
    var itemCount: Int
    var ordinals: [Int] = []
    /// The entry of each member's id in ``ScoringPopulation/ids``.
    var idEntries: [Int32] = []
    var roles: [Role] = []
    /// `itemCount` values per member, in item order; NaN for no data
    /// (indicator readings are finite, so NaN is free to mean "none").
    var values: [Double] = []
    /// 2 × `itemCount` per member when any member has components (the
    /// numerator and denominator of each item's value; NaN for none);
    /// empty otherwise.
    var components: [Double] = []
    /// Per member, the points its adjustments add.
    var adjustments: [Double] = []

    func value(member: Int, item: Int) -> Double? {
      let value = values[member * itemCount + item]
      return value.isNaN ? nil : value
    }

    func components(member: Int, item: Int) -> (numerator: Double, denominator: Double)? {
      guard !components.isEmpty else { return nil }
      let at = (member * itemCount + item) * 2
      let (top, bottom) = (components[at], components[at + 1])
      return top.isNaN || bottom.isNaN ? nil : (top, bottom)
    }
  }

  /// How a member takes part in its group's figures and ranking.
  enum Role: UInt8 {
    /// Counted in the group figures and ranked.
    case ranked
    /// Exempt (class T): scored, but in no group figure and not ranked.
    case exempt
    /// Vetoed: counted in the group figures, not ranked (a veto wins over
    /// an exemption).
    case vetoed

    var counts: Bool { self != .exempt }
  }

  /// Records the next ordinal: a record that gets no figures.
  mutating func skip() { slots.append(Self.absent) }

  /// Records the next ordinal: a rejected record that reserves `id`.
  mutating func reserve(_ id: String?) {
    if let id { ids.insert(id) }
    slots.append(Self.absent)
  }

  /// Records the next ordinal: a parcel that decoded, with its figures
  /// (nil when the rule set does not score). A parcel whose id an earlier
  /// record used gets no figures: its verdict is a rejection.
  mutating func add(id: String, figures: ScoringFigures?, scoring: Scoring) {
    let ordinal = slots.count
    let (inserted, entry) = ids.insert(id)
    guard inserted, let figures else {
      slots.append(Self.absent)
      return
    }
    guard let scheme = figures.scheme else {
      slots.append(Self.notScored)
      return
    }
    let index: Int32
    if let known = groupIndex[figures.group] {
      index = known
    } else {
      index = Int32(groups.count)
      groupIndex[figures.group] = index
      groups.append(
        Group(
          key: figures.group, scheme: scheme, itemCount: scoring.schemes[scheme].items.count))
    }
    slots.append(index)
    let role: Role = figures.veto != nil ? .vetoed : figures.exemption != nil ? .exempt : .ranked
    groups[Int(index)].ordinals.append(ordinal)
    groups[Int(index)].idEntries.append(Int32(entry))
    groups[Int(index)].roles.append(role)
    for value in figures.values { groups[Int(index)].values.append(value ?? .nan) }
    groups[Int(index)].adjustments.append(figures.adjustment)
    if !figures.components.isEmpty {
      let group = Int(index)
      let itemCount = groups[group].itemCount
      // Members before the first with components get NaN for theirs.
      let missing = (groups[group].ordinals.count - 1) * itemCount * 2
      if groups[group].components.count < missing {
        groups[group].components += [Double](
          repeating: .nan, count: missing - groups[group].components.count)
      }
      for item in 0..<itemCount {
        let pair = item < figures.components.count ? figures.components[item] : nil
        groups[group].components += [pair?.numerator ?? .nan, pair?.denominator ?? .nan]
      }
    } else if !groups[Int(index)].components.isEmpty {
      groups[Int(index)].components += [Double](
        repeating: .nan, count: groups[Int(index)].itemCount * 2)
    }
  }
}
