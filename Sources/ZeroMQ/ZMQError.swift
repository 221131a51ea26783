import CZeroMQ

/// A failed libzmq call: the errno it left and the function that failed.
///
/// Callers branch on `code` (EAGAIN, ETERM …), never on the text.
public struct ZMQError: Error, Equatable, CustomStringConvertible {
  public let code: Int32
  public let function: String

  public init(code: Int32, function: String) {
    self.code = code
    self.function = function
  }

  /// The error libzmq reports for the calling thread right now.
  static func last(_ function: String) -> ZMQError {
    ZMQError(code: zmq_errno(), function: function)
  }

  public var isTerminated: Bool { code == ETERM }
  public var isAgain: Bool { code == EAGAIN }

  public var description: String {
    "\(function): \(String(cString: zmq_strerror(code))) (errno \(code))"
  }
}

/// Runs a libzmq call that returns -1 on failure, retrying on EINTR.
@inline(__always)
func zmqCall(_ function: String, _ body: () -> Int32) throws(ZMQError) -> Int32 {
  while true {
    let rc = body()
    if rc >= 0 { return rc }
    let err = ZMQError.last(function)
    if err.code == EINTR { continue }
    throw err
  }
}
