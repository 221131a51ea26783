import CZeroMQ

/// Waits on several sockets owned by the calling thread (`zmq_poll`).
public struct Poller {
  private var items: [zmq_pollitem_t]

  public init(_ sockets: [Socket]) {
    items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
  }

  /// Indices of the sockets that have a message waiting, after at most `timeoutMilliseconds` (-1: no limit).
  ///
  /// A signal (EINTR) returns early with none.
  public mutating func poll(timeoutMilliseconds: Int) throws(ZMQError) -> [Int] {
    let rc = items.withUnsafeMutableBufferPointer {
      zmq_poll($0.baseAddress, Int32($0.count), timeoutMilliseconds)
    }
    if rc < 0 {
      let err = ZMQError.last("zmq_poll")
      if err.code == EINTR { return [] }
      throw err
    }
    if rc == 0 { return [] }
    return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
  }
}

/// Echoes every message a socket receives back to its sender, until the
/// context is shut down (`zmq_proxy(socket, socket, NULL)`): the heartbeat.
public func echoUntilTerminated(_ socket: Socket) {
  zmq_proxy(socket.handle, socket.handle, nil)
}
