#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A closed vocabulary of the record format (an enumeration whose raw
/// values are the words a record may use), found from a value's bytes in
/// place (``ChoiceBytes``).
protocol ByteChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {
  /// The vocabulary's words as bytes, made once.
  static var choices: ChoiceBytes<Self> { get }
}

/// The raw values of a vocabulary as bytes, to find a case from the bytes
/// of a value without making a `String` of them first.
///
/// Why: `init(rawValue:)` needs a `String` (one allocated for a word over
/// 15 bytes) and compares it with each case's raw value in turn; for
/// ``Indicator`` that was about 1,100 instructions a commitment.
/// (Measured with callgrind, release, 10k parcels: every vocabulary read
/// took 105 M instructions before, 42 M after; the run 2,663 M before,
/// 2,584 M after, with the years of ``FirstLines``.)
struct ChoiceBytes<Value: RawRepresentable & CaseIterable & Sendable>: Sendable
where Value.RawValue == String {
  private let bytes: [UInt8]
  /// Where each value's bytes end in `bytes`.
  private let ends: [Int]
  private let values: [Value]

  init() {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var values: [Value] = []
    for value in Value.allCases {
      bytes += value.rawValue.utf8
      ends.append(bytes.count)
      values.append(value)
    }
    (self.bytes, self.ends, self.values) = (bytes, ends, values)
  }

  /// The case whose raw value is exactly `word`, if any.
  func value(_ word: UnsafeBufferPointer<UInt8>) -> Value? {
    bytes.withUnsafeBufferPointer { all -> Value? in
      guard let base = all.baseAddress else { return nil }
      var start = 0
      for index in ends.indices {
        let end = ends[index]
        if end - start == word.count,
          word.isEmpty || memcmp(base + start, word.baseAddress!, word.count) == 0
        {
          return values[index]
        }
        start = end
      }
      return nil
    }
  }
}

extension AreaUnit: ByteChoice { static let choices = ChoiceBytes<AreaUnit>() }
extension BuildingUse: ByteChoice { static let choices = ChoiceBytes<BuildingUse>() }
extension CommitmentRemedy: ByteChoice { static let choices = ChoiceBytes<CommitmentRemedy>() }
extension EventKind: ByteChoice { static let choices = ChoiceBytes<EventKind>() }
extension EventSeverity: ByteChoice { static let choices = ChoiceBytes<EventSeverity>() }
extension HolderScale: ByteChoice { static let choices = ChoiceBytes<HolderScale>() }
extension Indicator: ByteChoice { static let choices = ChoiceBytes<Indicator>() }
extension IndicatorUnit: ByteChoice { static let choices = ChoiceBytes<IndicatorUnit>() }
extension RatingClass: ByteChoice { static let choices = ChoiceBytes<RatingClass>() }
extension SupplyMethod: ByteChoice { static let choices = ChoiceBytes<SupplyMethod>() }
extension ZoneLevel: ByteChoice { static let choices = ChoiceBytes<ZoneLevel>() }
