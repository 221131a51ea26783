import CZeroMQ

/// One frame, owning a heap-allocated `zmq_msg_t` (never copied by value).
final class Frame {
  let pointer: UnsafeMutablePointer<zmq_msg_t>

  init() {
    pointer = .allocate(capacity: 1)
    zmq_msg_init(pointer)
  }

  init(bytes: [UInt8]) throws(ZMQError) {
    pointer = .allocate(capacity: 1)
    guard zmq_msg_init_size(pointer, bytes.count) == 0 else {
      pointer.deallocate()
      throw ZMQError.last("zmq_msg_init_size")
    }
    if !bytes.isEmpty {
      bytes.withUnsafeBytes { src in
        zmq_msg_data(pointer)!.copyMemory(from: src.baseAddress!, byteCount: bytes.count)
      }
    }
  }

  var bytes: [UInt8] {
    let count = zmq_msg_size(pointer)
    guard count > 0, let data = zmq_msg_data(pointer) else { return [] }
    return Array(UnsafeRawBufferPointer(start: data, count: count))
  }

  var hasMore: Bool { zmq_msg_more(pointer) != 0 }

  deinit {
    zmq_msg_close(pointer)
    pointer.deallocate()
  }
}
