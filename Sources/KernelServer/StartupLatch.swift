import Dispatch
import Synchronization

/// Collects each thread's "my sockets are bound" (or why not) before the
/// kernel declares itself up.
final class StartupLatch: Sendable {
  private let semaphore = DispatchSemaphore(value: 0)
  private let failures = Mutex<[String]>([])

  func ready() { semaphore.signal() }

  func failed(_ reason: String) {
    failures.withLock { $0.append(reason) }
    semaphore.signal()
  }

  /// Waits for `count` threads; returns the failures.
  func wait(for count: Int) -> [String] {
    for _ in 0..<count { semaphore.wait() }
    return failures.withLock { $0 }
  }
}
