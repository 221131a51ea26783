import CZeroMQ

extension Socket {
  func setInt(_ option: Int32, _ value: Int32, _ name: String) throws(ZMQError) {
    var v = value
    _ = try zmqCall("zmq_setsockopt(\(name))") {
      zmq_setsockopt(handle, option, &v, MemoryLayout<Int32>.size)
    }
  }

  /// Milliseconds pending messages may wait after close (`ZMQ_LINGER`).
  public func setLinger(milliseconds: Int32) throws(ZMQError) {
    try setInt(ZMQ_LINGER, milliseconds, "ZMQ_LINGER")
  }

  /// Lets a reconnecting peer take over its identity (`ZMQ_ROUTER_HANDOVER`).
  public func setRouterHandover(_ on: Bool) throws(ZMQError) {
    try setInt(ZMQ_ROUTER_HANDOVER, on ? 1 : 0, "ZMQ_ROUTER_HANDOVER")
  }

  /// Reports every subscription, not only new topics (`ZMQ_XPUB_VERBOSE`).
  public func setXPubVerbose(_ on: Bool) throws(ZMQError) {
    try setInt(ZMQ_XPUB_VERBOSE, on ? 1 : 0, "ZMQ_XPUB_VERBOSE")
  }

  public func setReceiveTimeout(milliseconds: Int32) throws(ZMQError) {
    try setInt(ZMQ_RCVTIMEO, milliseconds, "ZMQ_RCVTIMEO")
  }

  public func setIdentity(_ bytes: [UInt8]) throws(ZMQError) {
    _ = try zmqCall("zmq_setsockopt(ZMQ_ROUTING_ID)") {
      bytes.withUnsafeBytes { zmq_setsockopt(handle, ZMQ_ROUTING_ID, $0.baseAddress, bytes.count) }
    }
  }

  /// Subscribes a SUB socket to a topic prefix ("" for everything).
  public func subscribe(_ prefix: String = "") throws(ZMQError) {
    let bytes = Array(prefix.utf8)
    _ = try zmqCall("zmq_setsockopt(ZMQ_SUBSCRIBE)") {
      bytes.withUnsafeBytes { zmq_setsockopt(handle, ZMQ_SUBSCRIBE, $0.baseAddress, bytes.count) }
    }
  }
}
