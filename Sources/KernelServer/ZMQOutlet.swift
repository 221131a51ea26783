import JupyterProtocol
import KernelCore
import ZeroMQ

/// The control thread's outlet: replies on its ROUTER, IOPub through inproc.
final class ZMQOutlet: Outlet {
  let socket: Socket
  let iopub: Socket
  let codec: WireCodec
  let channel: String
  let log: @Sendable (String) -> Void

  init(socket: Socket, iopub: Socket, codec: WireCodec, channel: String, log: @escaping @Sendable (String) -> Void) {
    self.socket = socket
    self.iopub = iopub
    self.codec = codec
    self.channel = channel
    self.log = log
  }

  func send(_ message: Message) {
    do { try socket.send(codec.encode(message)) } catch { log("\(channel): send failed: \(error)") }
  }

  func publish(_ message: Message) {
    do { try iopub.send(codec.encode(message)) } catch { log("iopub: hand-off failed: \(error)") }
  }

  /// Reads one message; a malformed or badly signed one is logged and dropped.
  func receive(dontWait: Bool) -> Message? {
    do {
      guard let frames = try socket.receive(dontWait: dontWait) else { return nil }
      return try codec.decode(frames)
    } catch let err as WireError {
      log("\(channel): dropped message: \(err)")
    } catch {
      log("\(channel): receive failed: \(error)")
    }
    return nil
  }
}

/// The shell thread's outlet: the shell ROUTER, the stdin ROUTER, and IOPub.
final class ZMQShellOutlet: ShellOutlet {
  let shell: ZMQOutlet
  let stdin: ZMQOutlet

  init(shell: ZMQOutlet, stdin: ZMQOutlet) {
    self.shell = shell
    self.stdin = stdin
  }

  func send(_ message: Message) { shell.send(message) }
  func publish(_ message: Message) { shell.publish(message) }

  func pendingRequests() -> [Message] {
    var queued: [Message] = []
    // Stop at the first empty read; a message that fails to decode is skipped.
    while true {
      do {
        guard let frames = try shell.socket.receive(dontWait: true) else { break }
        do { queued.append(try shell.codec.decode(frames)) } catch {
          shell.log("shell: dropped message: \(error)")
        }
      } catch {
        break
      }
    }
    return queued
  }

  func requestInput(_ request: Message, interrupt: InterruptFlag) -> Message? {
    while stdin.receive(dontWait: true) != nil {}  // stale replies from an earlier prompt
    stdin.send(request)
    var poller = Poller([stdin.socket])
    while !interrupt.isRaised {
      guard let ready = try? poller.poll(timeoutMilliseconds: 50) else { return nil }
      if ready.isEmpty { continue }
      if let reply = stdin.receive(dontWait: true), reply.msgType == "input_reply" { return reply }
    }
    return nil
  }
}
