import Foundation
import Interruption

/// A host for scripts run from the command line (`tessel run`): output to stdout, buffered as CPython's is when
/// not a terminal, and stderr; input from stdin.
public final class ConsoleHost: Host {
  public let interrupt = InterruptFlag()
  private var buffer: [UInt8] = []

  public init() {}

  public func write(_ text: String, toStderr: Bool) {
    if toStderr {
      flush()
      ConsoleHost.writeAll(Array(text.utf8), to: 2)
    } else {
      buffer.append(contentsOf: text.utf8)
      if buffer.count >= 1 << 16 { flush() }
    }
  }

  /// As IPython in a terminal: the text on stdout.
  public func display(_ text: String, displayID: String?, update: Bool) { write(text + "\n", toStderr: false) }
  public func clearOutput(wait: Bool) {}

  public func readLine(prompt: String, password: Bool) throws(PyError) -> String {
    write(prompt, toStderr: false)
    flush()
    guard let line = Swift.readLine() else { throw PyError("EOFError", "EOF when reading a line") }
    return line
  }

  public func poll() {}

  /// Lets buffered output out.
  public func flush() {
    ConsoleHost.writeAll(buffer, to: 1)
    buffer.removeAll(keepingCapacity: true)
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          return
        }
        offset += n
      }
    }
  }
}
