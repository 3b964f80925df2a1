#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a producer on a thread of its own and hands what it makes to the
/// caller in the order it was made: the second core parses, decodes and
/// evaluates while the first writes. At most `capacity` batches wait, so
/// memory stays bounded whatever the input's size.
///
/// Dropping the producer (or calling ``cancel()``) stops the thread: its
/// next `emit` returns false, and `deinit` waits for it to end.
public final class BackgroundProducer<Element: Sendable> {
  public typealias Produce = @Sendable (_ emit: (Element) -> Bool) -> Void

  private let channel: Channel<Element>
  /// The batch being handed out, last element first (``next()``).
  private var current: [Element] = []
  private var thread: pthread_t?

  /// Starts `produce` at once. It calls `emit` with each element; `emit`
  /// returns false when the consumer has gone, and `produce` should stop.
  /// A batch is handed over when it is full, or at once after an element
  /// for which `handOver` is true (the consumer is waiting for it).
  public init(
    capacity: Int = 8, batchSize: Int = 128,
    handOver: @escaping @Sendable (Element) -> Bool = { _ in false },
    _ produce: @escaping Produce
  ) {
    channel = Channel(capacity: max(1, capacity))
    let start = Start(
      channel: channel, batchSize: max(1, batchSize), handOver: handOver, produce: produce)
    thread = start.startThread {
      // No thread to be had: produce everything here, now, unbounded.
      channel.unbound()
    }
  }

  deinit {
    channel.cancel()
    if let thread { pthread_join(thread, nil) }
  }

  /// The next element, waiting for the producer when needed; nil at the end.
  public func next() -> Element? {
    // Each element is moved out of the batch, not copied: a copy retained
    // every string and array in it, released again with the batch.
    // (Measured with callgrind, release, 10k parcels: 2,566 M instructions
    // before, 2,559 M after; the atomic reference counts it saves cost more
    // time than their instruction counts say.)
    if let element = current.popLast() { return element }
    guard let batch = channel.take() else { return nil }
    current = batch
    current.reverseByMoving()
    return current.popLast()
  }

  /// Tells the producer to stop; elements not yet taken are dropped.
  public func cancel() { channel.cancel() }

  /// Hands elements the consumer is done with back to the producer's
  /// thread, which drops them when it next delivers a batch, so that their
  /// memory is freed by the thread that allocated it.
  ///
  /// Why: glibc's malloc keeps an arena per thread, and freeing memory of
  /// another thread's arena takes that arena's lock, which its own thread
  /// takes too for most of its allocations: the writing thread freeing the
  /// reading threads' verdicts made them wait on each other. (Measured,
  /// release, 200k parcels, `perf stat`, three rounds alternating: about
  /// 2,000 context switches against 16,000–19,000, 5.2–5.6 s of CPU
  /// against 5.6–6.1 s, 3.32–3.57 s wall against 3.78–3.98 s.)
  public func recycle(_ elements: [Element]) {
    channel.recycle(elements)
  }

  /// What the thread runs: the producer, batching its output.
  private final class Start: AnyStart, @unchecked Sendable {
    let channel: Channel<Element>
    let batchSize: Int
    let handOver: @Sendable (Element) -> Bool
    let produce: Produce

    init(
      channel: Channel<Element>, batchSize: Int, handOver: @escaping @Sendable (Element) -> Bool,
      produce: @escaping Produce
    ) {
      self.channel = channel
      self.batchSize = batchSize
      self.handOver = handOver
      self.produce = produce
    }

    override func run() {
      var batch: [Element] = []
      batch.reserveCapacity(batchSize)
      var open = true
      produce { element in
        guard open else { return false }
        batch.append(element)
        if batch.count >= batchSize || handOver(element) {
          var done: [[Element]] = []
          open = channel.deliver(batch, takingBack: &done)
          batch.removeAll(keepingCapacity: true)
          done.removeAll()  // freed here, on this thread
        }
        return open
      }
      var done: [[Element]] = []
      if open { _ = channel.deliver(batch, takingBack: &done) }
      channel.finish()
    }
  }
}

/// The thread's entry point, without the generic parameter C cannot carry.
class AnyStart {
  func run() {}

  /// Runs ``run()`` on a thread of its own, and returns the thread; when
  /// no thread can be had, calls `instead` and runs it here, now (nil).
  func startThread(otherwise instead: () -> Void) -> pthread_t? {
    let context = Unmanaged.passRetained(self).toOpaque()
    var handle = pthread_t()
    let status = pthread_create(
      &handle, nil,
      { raw in
        guard let raw else { return nil }
        Unmanaged<AnyStart>.fromOpaque(raw).takeRetainedValue().run()
        return nil
      }, context)
    if status == 0 { return handle }
    instead()
    Unmanaged<AnyStart>.fromOpaque(context).takeRetainedValue().run()
    return nil
  }
}

/// The batches between the two threads.
///
/// `@unchecked Sendable`: every stored property is read and written only
/// with the mutex held; a batch is built by the producer alone and handed
/// over whole.
final class Channel<Element>: @unchecked Sendable {
  private var capacity: Int
  private let monitor = Monitor()
  private var batches: [[Element]] = []
  /// Elements the consumer is done with, for the producer to drop.
  private var returned: [[Element]] = []
  private var finished = false
  private var cancelled = false

  init(capacity: Int) {
    self.capacity = capacity
  }

  func unbound() {
    locked { capacity = Int.max }
  }

  /// Producer: queues a batch, waiting while the queue is full, and takes
  /// what the consumer handed back (``recycle(_:)``) into `done`. False
  /// when the consumer has cancelled.
  func deliver(_ batch: [Element], takingBack done: inout [[Element]]) -> Bool {
    monitor.lock()
    defer { monitor.unlock() }
    swap(&done, &returned)
    while batches.count >= capacity && !cancelled { monitor.wait() }
    if cancelled { return false }
    if !batch.isEmpty { batches.append(batch) }
    monitor.broadcast()
    return true
  }

  /// Consumer: elements it is done with, for the producer to drop.
  func recycle(_ elements: [Element]) {
    monitor.lock()
    defer { monitor.unlock() }
    if !cancelled && !finished { returned.append(elements) }
  }

  func finish() {
    locked { finished = true }
  }

  /// Consumer: the next batch, waiting for one; nil when there are no more.
  func take() -> [Element]? {
    monitor.lock()
    defer { monitor.unlock() }
    while batches.isEmpty && !finished && !cancelled { monitor.wait() }
    if batches.isEmpty { return nil }
    let batch = batches.removeFirst()
    monitor.broadcast()
    return batch
  }

  func cancel() {
    locked {
      cancelled = true
      batches.removeAll()
    }
  }

  private func locked(_ body: () -> Void) {
    monitor.lock()
    body()
    monitor.broadcast()
    monitor.unlock()
  }
}
