import Evaluation

/// The one-firm sheet's evaluation as a template sees it: the parcel
/// card's score breakdown (``HTMLCardScoring``), then the adjustments and
/// the items' subtotal, so the firm can add the total up itself.
struct HTMLSheetScoring: Sendable {
  struct Adjustment: Sendable {
    /// Signed: `+3`, `-5`.
    var points: String
    var reason: String
    var rule: String
  }

  var score: String
  var classKey: String
  var classLabel: String
  var rank: String?
  var scheme: String?
  var group: String?
  var notScored: String?
  var exemption: String?
  var veto: String?
  var surcharge: HTMLCardScoring.Surcharge?
  var items: [HTMLCardScoring.Item]
  var hasItems: Bool
  /// The items' scores added up, before the adjustments.
  var subtotal: String
  var adjustments: [Adjustment]
  var hasAdjustments: Bool

  init(_ result: ScoringResult, language: HTMLLanguage) {
    let t = language.strings
    var shown = result
    // On a Chinese page, a no-data reason in Chinese where every part of it
    // can be (ChineseReasons); else as the verdict words it.
    if language == .zh {
      shown.items = result.items.map { item in
        var item = item
        item.noData = item.noData.map { ChineseReasons.translate($0) ?? $0 }
        return item
      }
    }
    let card = HTMLCardScoring(shown, t: t)
    score = card.score
    classKey = card.classKey
    classLabel = card.classLabel
    rank = card.rank
    scheme = card.scheme.map { HTMLSheetPage.trackLabel($0, t: t) }
    group = card.group
    notScored = card.notScored
    exemption = card.exemption
    veto = card.veto
    surcharge = card.surcharge
    items = card.items
    hasItems = card.hasItems
    subtotal = HTMLNumber.fixed(result.items.reduce(0) { $0 + $1.score }, 2)
    adjustments = result.adjustments.map { adjustment in
      Adjustment(
        points: (adjustment.points > 0 ? "+" : "") + HTMLNumber.short(adjustment.points, 2),
        reason: adjustment.reason, rule: adjustment.rule)
    }
    hasAdjustments = !adjustments.isEmpty
  }
}
