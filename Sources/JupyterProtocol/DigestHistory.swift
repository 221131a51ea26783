import Synchronization

/// Signatures already seen, so a replayed message is refused.
///
/// Bounded: past `capacity` entries the oldest are forgotten (jupyter_client
/// keeps 2¹⁶ and culls at random; first-in-first-out is as safe and predictable).
/// Shared by the shell and control threads, hence the lock.
public final class DigestHistory: Sendable {
  private struct State {
    var seen: Set<[UInt8]> = []
    var order: [[UInt8]] = []
    var head = 0
  }

  public let capacity: Int
  private let state = Mutex(State())

  public init(capacity: Int = 1 << 16) {
    self.capacity = max(1, capacity)
  }

  /// Records `digest`; false if it was already there (a replay).
  public func insert(_ digest: [UInt8]) -> Bool {
    state.withLock { s in
      if s.seen.contains(digest) { return false }
      if s.order.count < capacity {
        s.order.append(digest)
      } else {
        s.seen.remove(s.order[s.head])
        s.order[s.head] = digest
        s.head = (s.head + 1) % capacity
      }
      s.seen.insert(digest)
      return true
    }
  }

  public var count: Int { state.withLock { $0.seen.count } }
}
