import Interruption
import TesselLanguage

/// A host that records what a cell writes and shows.
final class RecordingHost: Host {
  var output = ""
  var displays: [(String, String?, Bool)] = []
  var clears: [Bool] = []
  var lines: [String] = []
  let interrupt = InterruptFlag()

  func write(_ text: String, toStderr: Bool) { output += toStderr ? "[stderr] " + text : text }
  func display(_ value: Value, displayID: String?, update: Bool) {
    displays.append((Repr.repr(value), displayID, update))
  }
  func clearOutput(wait: Bool) { clears.append(wait) }
  func readLine(prompt: String, password: Bool) throws(TesselError) -> String {
    guard !lines.isEmpty else { throw TesselError("StdinNotImplementedError", "no input") }
    output += prompt
    return lines.removeFirst()
  }
  func poll() {}
}
