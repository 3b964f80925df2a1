#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's chunks read by several threads at once, each thread taking the
/// next chunk no thread has taken yet, and handed to the consumer in chunk
/// order, so in input order.
///
/// Why not two threads taking alternate chunks (``BackgroundProducer`` per
/// thread, as before): with three threads on two cores the writing thread's
/// time lands on one reading thread's core at a time; the other ran ahead
/// until its queue was full and then slept (`perf sched`, release, 200k
/// parcels: each reading thread slept 0.55 s of a 2.7 s run, the cores
/// were 11% idle). Taking chunks as they come, a thread that is ahead
/// keeps reading; it only waits when it is `window` chunks ahead of the
/// consumer, or holds `slotBatches` batches of a chunk the consumer has not
/// reached.
///
/// Dropping it stops the threads: their next `emit` returns false, and
/// `deinit` waits for them to end.
final class ChunkReaders<Element: Sendable> {
  /// Reads chunk `index`, calling `emit` with each element (false: stop);
  /// true when it is the last chunk (the file ends in it, or there is none
  /// such). Each thread makes its own from `makeRead`, once.
  typealias Read = (_ index: Int, _ emit: (consuming Element) -> Bool) -> Bool

  private let state: ChunkSlots<Element>
  private var threads: [pthread_t] = []
  /// The batch being handed out, last element first, and the thread that
  /// made it.
  private var current: [Element] = []
  private var currentReader = 0

  init(
    readers: Int, window: Int, slotBatches: Int, batchSize: Int = 128,
    makeRead: @escaping @Sendable () -> Read
  ) {
    state = ChunkSlots(
      readers: readers, window: max(1, window), slotBatches: max(1, slotBatches))
    for reader in 0..<readers {
      let start = ChunkReaderStart(
        state: state, reader: reader, batchSize: max(1, batchSize), makeRead: makeRead)
      let thread = start.startThread {
        // No thread to be had: this one reads everything, now, unbounded.
        state.unbound()
      }
      if let thread { threads.append(thread) }
    }
  }

  deinit {
    state.cancel()
    for thread in threads { pthread_join(thread, nil) }
  }

  /// The next element, in chunk order, waiting for it when needed; nil when
  /// the last chunk has been handed out.
  func next() -> Element? {
    if let element = current.popLast() { return element }
    guard let (batch, reader) = state.take() else { return nil }
    current = batch
    current.reverseByMoving()
    currentReader = reader
    return current.popLast()
  }

  /// Hands elements back to the thread that made the last batch taken, to
  /// be dropped there (as ``BackgroundProducer/recycle(_:)``, for glibc's
  /// per-thread arenas).
  func recycle(_ elements: [Element]) {
    state.recycle(elements, to: currentReader)
  }
}

/// One reading thread's loop: take a chunk, read it in batches, again.
private final class ChunkReaderStart<Element: Sendable>: AnyStart, @unchecked Sendable {
  let state: ChunkSlots<Element>
  let reader: Int
  let batchSize: Int
  let makeRead: @Sendable () -> ChunkReaders<Element>.Read

  init(
    state: ChunkSlots<Element>, reader: Int, batchSize: Int,
    makeRead: @escaping @Sendable () -> ChunkReaders<Element>.Read
  ) {
    self.state = state
    self.reader = reader
    self.batchSize = batchSize
    self.makeRead = makeRead
  }

  override func run() {
    let read = makeRead()
    var batch: [Element] = []
    batch.reserveCapacity(batchSize)
    var done: [[Element]] = []
    while let index = state.claim(by: reader, takingBack: &done) {
      done.removeAll()  // freed here, on this thread
      var open = true
      let last = read(index) { element in
        guard open else { return false }
        batch.append(element)
        if batch.count >= batchSize {
          open = state.deliver(batch, chunk: index, by: reader, takingBack: &done)
          batch.removeAll(keepingCapacity: true)
          done.removeAll()
        }
        return open
      }
      guard open, state.finish(batch, chunk: index, last: last) else { break }
      batch.removeAll(keepingCapacity: true)
    }
    state.readerEnded()
  }
}

/// What the threads share: which chunks are taken, the batches of the ones
/// the consumer has not finished, and what it hands back.
///
/// `@unchecked Sendable`: every stored property is read and written only
/// with the mutex held; a batch is built by one thread alone and handed
/// over whole.
private final class ChunkSlots<Element>: @unchecked Sendable {
  struct Slot {
    var batches: [[Element]] = []
    var reader: Int
    var finished = false
    var last = false
  }

  private var window: Int
  private var slotBatches: Int
  private let monitor = Monitor()
  /// The next chunk to be taken, and the chunk the consumer is at.
  private var claimed = 0
  private var consumed = 0
  /// The chunks from `consumed` on that have been taken.
  private var slots: [Int: Slot] = [:]
  /// The first chunk known to be the last: none after it is taken.
  private var lastChunk = Int.max
  private var returned: [[[Element]]]
  private var running: Int
  private var cancelled = false

  init(readers: Int, window: Int, slotBatches: Int) {
    self.window = window
    self.slotBatches = slotBatches
    returned = Array(repeating: [], count: readers)
    running = readers
  }

  func unbound() {
    lock()
    window = Int.max / 2
    slotBatches = Int.max
    unlock()
  }

  /// A reading thread: the next chunk to read, waiting while it would be
  /// `window` chunks ahead of the consumer; nil when there are no more.
  func claim(by reader: Int, takingBack done: inout [[Element]]) -> Int? {
    lock()
    defer { unlock() }
    while claimed >= consumed + window, claimed <= lastChunk, !cancelled { wait() }
    swap(&done, &returned[reader])
    guard claimed <= lastChunk, !cancelled else { return nil }
    let index = claimed
    claimed += 1
    slots[index] = Slot(reader: reader)
    return index
  }

  /// A reading thread: a full batch of chunk `index`, waiting while the
  /// chunk has `slotBatches` waiting and the consumer is not at it yet.
  /// False when the consumer has gone.
  func deliver(
    _ batch: [Element], chunk index: Int, by reader: Int, takingBack done: inout [[Element]]
  ) -> Bool {
    lock()
    defer { unlock() }
    while index != consumed, (slots[index]?.batches.count ?? 0) >= slotBatches, !cancelled {
      wait()
    }
    guard !cancelled else { return false }
    swap(&done, &returned[reader])
    slots[index]?.batches.append(batch)
    broadcast()
    return true
  }

  /// A reading thread: the rest of chunk `index`, which it has read to its
  /// end. False when the consumer has gone.
  func finish(_ batch: [Element], chunk index: Int, last: Bool) -> Bool {
    lock()
    defer { unlock() }
    guard !cancelled else { return false }
    if !batch.isEmpty { slots[index]?.batches.append(batch) }
    slots[index]?.finished = true
    if last {
      slots[index]?.last = true
      lastChunk = min(lastChunk, index)
    }
    broadcast()
    return true
  }

  func readerEnded() {
    lock()
    running -= 1
    broadcast()
    unlock()
  }

  /// The consumer: the next batch in chunk order and the thread that made
  /// it, waiting for it; nil after the last chunk.
  func take() -> ([Element], Int)? {
    lock()
    defer { unlock() }
    while true {
      if let slot = slots[consumed] {
        if !slot.batches.isEmpty {
          let batch = slots[consumed]!.batches.removeFirst()
          broadcast()
          return (batch, slot.reader)
        }
        if slot.finished {
          slots[consumed] = nil
          if slot.last { return nil }
          consumed += 1
          broadcast()
          continue
        }
      } else if running == 0 || cancelled {
        return nil  // no thread will read this chunk
      }
      wait()
    }
  }

  /// The consumer: elements for `reader` to drop.
  func recycle(_ elements: [Element], to reader: Int) {
    lock()
    if !cancelled { returned[reader].append(elements) }
    unlock()
  }

  func cancel() {
    lock()
    cancelled = true
    slots = [:]
    returned = returned.map { _ in [] }
    broadcast()
    unlock()
  }

  private func lock() { monitor.lock() }
  private func unlock() { monitor.unlock() }
  private func wait() { monitor.wait() }
  private func broadcast() { monitor.broadcast() }
}
