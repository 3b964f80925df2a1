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

/// Elements handed back (``BackgroundProducer/recycle(_:)``) are freed on
/// the producer's thread, when it next delivers a batch.
@Suite struct BackgroundProducerRecycleTests {
  /// Notes the thread it was freed on.
  final class Tracked: Sendable {
    let freedOn: FreedOn
    init(_ freedOn: FreedOn) { self.freedOn = freedOn }
    deinit { freedOn.add(pthread_self()) }
  }

  final class FreedOn: @unchecked Sendable {
    private var threads: [pthread_t] = []
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    init() { pthread_mutex_init(lock, nil) }
    func add(_ thread: pthread_t) {
      pthread_mutex_lock(lock)
      threads.append(thread)
      pthread_mutex_unlock(lock)
    }
    var all: [pthread_t] {
      pthread_mutex_lock(lock)
      defer { pthread_mutex_unlock(lock) }
      return threads
    }
  }

  @Test func handedBackElementsAreFreedOnTheProducersThread() {
    let freedOn = FreedOn()
    let producerThread = Thread()
    do {
      // 40 batches of 4; the consumer hands each element back once it has
      // it, so all but the last batch's are freed by the producer, which
      // delivers after them.
      let producer = BackgroundProducer<Tracked>(capacity: 1, batchSize: 4) { emit in
        producerThread.set(pthread_self())
        for _ in 0..<160 where !emit(Tracked(freedOn)) { return }
      }
      var received = 0
      while let element = producer.next() {
        received += 1
        producer.recycle([element])
      }
      #expect(received == 160)
    }
    let threads = freedOn.all
    #expect(threads.count == 160)
    let onProducer = threads.filter { pthread_equal($0, producerThread.value) != 0 }
    // The last few handed back after the producer's last delivery are freed
    // where they were handed back; all the others on the producer's thread.
    #expect(onProducer.count >= 150)
  }

  final class Thread: @unchecked Sendable {
    private(set) var value = pthread_t()
    func set(_ thread: pthread_t) { value = thread }
  }
}
