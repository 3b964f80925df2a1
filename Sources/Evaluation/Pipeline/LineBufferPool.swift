#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The memory of a reading thread's blocks of lines (``RenderedBlock``),
/// handed back by the writing thread once it has written them, to be used
/// again by the reading thread for its next block.
///
/// Why: a block of 127 JSON lines is about 300 kB; made afresh for every
/// block, its buffer grew by doubling (copying as it went) and was freed by
/// the other thread. Reused, each buffer is allocated once per run.
///
/// `@unchecked Sendable`: `free` is read and written only with the mutex
/// held; a buffer put back is no longer used by the thread that puts it.
final class LineBufferPool: @unchecked Sendable {
  /// The bytes and line ends of one block.
  struct Buffers {
    var bytes: [[UInt8]]
    var ends: [Int]
  }

  private let outputs: Int
  private var free: [Buffers] = []
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init(outputs: Int) {
    self.outputs = outputs
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Empty buffers, used before or new.
  func take() -> Buffers {
    pthread_mutex_lock(mutex)
    let reused = free.popLast()
    pthread_mutex_unlock(mutex)
    if var reused {
      for output in reused.bytes.indices { reused.bytes[output].removeAll(keepingCapacity: true) }
      reused.ends.removeAll(keepingCapacity: true)
      return reused
    }
    var bytes = Array(repeating: [UInt8](), count: outputs)
    for output in bytes.indices { bytes[output].reserveCapacity(Self.reserved) }
    var ends: [Int] = []
    ends.reserveCapacity(RenderedBlock.capacity * outputs)
    return Buffers(bytes: bytes, ends: ends)
  }

  func put(_ buffers: Buffers) {
    pthread_mutex_lock(mutex)
    free.append(buffers)
    pthread_mutex_unlock(mutex)
  }

  /// Bytes reserved for an output's lines: a full block of JSON lines of
  /// 2.4 kB (`mujun sample`: 2357 bytes median, 3016 at most).
  static let reserved = RenderedBlock.capacity * 2560
}
