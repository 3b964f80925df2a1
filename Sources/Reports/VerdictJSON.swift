public import Evaluation
import Land
import Rules
import XMLStream

/// A verdict as one line of JSON Lines (`records.md`, "Verdicts out"):
/// the required keys first, in the documented order, then the rest.
public enum VerdictJSON {
  public static func line(_ verdict: Verdict) -> String {
    String(decoding: lineBytes(verdict), as: UTF8.self)
  }

  /// ``line(_:)`` as UTF-8, for writing straight to a file.
  public static func lineBytes(_ verdict: Verdict) -> [UInt8] {
    var json = JSONWriter(capacity: 4096)
    write(line: verdict, to: &json)
    return json.bytes
  }

  /// Appends ``line(_:)``'s bytes to `bytes`, copying what depends on the
  /// rule set alone from `parts` when they are those of `verdict`'s.
  public static func appendLine(
    _ verdict: Verdict, to bytes: inout [UInt8], parts: VerdictJSONParts? = nil
  ) {
    var json = JSONWriter(capacity: 4096)
    write(line: verdict, to: &json, parts: parts)
    json.out.withBytes { bytes.append(contentsOf: $0) }
  }

  static func write(
    line verdict: Verdict, to json: inout JSONWriter, parts: VerdictJSONParts? = nil
  ) {
    let parts = parts?.belong(to: verdict) == true ? parts : nil
    json.beginObject()
    json.key("parcel")
    json.optional(verdict.parcel)
    json.key("status")
    json.string(caseOf: verdict.status)
    json.key("year")
    json.optional(verdict.year)
    json.key("ruleSet")
    if let parts { json.raw(parts.bytes, parts.ruleSet) } else { write(verdict.ruleSet, to: &json) }
    json.key("indicators")
    json.beginObject()
    var numbers = IndicatorNumbers()
    for entry in verdict.indicators {
      json.key(entry.indicator)
      if case .value(let value) = entry.reading {
        numbers.note(entry.indicator, value, at: json.numberAt(value))
      } else {
        json.null()
      }
    }
    writeCustomValues(of: verdict, to: &json)
    json.endObject()
    json.key("findings")
    json.beginArray()
    // Through the array's buffer, not `for … in`, whose copy of each
    // finding retained and released its strings (perf record, release,
    // 200k parcels: 1.7% of a batch run's time). The call still copies a
    // finding (its buffer might alias the writer's), which now counts two
    // references: its citation and its message's end.
    verdict.findings.withUnsafeBufferPointer { findings in
      for index in findings.indices {
        write(findings[index], to: &json, parts: parts, numbers: numbers)
      }
    }
    for finding in verdict.customFindings { write(finding, to: &json) }
    if let contract = verdict.contract { writeClauseFindings(contract, to: &json) }
    json.endArray()
    json.key("errors")
    json.beginArray()
    for error in verdict.errors { write(error, to: &json) }
    json.endArray()
    if let scoring = verdict.scoring { write(scoring, to: &json) }
    if let contract = verdict.contract { write(contract, to: &json) }
    writeDetails(of: verdict, to: &json)
    json.endObject()
    json.endLine()
  }

  /// The keys beyond the required ones: where the record is, what the
  /// parcel is, why an indicator has no data, and notes.
  static func writeDetails(of verdict: Verdict, to json: inout JSONWriter) {
    json.key("source")
    write(verdict.location, to: &json)
    if let summary = verdict.summary {
      json.key("name")
      json.optional(summary.name)
      json.key("holder")
      json.optional(summary.holder?.name)
      json.key("creditCode")
      json.optional(summary.holder?.creditCode)
      writeCodeAndName("district", summary.district.code, summary.district.name, to: &json)
      writeCodeAndName("sector", summary.sector.code, summary.sector.name, to: &json)
      json.key("area")
      json.beginObject()
      json.key("m2")
      json.number(summary.area.squareMetres)
      json.key("mu")
      json.number(summary.area.mu)
      json.key("ha")
      json.number(summary.area.hectares)
      json.endObject()
    }
    let missing =
      verdict.indicators.compactMap { entry -> (String, String)? in
        if case .noData(let reason) = entry.reading {
          (entry.indicator.rawValue, reason)
        } else {
          nil
        }
      } + customNoData(of: verdict)
    if !missing.isEmpty {
      json.key("noData")
      json.beginObject()
      for (indicator, reason) in missing {
        json.key(escaping: indicator)
        json.string(reason)
      }
      json.endObject()
    }
    json.stringsUnlessEmpty("notes", verdict.notes)
  }

  /// `"value":…,"min":…,"max":…,"unit":…` (min and max only when set),
  /// as threshold findings and contract commitments both write them; each
  /// number copied where `copies` says it was written before (its bounds
  /// in `parts`).
  static func writeMeasure(
    value: Double?, min: Double?, max: Double?, unit: IndicatorUnit, to json: inout JSONWriter,
    copies: MeasureCopies? = nil, parts: VerdictJSONParts? = nil
  ) {
    json.key("value")
    if let value {
      if let at = copies?.value { json.repeatValue(at: at) } else { json.number(value) }
    } else {
      json.null()
    }
    if let min { writeBound("min", min, copying: copies?.min, of: parts, to: &json) }
    if let max { writeBound("max", max, copying: copies?.max, of: parts, to: &json) }
    json.key("unit")
    json.string(caseOf: unit)
  }

  /// Where a measure's numbers were written before: its value in the line
  /// (``IndicatorNumbers``), its bounds in the rule set's parts. (Ranges
  /// alone, no reference: copied without counting one.)
  struct MeasureCopies {
    var value: Range<Int>?
    var min: Range<Int>?
    var max: Range<Int>?
  }

  /// `"key":value`, copied from `parts` at `part` when there is one.
  private static func writeBound(
    _ key: StaticString, _ value: Double, copying part: Range<Int>?, of parts: VerdictJSONParts?,
    to json: inout JSONWriter
  ) {
    if let part, let parts {
      json.raw(parts.bytes, part)
    } else {
      json.key(key)
      json.number(value)
    }
  }

  /// `"key":{"code":…,"name":…}`.
  static func writeCodeAndName(
    _ key: StaticString, _ code: String, _ name: String, to json: inout JSONWriter
  ) {
    json.key(key)
    json.beginObject()
    json.key("code")
    json.string(code)
    json.key("name")
    json.string(name)
    json.endObject()
  }

  static func write(_ identity: RuleSetIdentity, to json: inout JSONWriter) {
    json.beginObject()
    json.key("id")
    json.string(identity.id)
    json.key("version")
    json.string(identity.version)
    json.key("sha256")
    json.string(identity.sha256)
    if let base = identity.base {
      json.key("base")
      write(base, to: &json)
    }
    json.endObject()
  }

  /// A threshold finding. With `parts`, what depends on its row alone is
  /// copied from them; with `numbers`, its value from the line's
  /// `indicators` when it is the same number.
  static func write(
    _ finding: Finding, to json: inout JSONWriter, parts: VerdictJSONParts? = nil,
    numbers: IndicatorNumbers? = nil
  ) {
    json.beginObject()
    json.key("indicator")
    json.string(caseOf: finding.indicator)
    json.key("status")
    json.string(caseOf: finding.status)
    if let parts, let row = parts.row(of: finding) {
      // What depends on the row alone, and the value, copied.
      let copies = MeasureCopies(
        value: finding.value.flatMap { numbers?.range(of: finding.indicator, $0) },
        min: finding.min.flatMap { parts.min(ofRow: row, $0) },
        max: finding.max.flatMap { parts.max(ofRow: row, $0) })
      writeMeasure(
        value: finding.value, min: finding.min, max: finding.max, unit: finding.indicator.unit,
        to: &json, copies: copies, parts: parts)
      json.raw(parts.bytes, parts.rows[row])
    } else {
      writeMeasure(
        value: finding.value, min: finding.min, max: finding.max, unit: finding.indicator.unit,
        to: &json)
      writeRule(finding.rule, ruleSetID: finding.ruleSetID, source: finding.source, to: &json)
    }
    json.key("message")
    json.string(finding.text)
    json.endObject()
  }

  /// A finding's `rule`, `ruleSet` and `source` (when it has one).
  static func writeRule(
    _ rule: SourceLocation, ruleSetID: String, source: String?, to json: inout JSONWriter
  ) {
    json.key("rule")
    json.fileAndLine(rule.file, rule.line)
    json.key("ruleSet")
    json.string(ruleSetID)
    if let source {
      json.key("source")
      json.string(source)
    }
  }

  static func write(_ diagnostic: Diagnostic, to json: inout JSONWriter) {
    json.beginObject()
    json.key("file")
    json.string(diagnostic.location.file)
    json.key("line")
    json.integer(diagnostic.location.line)
    json.key("column")
    json.integer(diagnostic.location.column)
    json.key("message")
    json.string(diagnostic.message)
    json.endObject()
  }

  static func write(_ location: SourceLocation, to json: inout JSONWriter) {
    json.beginObject()
    json.key("file")
    json.string(location.file)
    json.key("line")
    json.integer(location.line)
    json.key("column")
    json.integer(location.column)
    json.endObject()
  }
}
