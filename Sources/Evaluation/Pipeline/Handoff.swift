/// Moves a value that is not `Sendable` to another thread, once.
///
/// `@unchecked Sendable`: the value is taken exactly once, by the receiving
/// thread, and the giver keeps no reference to it; the lock makes a second
/// `take()` see nil rather than race.
final class Handoff<Value>: @unchecked Sendable {
  private var value: Value?
  private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init(_ value: Value) {
    self.value = value
    pthread_mutex_init(lock, nil)
  }

  deinit {
    pthread_mutex_destroy(lock)
    lock.deallocate()
  }

  func take() -> Value? {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    let taken = value
    value = nil
    return taken
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
