import Dispatch
import Synchronization

/// Tells every loop to finish; the main thread waits on it.
final class StopSignal: Sendable {
  private let stopped = Atomic<Bool>(false)
  private let restart = Atomic<Bool>(false)
  private let semaphore = DispatchSemaphore(value: 0)

  var isStopped: Bool { stopped.load(ordering: .acquiring) }
  var wantsRestart: Bool { restart.load(ordering: .acquiring) }

  func stop(restart: Bool) {
    self.restart.store(restart, ordering: .releasing)
    if stopped.exchange(true, ordering: .acquiringAndReleasing) == false { semaphore.signal() }
  }

  func wait() { semaphore.wait() }
}
