#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How far into its file a batch has read, in bytes, for a progress
/// display: the reading threads move it on, the writing one looks.
///
/// `@unchecked Sendable`: the one stored count is read and written only with
/// the mutex held.
public final class ReadProgress: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private var bytes = 0

  public init() {
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// The furthest byte any reading thread has reached.
  public var bytesRead: Int {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return bytes
  }

  /// Moves the count on to `position` unless it is already past it (two
  /// threads read alternate chunks).
  func advance(to position: Int) {
    pthread_mutex_lock(mutex)
    if position > bytes { bytes = position }
    pthread_mutex_unlock(mutex)
  }
}
