import ArgumentParser
import Crypto
import Enterprises
import Evaluation
import Foundation
import History
import Land
import Reports
import Rules
import Tables

/// `--history PATH`: the SQLite file where each year's enterprise results
/// are kept (docs/history.md). Read before scoring, for last year's
/// benchmarks, the classes of earlier years (consecutive D years for
/// surcharges) and each firm's trend; written once the run's outputs are
/// committed, the year's rows replaced in one transaction.
struct EnterpriseHistory {
  let store: HistoryStore

  /// Opens (or creates) the file; a file that cannot be used is an error
  /// on standard error and exit status 1, before anything is read.
  init(path: String) throws {
    do {
      store = try HistoryStore(path: path)
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
  }

  /// The group benchmarks recorded for `year`, by ``GroupBenchmark/key``.
  func benchmarks(year: Int) throws -> [String: Double] {
    var byKey: [String: Double] = [:]
    let recorded = try read { () throws(HistoryError) in try store.benchmarks(year: year) }
    for benchmark in recorded {
      byKey[
        GroupBenchmark.key(
          scheme: benchmark.scheme, group: benchmark.group, item: benchmark.indicator)] =
        benchmark.value
    }
    return byKey
  }

  /// Each firm's classes (A–D) in the `years` years before `year`.
  func classes(before year: Int, years: Int) throws -> [String: [Int: RatingClass]] {
    var byCode: [String: [Int: RatingClass]] = [:]
    for past in max(year - years, 1)..<year {
      let classes = try read { () throws(HistoryError) in try store.classes(year: past) }
      for (code, written) in classes {
        if let rating = RatingClass(rawValue: written) { byCode[code, default: [:]][past] = rating }
      }
    }
    return byCode
  }

  /// Every firm's class in `year` (A–D, T).
  func classes(year: Int) throws -> [String: String] {
    try read { () throws(HistoryError) in try store.classes(year: year) }
  }

  /// A firm's results over the years, for its sheet.
  func trend(_ code: String) throws -> [EnterpriseTrendYear] {
    try read { () throws(HistoryError) in try store.enterprise(code) }.map { entry in
      let firm = entry.enterprise
      func indicator(_ name: String) -> Double? {
        firm.indicators.first { $0.name == name }?.value ?? nil
      }
      return EnterpriseTrendYear(
        year: entry.year, class: firm.class, score: firm.score, rank: firm.rank, of: firm.of,
        areaMu: firm.areaMu, taxPerMu: indicator("taxPerMu"),
        valueAddedPerMu: indicator("valueAddedPerMu"))
    }
  }

  /// Records the year: its enterprises, their figures, indicators and
  /// results, the group benchmarks, and the corrections applied (kept over
  /// reruns, the audit trail).
  func record(
    year: Int, verdicts: EnterpriseEvaluation, benchmarks: [GroupBenchmark], ruleSet: RuleSet,
    inputs: [String]
  ) throws {
    let now = Date()
    let run = HistoryRun(
      year: year, recordedAt: Self.timestamp(now),
      ruleSet: HistoryRuleSet(
        id: ruleSet.identity.id, version: ruleSet.identity.version,
        sha256: ruleSet.identity.sha256),
      inputs: inputs.map { HistoryInput(file: $0, sha256: Self.digest(of: $0)) },
      benchmarks: benchmarks.map {
        HistoryBenchmark(
          scheme: $0.scheme, group: $0.group, indicator: $0.item, value: $0.value,
          basis: $0.basis)
      })
    let day = String(Self.timestamp(now).prefix(10))
    let corrections = verdicts.enterprises.flatMap { firm in
      firm.corrections.map { applied in
        HistoryCorrection(
          year: year, code: firm.code,
          field: applied.correction.field.description, oldValue: applied.oldValue,
          newValue: applied.correction.value, reason: applied.correction.reason,
          document: applied.correction.document, appliedOn: day,
          source: applied.correction.source.description)
      }
    }
    _ = try read { () throws(HistoryError) in
      try store.replace(run, enterprises: verdicts.lazy.map(Self.row), corrections: corrections)
    }
  }

  static func row(_ verdict: EnterpriseVerdict) -> HistoryEnterprise {
    let firm = verdict.enterprise
    let scoring = verdict.scoring
    return HistoryEnterprise(
      code: firm.code, name: firm.name, track: verdict.track, areaMu: firm.areaMu,
      score: scoring?.score, class: scoring?.class?.rawValue, rank: scoring?.rank,
      of: scoring?.rank == nil ? nil : scoring?.groupSize, group: scoring?.group,
      exemption: scoring?.exemption, veto: scoring?.veto,
      figures: PerformanceField.allCases.compactMap { field in
        firm.figures[field].map {
          HistoryFigure(field: field.rawValue, value: $0.value, source: $0.source)
        }
      },
      indicators: firm.indicators.map {
        HistoryIndicator(name: $0.indicator.rawValue, value: $0.reading.value)
      })
  }

  /// The SHA-256 of a file, read in pieces; empty when it cannot be read.
  static func digest(of path: String) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    var hasher = SHA256()
    while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      hasher.update(data: chunk)
    }
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  /// A history call; its error printed and exit status 1.
  private func read<T>(_ body: () throws(HistoryError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
  }
}
