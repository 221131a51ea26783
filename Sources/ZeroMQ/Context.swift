import CZeroMQ
import Synchronization

/// A libzmq context.
///
/// Contexts are thread-safe; sockets made from one are not.
public final class Context: @unchecked Sendable {
  let handle: UnsafeMutableRawPointer
  private let terminated = Atomic<Bool>(false)

  public init() throws(ZMQError) {
    guard let h = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
    handle = h
  }

  /// Makes every blocking call on this context's sockets fail with ETERM, so
  /// threads parked in `zmq_poll` or `zmq_proxy` return and can close their sockets.
  public func shutdown() {
    zmq_ctx_shutdown(handle)
  }

  /// Waits until every socket of this context is closed and their pending messages have left (each socket's
  /// linger), then frees the context.
  ///
  /// Call it after the threads that own sockets have closed them; only once it returns is a last reply certain to
  /// be on the wire.
  public func terminate() {
    if terminated.exchange(true, ordering: .acquiringAndReleasing) { return }
    while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}
  }

  deinit { terminate() }
}
