import Evaluation
import Land

extension VerdictJSON {
  /// The keys a scoring rule set adds: `score`, `class` (A–D, T when
  /// exempt), then `scoring` with the scheme, group, rank, group size,
  /// items (value, benchmark, score), exemption or veto, and `surcharge`.
  /// Scores are written to 4 decimals, amounts to the fen (0.01 CNY).
  static func write(_ scoring: ScoringResult, to json: inout JSONWriter) {
    json.key("score")
    if let score = scoring.score { json.number(rounded(score, 4)) } else { json.null() }
    json.key("class")
    json.optional(scoring.class?.rawValue)
    writeDetails(of: scoring, to: &json)
  }

  /// `scoring` (the scheme, group, rank, items, adjustments, exemption or
  /// veto) and `consequence` (the surcharge).
  static func writeDetails(of scoring: ScoringResult, to json: inout JSONWriter) {
    json.key("scoring")
    json.beginObject()
    json.key("scheme")
    json.optional(scoring.scheme)
    if let reason = scoring.notScored {
      json.key("notScored")
      json.string(reason)
    }
    if let group = scoring.group {
      json.key("group")
      json.string(group)
    }
    json.key("rank")
    json.optional(scoring.rank)
    json.key("groupSize")
    json.optional(scoring.groupSize)
    if let exemption = scoring.exemption {
      json.key("exemption")
      json.string(exemption)
    }
    if let veto = scoring.veto {
      json.key("veto")
      json.string(veto)
    }
    json.key("items")
    json.beginArray()
    for item in scoring.items { write(item, to: &json) }
    json.endArray()
    if !scoring.adjustments.isEmpty {
      json.key("adjustments")
      json.beginArray()
      for adjustment in scoring.adjustments {
        json.beginObject()
        json.key("points")
        json.number(adjustment.points)
        json.key("reason")
        json.string(adjustment.reason)
        json.key("rule")
        json.string(adjustment.rule)
        json.endObject()
      }
      json.endArray()
    }
    json.endObject()
    if let surcharge = scoring.surcharge {
      json.key("consequence")
      json.beginObject()
      json.key("surcharge")
      json.beginObject()
      json.key("perKWh")
      json.number(surcharge.perKWh)
      json.key("kWh")
      json.optional(surcharge.kWh)
      json.key("amount")
      if let amount = surcharge.amount { json.number(rounded(amount, 2)) } else { json.null() }
      json.key("unit")
      json.string("CNY")
      json.key("basis")
      json.string(surcharge.basis)
      json.endObject()
      json.endObject()
    }
  }

  static func write(_ item: ScoredItem, to json: inout JSONWriter) {
    json.beginObject()
    json.key("indicator")
    json.string(item.name)
    json.key("weight")
    json.number(item.weight)
    json.key("value")
    json.optional(item.value)
    json.key("benchmark")
    json.optional(item.benchmark)
    json.key("score")
    json.number(rounded(item.score, 4))
    if let reason = item.noData {
      json.key("noData")
      json.string(reason)
    }
    if let note = item.note {
      json.key("note")
      json.string(note)
    }
    if let rule = item.rule {
      json.key("rule")
      json.string(rule)
    }
    json.endObject()
  }

  static func rounded(_ value: Double, _ decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    // Past about 1e304 scaling overflows: such a number has no decimals to
    // round (and must not become null).
    guard (value * scale).isFinite else { return value }
    let result = (value * scale).rounded() / scale
    return result == 0 ? 0 : result
  }
}
