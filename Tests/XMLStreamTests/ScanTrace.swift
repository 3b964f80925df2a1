import Testing

@testable import XMLStream

/// What one call of `scan` gave, and the scanner's state after it.
struct ScanStep: Equatable {
  var event: RecordBoundaryScanner.Event
  var index: Int
  var line: Int
  var column: Int
  var state: RecordBoundaryScanner.State
  var depth: Int
  var lastInTag: UInt8
}

/// The two scanners the differential tests compare.
protocol BoundaryScanning {
  init()
  var recordName: [UInt8]? { get set }
  var line: Int { get }
  var column: Int { get }
  var state: RecordBoundaryScanner.State { get }
  var depth: Int { get }
  var lastInTag: UInt8 { get }
  mutating func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, cutFrom: Int, atEnd: Bool
  ) -> (event: RecordBoundaryScanner.Event, index: Int)
}

extension RecordBoundaryScanner: BoundaryScanning {}
extension ReferenceBoundaryScanner: BoundaryScanning {}

/// Every call a scanner makes over `input` when it is fed as RecordChunker
/// feeds it: the bytes arrive in pieces ending at `splits` (then the rest);
/// unscanned bytes are kept and their index passed back as `from:`; until
/// the root opens no cut is wanted, after it one `chunkSize` bytes into each
/// chunk; a chunk's bytes are dropped once it is cut. Stops at the end,
/// the root's end tag or a surprise, as the chunker does.
func scanTrace<Scanner: BoundaryScanning>(
  _: Scanner.Type, _ input: [UInt8], splits: [Int], chunkSize: Int, recordName: String?
) -> [ScanStep] {
  var scanner = Scanner()
  scanner.recordName = recordName.map { Array($0.utf8) }
  var ends = splits.filter { $0 > 0 && $0 < input.count }.sorted() + [input.count]
  var available = ends.removeFirst()
  var base = 0  // where the kept bytes begin in `input`
  var from = 0
  var cutFrom = Int.max
  var steps: [ScanStep] = []
  // Every call moves on or reads more, so this many calls are never needed.
  for _ in 0...(2 * input.count + 8) {
    let atEnd = available == input.count
    let (event, index) = input[base..<available].withUnsafeBufferPointer {
      scanner.scan($0, from: from, cutFrom: cutFrom, atEnd: atEnd)
    }
    steps.append(
      ScanStep(
        event: event, index: index, line: scanner.line, column: scanner.column,
        state: scanner.state, depth: scanner.depth, lastInTag: scanner.lastInTag))
    from = index
    switch event {
    case .needMore where !atEnd:
      available = ends.removeFirst()
    case .rootOpened, .boundary:
      base += index
      from = 0
      cutFrom = chunkSize
    case .needMore, .rootClosed, .surprise:
      return steps
    }
  }
  Issue.record("the scanner did not finish")
  return steps
}

/// Expects both scanners to make the same calls over `input`.
func expectSameScan(
  _ input: [UInt8], splits: [Int] = [], chunkSize: Int = 1, recordName: String? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let expected = scanTrace(
    ReferenceBoundaryScanner.self, input, splits: splits, chunkSize: chunkSize,
    recordName: recordName)
  let actual = scanTrace(
    RecordBoundaryScanner.self, input, splits: splits, chunkSize: chunkSize,
    recordName: recordName)
  #expect(
    actual == expected,
    "input \(String(decoding: input, as: UTF8.self).debugDescription) splits \(splits) chunk \(chunkSize) record \(recordName ?? "-")",
    sourceLocation: sourceLocation)
}

/// Expects the same calls for `input` fed whole and cut in two at every
/// index, with and without a record name.
func expectSameScanAtEverySplit(
  _ input: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  for recordName in [nil, "parcel"] {
    expectSameScan(input, recordName: recordName, sourceLocation: sourceLocation)
    for split in 1..<max(1, input.count) {
      expectSameScan(
        input, splits: [split], recordName: recordName, sourceLocation: sourceLocation)
    }
  }
}

let scanPrologue = Array("<?xml version=\"1.0\"?>\n<landRecords>\n".utf8)
