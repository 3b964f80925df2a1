import Enterprises
import Evaluation
import Land
import Rules
import Tables
import XMLStream

/// The one-firm sheet as a template sees it: strings and lists only, every
/// number already formatted, every label from `t`.
struct HTMLSheetPage: Sendable {
  struct RuleSetView: Sendable {
    var id: String
    var version: String
    var title: String
    var sha256: String
    /// The first ``digestLength`` hex digits, the whole in a tooltip.
    var shortDigest: String
    var base: String?
  }

  struct LandRow: Sendable {
    var parcel: String
    /// `holder` or `tenant`: a CSS class, never input data.
    var roleKey: String
    var role: String
    var mu: String
    var source: String
  }

  /// A correction applied to a figure or to the land: the value it
  /// replaced, the new one, why, and the document that decided it.
  struct Correction: Sendable {
    var old: String
    var new: String
    var reason: String
    var document: String
    var source: String
  }

  /// How many hex digits of the rule set's SHA-256 the sheet prints: enough
  /// to tell rule sets apart by eye, the whole digest in the tooltip.
  static let digestLength = 12
  /// How many tenant codes are listed before "and n more".
  static let tenantLimit = 20

  var lang: String
  var t: [String: String]
  var code: String
  var name: String
  var year: String
  var track: String
  var scale: String?
  var sector: String?
  var district: String?
  var ruleSet: RuleSetView
  var stamp: String?
  var land: [LandRow]
  var hasLand: Bool
  var totalMu: String
  var areaCorrections: [Correction]
  var areaCorrected: Bool
  var tenants: String?
  var figures: [HTMLSheetFigure]
  /// Score, class, rank, items and adjustments; nil when not scored.
  var scoring: HTMLSheetScoring?
  /// Earlier years with this one; nil when the history gave none.
  var trend: HTMLSheetTrend?
  var errors: [String]
  var hasErrors: Bool
  var notes: [String]
  var hasNotes: Bool
  /// `有异议（请在 5 个工作日内提出）`: the words around the number of days.
  var objection: String

  init(_ sheet: EnterpriseSheet) {
    let t = sheet.language.strings
    let label = { (key: String) in t[key] ?? key }
    let verdict = sheet.verdict
    let enterprise = verdict.enterprise
    let mu = label("mu")
    lang = sheet.language.htmlTag
    self.t = t
    code = enterprise.code
    name = enterprise.name ?? "—"
    year = String(enterprise.year)
    track = Self.trackLabel(verdict.track, t: t)
    scale = enterprise.scale.map { label("scale.\($0.rawValue)") }
    sector = enterprise.sector
    district = enterprise.district
    let identity = sheet.ruleSet.identity
    ruleSet = RuleSetView(
      id: identity.id, version: identity.version, title: sheet.ruleSet.metadata.title,
      sha256: identity.sha256, shortDigest: String(identity.sha256.prefix(Self.digestLength)),
      base: identity.base.map { "\($0.id) \($0.version)" })
    stamp = sheet.stamp
    land = enterprise.land.map { share in
      LandRow(
        parcel: share.parcel, roleKey: share.role.rawValue,
        role: label("role.\(share.role.rawValue)"),
        mu: HTMLNumber.short(share.mu, 4) + " " + mu,
        source: "\(share.location.file):\(share.location.line)")
    }
    hasLand = !land.isEmpty
    totalMu = HTMLNumber.short(enterprise.areaMu, 4) + " " + mu
    areaCorrections = enterprise.corrections.filter { $0.correction.field == .areaMu }.map {
      Self.correction($0, unit: mu, t: t)
    }
    areaCorrected = !areaCorrections.isEmpty
    let listed = enterprise.tenantCodes.prefix(Self.tenantLimit).joined(separator: ", ")
    let more = enterprise.tenantCodes.count - Self.tenantLimit
    tenants =
      enterprise.tenantCodes.isEmpty
      ? nil
      : listed + (more > 0 ? label("andMorePrefix") + String(more) + label("andMoreSuffix") : "")
    figures = HTMLSheetFigure.rows(enterprise, t: t)
    scoring = verdict.scoring.map { HTMLSheetScoring($0, language: sheet.language) }
    trend = HTMLSheetTrend(verdict: verdict, history: sheet.trend, t: t)
    errors = enterprise.errors.map(\.description)
    hasErrors = !errors.isEmpty
    notes = enterprise.notes.map(\.description)
    hasNotes = !notes.isEmpty
    objection =
      label("objectionPrefix") + String(sheet.objectionDays) + label("objectionSuffix")
  }

  /// `规上`, `Above designated size`, …; a scheme of the rule set's own
  /// as it is written.
  static func trackLabel(_ track: String, t: [String: String]) -> String {
    t["track.\(track)"] ?? track
  }

  /// A correction's values in `unit` (empty for a count of people, say),
  /// or the words for no data when it has none.
  static func correction(_ applied: AppliedCorrection, unit: String, t: [String: String])
    -> Correction
  {
    let text = { (value: Double?) -> String in
      guard let value else { return t["nodata"] ?? "" }
      return HTMLNumber.groupedShort(value, 4) + (unit.isEmpty ? "" : " " + unit)
    }
    return Correction(
      old: text(applied.oldValue), new: text(applied.correction.value),
      reason: applied.correction.reason, document: applied.correction.document,
      source: applied.correction.source.description)
  }
}
