import CZeroMQ

/// A libzmq context. Contexts are thread-safe; sockets made from one are not.
public final class Context: @unchecked Sendable {
  let handle: UnsafeMutableRawPointer

  public init() throws(ZMQError) {
    guard let h = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
    handle = h
  }

  /// Makes every blocking call on this context's sockets fail with ETERM, so
  /// threads parked in `zmq_poll` or `zmq_proxy` return and can close their sockets.
  public func shutdown() {
    zmq_ctx_shutdown(handle)
  }

  deinit {
    // zmq_ctx_term blocks until every socket is closed; retry on EINTR.
    while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}
  }
}
