public import Enterprises
import Tables
import XMLStream

/// The join report as one JSON object (`--join-report`): the counts, then
/// each list in full.
public enum JoinReportJSON {
  public static func document(_ report: JoinReport) -> String {
    var json = JSONWriter(capacity: 1 << 16)
    json.beginObject()
    json.key("year")
    json.integer(report.year)
    json.key("enterprises")
    json.integer(report.enterprises)
    json.key("holders")
    json.integer(report.holders)
    json.key("tenantsOnly")
    json.integer(report.tenantsOnly)
    json.key("dataOnly")
    json.integer(report.dataOnly)
    json.key("rejectedOnly")
    json.integer(report.rejectedOnly)
    json.key("rowsOfOtherYears")
    json.integer(report.rowsOfOtherYears)
    sightings("codesWithoutLand", report.codesWithoutLand, to: &json)
    sightings("landWithoutData", report.landWithoutData, to: &json)
    json.key("landWithoutCode")
    json.beginArray()
    for land in report.landWithoutCode {
      json.beginObject()
      json.key("parcel")
      json.string(land.parcel)
      json.key("mu")
      json.number(land.mu)
      json.key("source")
      json.string(land.location.description)
      json.endObject()
    }
    json.endArray()
    json.key("differentNames")
    json.beginArray()
    for entry in report.differentNames {
      json.beginObject()
      json.key("code")
      json.string(entry.code)
      json.key("names")
      json.beginArray()
      for name in entry.names { EnterpriseJSON.write(name, to: &json) }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.key("lostLand")
    json.beginArray()
    for lost in report.lostLand {
      json.beginObject()
      json.key("code")
      json.string(lost.code)
      json.key("parcel")
      json.optional(lost.parcel)
      json.key("source")
      json.string(lost.location.description)
      json.endObject()
    }
    json.endArray()
    json.key("badCodes")
    json.beginArray()
    for issue in report.badCodes { EnterpriseJSON.write(issue, to: &json) }
    json.endArray()
    json.key("problems")
    json.beginArray()
    for problem in report.problems {
      json.beginObject()
      json.key("source")
      json.string(problem.place.description)
      json.key("severity")
      json.string(problem.severity.rawValue)
      json.key("kind")
      json.string(problem.kind.rawValue)
      json.key("message")
      json.string(problem.message)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endLine()
    return String(decoding: json.bytes, as: UTF8.self)
  }

  static func sightings(
    _ name: StaticString, _ list: [JoinReport.Sighting], to json: inout JSONWriter
  ) {
    json.key(name)
    json.beginArray()
    for sighting in list {
      json.beginObject()
      json.key("code")
      json.string(sighting.code)
      json.key("source")
      json.string(sighting.source)
      json.endObject()
    }
    json.endArray()
  }
}
