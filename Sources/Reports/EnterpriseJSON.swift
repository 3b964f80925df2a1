import Enterprises
public import Evaluation
import Land
public import Rules
import Tables

/// An enterprise as one line of JSON Lines (records.md 1.1, "Enterprise
/// verdicts out"): the required keys in the documented order, then its
/// scale, sector, district and completion, and why indicators have no
/// data.
public enum EnterpriseJSON {
  public static func line(_ verdict: EnterpriseVerdict, ruleSet: RuleSetIdentity) -> String {
    var json = JSONWriter(capacity: 2048)
    write(verdict, ruleSet: ruleSet, to: &json)
    return String(decoding: json.bytes, as: UTF8.self)
  }

  static func write(
    _ verdict: EnterpriseVerdict, ruleSet: RuleSetIdentity, to json: inout JSONWriter
  ) {
    let enterprise = verdict.enterprise
    let scoring = verdict.scoring
    json.beginObject()
    json.key("enterprise")
    json.string(enterprise.code)
    json.key("name")
    json.optional(enterprise.name)
    json.key("year")
    json.integer(enterprise.year)
    json.key("track")
    json.string(verdict.track)
    json.key("land")
    json.beginArray()
    for land in enterprise.land {
      json.beginObject()
      json.key("parcel")
      json.string(land.parcel)
      json.key("mu")
      json.number(land.mu)
      json.key("as")
      json.string(caseOf: land.role)
      json.endObject()
    }
    json.endArray()
    json.key("areaMu")
    json.number(enterprise.areaMu)
    json.key("figures")
    json.beginObject()
    for field in PerformanceField.allCases {
      guard let figure = enterprise.figures[field] else { continue }
      json.key(escaping: field.rawValue)
      json.beginObject()
      json.key("value")
      json.number(figure.value)
      json.key("source")
      json.string(figure.source)
      json.endObject()
    }
    json.endObject()
    json.key("indicators")
    json.beginObject()
    for entry in enterprise.indicators {
      json.key(entry.indicator)
      json.optional(entry.reading.value)
    }
    json.endObject()
    json.key("score")
    if let score = scoring?.score {
      json.number(VerdictJSON.rounded(score, 4))
    } else {
      json.null()
    }
    json.key("class")
    json.optional(scoring?.class?.rawValue)
    // Exempt and vetoed firms have no rank (records.md 1.1).
    let ranked = scoring?.rank != nil
    json.key("rank")
    json.optional(scoring?.rank)
    json.key("of")
    json.optional(ranked ? scoring?.groupSize : nil)
    json.key("exemption")
    json.optional(scoring?.exemption)
    json.key("notes")
    json.beginArray()
    for note in enterprise.notes { json.string(note.description) }
    json.endArray()
    json.key("ruleSet")
    VerdictJSON.write(ruleSet, to: &json)
    json.key("errors")
    json.beginArray()
    for error in enterprise.errors { write(error, to: &json) }
    json.endArray()
    json.key("scale")
    json.optional(enterprise.scale?.rawValue)
    json.key("sector")
    json.optional(enterprise.sector)
    json.key("district")
    json.optional(enterprise.district)
    json.key("completed")
    json.optional(enterprise.completed?.description)
    if !enterprise.corrections.isEmpty {
      json.key("corrections")
      json.beginArray()
      for applied in enterprise.corrections {
        json.beginObject()
        json.key("field")
        json.string(applied.correction.field.description)
        json.key("old")
        json.optional(applied.oldValue)
        json.key("new")
        json.optional(applied.correction.value)
        json.key("reason")
        json.string(applied.correction.reason)
        json.key("document")
        json.string(applied.correction.document)
        json.key("source")
        json.string(applied.correction.source.description)
        json.endObject()
      }
      json.endArray()
    }
    // The scheme, group, items, adjustments, veto and surcharge, as a
    // parcel's; score and class are above.
    if let scoring { VerdictJSON.writeDetails(of: scoring, to: &json) }
    let missing = enterprise.indicators.compactMap { entry in
      entry.reading.noDataReason.map { (entry.indicator, $0) }
    }
    if !missing.isEmpty {
      json.key("noData")
      json.beginObject()
      for (indicator, reason) in missing {
        json.key(indicator)
        json.string(reason)
      }
      json.endObject()
    }
    json.endObject()
    json.endLine()
  }

  static func write(_ issue: EnterpriseIssue, to json: inout JSONWriter) {
    json.beginObject()
    json.key("source")
    json.optional(issue.source)
    json.key("message")
    json.string(issue.message)
    json.endObject()
  }
}
