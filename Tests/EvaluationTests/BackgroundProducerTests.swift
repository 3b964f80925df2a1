import Testing

@testable import Evaluation

@Suite struct BackgroundProducerTests {
  @Test(arguments: [0, 1, 127, 128, 129, 10_000])
  func handsEveryElementOverInOrder(count: Int) {
    let producer = BackgroundProducer<Int>(capacity: 2, batchSize: 128) { emit in
      for value in 0..<count where !emit(value) { return }
    }
    var received: [Int] = []
    while let value = producer.next() { received.append(value) }
    #expect(received == Array(0..<count))
    #expect(producer.next() == nil)
  }

  @Test func aConsumerThatStopsEarlyStopsTheProducer() {
    let stopped = Flag()
    do {
      let producer = BackgroundProducer<Int>(capacity: 1, batchSize: 4) { emit in
        var value = 0
        while emit(value) { value += 1 }
        stopped.set()
      }
      #expect(producer.next() == 0)
      #expect(producer.next() == 1)
    }
    // Dropping the producer cancels and joins its thread.
    #expect(stopped.isSet)
  }
}

final class Flag: @unchecked Sendable {
  private var value = false
  private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  init() { pthread_mutex_init(lock, nil) }
  func set() {
    pthread_mutex_lock(lock)
    value = true
    pthread_mutex_unlock(lock)
  }
  var isSet: Bool {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    return value
  }
}

#if canImport(Glibc)
  import Glibc
#endif
