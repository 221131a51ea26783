import JupyterProtocol

/// One thread's way out: replies go back on the channel the request came in on; side effects go to IOPub.
///
/// Implemented over ZeroMQ by KernelServer and in memory by the tests.
public protocol Outlet {
  func send(_ message: Message)
  func publish(_ message: Message)
}

/// The shell thread's outlet, which also owns the stdin channel.
public protocol ShellOutlet: Outlet {
  /// Requests already waiting on the shell channel, taken without blocking
  /// (the queue that abort-after-error answers).
  func pendingRequests() -> [Message]
  /// Sends `input_request` on stdin and waits for the matching `input_reply`,
  /// giving up (nil) when `interrupt` is raised.
  func requestInput(_ request: Message, interrupt: InterruptFlag) -> Message?
}
