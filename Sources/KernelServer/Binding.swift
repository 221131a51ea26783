import Foundation
import ZeroMQ

/// Binds, retrying EADDRINUSE for up to three seconds: on a restart the old
/// process may still be releasing the same ports.
func bindRetrying(_ socket: Socket, _ endpoint: String) throws(ZMQError) {
  let deadline = Date().addingTimeInterval(3)
  while true {
    do {
      try socket.bind(endpoint)
      return
    } catch let err where err.code == EADDRINUSE && Date() < deadline {
      usleep(50_000)
    }
  }
}

/// Where the IOPub thread listens for messages from the other threads.
let iopubInproc = "inproc://tessel-iopub"
