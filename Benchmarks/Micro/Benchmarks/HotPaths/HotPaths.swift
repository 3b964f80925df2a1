import Benchmark
import Evaluation
import Land
import Reports
import Rules
import SampleData
import XMLStream

/// The hot parts of `mujun evaluate`, one record at a time: XML to
/// records, a record's table to a parcel, indicators, rule lookup, a verdict, and
/// its JSON line. Inputs are synthetic records from `SampleGenerator`.
let benchmarks: @Sendable () -> Void = {
  let generator = SampleGenerator(parcels: 1000, seed: 42)
  let document = Array(generator.document().utf8)
  let tables: [ElementTable] = {
    let reader = XMLRecordReader(bytes: document, fileName: "bench.xml")
    var out: [ElementTable] = []
    while let event = reader.next() {
      if case .record(let record) = event { out.append(record.table) }
    }
    return out
  }()
  let parcels: [Parcel] = tables.compactMap {
    if case .parcel(let parcel) = ParcelDecoder.decode($0) { parcel } else { nil }
  }
  guard case .success(let rules) = RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID)
  else { return }
  let evaluator = Evaluator(ruleSet: rules)
  let verdicts = parcels.map { evaluator.evaluate($0) }

  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal])

  Benchmark("parse 1000 records (XMLRecordReader, libxml2)") { benchmark in
    for _ in benchmark.scaledIterations {
      let reader = XMLRecordReader(bytes: document, fileName: "bench.xml")
      while let event = reader.next() { blackHole(event) }
    }
  }
  Benchmark("read 1000 records in 64 kB chunks (direct reader)") { benchmark in
    for _ in benchmark.scaledIterations {
      let whole = XMLRecordReader(bytes: document, fileName: "bench.xml")
      whole.recordName = ParcelDecoder.recordName
      guard let chunker = whole.chunker(chunkSize: 64 * 1024) else { continue }
      var index = 0
      while let chunk = chunker.chunk(index) {
        index += 1
        let reader = chunker.reader(for: chunk)
        while let event = reader.next() { blackHole(event) }
        if reader.readsToEndOfFile { break }
      }
    }
  }
  Benchmark("decode 1000 parcels (ParcelDecoder)") { benchmark in
    for _ in benchmark.scaledIterations {
      for table in tables { blackHole(ParcelDecoder.decode(table)) }
    }
  }
  Benchmark("indicators of 1000 parcels") { benchmark in
    for _ in benchmark.scaledIterations {
      for parcel in parcels { blackHole(parcel.indicators(year: nil)) }
    }
  }
  Benchmark("rule lookup for 1000 parcels") { benchmark in
    for _ in benchmark.scaledIterations {
      for parcel in parcels {
        blackHole(
          rules.bounds(
            for: parcel.sector.code, district: parcel.district.code, zone: parcel.zone?.level))
      }
    }
  }
  Benchmark("evaluate 1000 parcels") { benchmark in
    for _ in benchmark.scaledIterations {
      for parcel in parcels { blackHole(evaluator.evaluate(parcel)) }
    }
  }
  Benchmark("JSON lines for 1000 verdicts") { benchmark in
    for _ in benchmark.scaledIterations {
      for verdict in verdicts { blackHole(VerdictJSON.line(verdict)) }
    }
  }
}
