/// One enterprise's result in one year's run, as the history keeps it.
public struct HistoryEnterprise: Sendable, Hashable {
  /// The unified social credit code (18 characters).
  public var code: String
  /// The name reported for it, if any (never a key).
  public var name: String?
  /// The scheme it was scored in: `above`, `below`, `small`, `tenant` or
  /// `unscored`.
  public var track: String
  /// The land it used, in mu.
  public var areaMu: Double
  /// Its score; nil when not scored.
  public var score: Double?
  /// Its class: `A`–`D`, `T` when exempt, nil when not scored.
  public var `class`: String?
  /// Its rank within its class group; nil when not ranked.
  public var rank: Int?
  /// How many firms were ranked in that group; nil when not ranked.
  public var of: Int?
  /// The class group it was ranked in (an industry group), if the scheme has
  /// groups.
  public var group: String?
  /// Why it was exempt (class T), if it was.
  public var exemption: String?
  /// The veto (一票否决) that put it in D, if one did.
  public var veto: String?
  /// Its figures; the store hands them back in the order of their fields.
  public var figures: [HistoryFigure]
  /// Its per-mu indicators; the store hands them back in the order of their
  /// names.
  public var indicators: [HistoryIndicator]

  public init(
    code: String, name: String? = nil, track: String, areaMu: Double, score: Double? = nil,
    class: String? = nil, rank: Int? = nil, of: Int? = nil, group: String? = nil,
    exemption: String? = nil, veto: String? = nil, figures: [HistoryFigure] = [],
    indicators: [HistoryIndicator] = []
  ) {
    self.code = code
    self.name = name
    self.track = track
    self.areaMu = areaMu
    self.score = score
    self.class = `class`
    self.rank = rank
    self.of = of
    self.group = group
    self.exemption = exemption
    self.veto = veto
    self.figures = figures
    self.indicators = indicators
  }
}
