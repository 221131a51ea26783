import Foundation
import Interruption

/// A host for scripts run from a terminal (`tessel run`): output to stdout/stderr, `display` as the value's
/// text, input from stdin.
public final class ConsoleHost: Host {
  public init() {}

  public func write(_ text: String, toStderr: Bool) {
    FileHandle(fileDescriptor: toStderr ? 2 : 1).write(Data(text.utf8))
  }

  public func display(_ value: Value, displayID: String?, update: Bool) {
    write(Repr.str(value) + "\n", toStderr: false)
  }

  public func clearOutput(wait: Bool) {}

  public func readLine(prompt: String, password: Bool) throws(TesselError) -> String {
    write(prompt, toStderr: false)
    guard let line = Swift.readLine() else { throw TesselError("EOFError", "EOF when reading a line") }
    return line
  }

  public let interrupt = InterruptFlag()
  public func poll() {}
}
