import Foundation
import Testing

@testable import Evaluation

@Suite struct ChunkReadersTests {
  /// Chunk `index`'s elements: `index * 100` on, `index % 7` of them.
  static func elements(of index: Int) -> [Int] {
    (0..<(index % 7)).map { index * 100 + $0 }
  }

  @Test func chunksReadAtDifferentSpeedsComeOutInChunkOrder() {
    // Every third chunk is slow, so the two threads fall out of step and
    // each takes chunks out of turn.
    let readers = ChunkReaders<Int>(readers: 2, window: 3, slotBatches: 1, batchSize: 2) {
      { index, emit in
        if index % 3 == 0 { usleep(2000) }
        for element in Self.elements(of: index) where !emit(element) { return true }
        return index == 40
      }
    }
    var seen: [Int] = []
    while let element = readers.next() { seen.append(element) }
    #expect(seen == (0...40).flatMap(Self.elements(of:)))
  }

  @Test func nothingAfterTheLastChunkIsHandedOut() {
    // Chunk 5 is the last; the threads may read on past it, unseen.
    let readers = ChunkReaders<Int>(readers: 2, window: 4, slotBatches: 2) {
      { index, emit in
        for element in Self.elements(of: index) where !emit(element) { return true }
        return index == 5
      }
    }
    var seen: [Int] = []
    while let element = readers.next() { seen.append(element) }
    #expect(seen == (0...5).flatMap(Self.elements(of:)))
  }

  @Test func aConsumerThatStopsEarlyStopsTheThreads() {
    // Endless chunks of many elements; dropping the readers after a few
    // must end both threads (deinit joins them), not hang.
    var readers: ChunkReaders<Int>? = ChunkReaders<Int>(
      readers: 2, window: 2, slotBatches: 1, batchSize: 4
    ) {
      { index, emit in
        for element in 0..<1000 where !emit(index * 1000 + element) { return true }
        return false
      }
    }
    #expect(readers?.next() == 0)
    #expect(readers?.next() == 1)
    readers = nil
    #expect(readers == nil)
  }
}
