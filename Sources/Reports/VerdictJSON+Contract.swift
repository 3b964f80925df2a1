import Evaluation
import Land

/// What a contract check adds to a verdict (`records.md`, "Contract
/// checks"): one finding per clause in `findings`, then `asOf`, `damages`,
/// `idle` and `lowEfficiency`.
extension VerdictJSON {
  /// The keys a contract check adds (`damages`, `idle`, …).
  static func write(_ contract: ContractReview, to json: inout JSONWriter) {
    json.key("asOf")
    json.string(contract.asOf.description)
    json.key("damages")
    json.beginObject()
    json.key("total")
    json.number(contract.totalDamages)
    json.key("items")
    json.beginArray()
    for item in contract.damages {
      json.beginObject()
      json.key("clause")
      json.string(item.clause)
      json.key("amount")
      json.number(item.amount)
      json.key("basis")
      json.string(item.basis)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.key("idle")
    if let idle = contract.idle {
      json.beginObject()
      json.key("since")
      json.string(idle.since.description)
      json.key("days")
      json.integer(idle.days)
      json.key("stage")
      json.string(caseOf: idle.stage)
      json.key("reason")
      json.string(idle.reason)
      json.endObject()
    } else {
      json.null()
    }
    json.key("lowEfficiency")
    json.beginArray()
    for flag in contract.lowEfficiency {
      json.beginObject()
      json.key("criterion")
      json.string(caseOf: flag.criterion)
      json.key("reason")
      json.string(flag.reason)
      json.endObject()
    }
    json.endArray()
    json.stringsUnlessEmpty("contractNotes", contract.notes)
  }

  /// The clause findings, written into the verdict's `findings` array
  /// after the threshold findings.
  static func writeClauseFindings(_ contract: ContractReview, to json: inout JSONWriter) {
    for finding in contract.clauses { write(finding, to: &json) }
  }

  static func write(_ finding: ClauseFinding, to json: inout JSONWriter) {
    json.beginObject()
    json.key("clause")
    json.string(finding.clause.name)
    json.key("status")
    json.string(caseOf: finding.status)
    if let due = finding.due {
      json.key("due")
      json.string(due.description)
      if finding.movedDays != 0, let agreed = finding.agreedDue {
        json.key("agreedDue")
        json.string(agreed.description)
        json.key("movedDays")
        json.integer(finding.movedDays)
      }
      json.key("actual")
      json.optional(finding.actual?.description)
      if let late = finding.daysLate {
        json.key("daysLate")
        json.integer(late)
      }
    }
    if case .commitment(let indicator) = finding.clause {
      writeMeasure(
        value: finding.value, min: finding.min, max: finding.max, unit: indicator.unit,
        to: &json)
      if let year = finding.year {
        json.key("year")
        json.integer(year)
      }
    }
    json.key("message")
    json.string(finding.message)
    json.endObject()
  }
}
