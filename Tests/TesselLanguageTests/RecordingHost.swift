import Synchronization
import TesselLanguage

/// A host that records what a cell writes and shows.
final class RecordingHost: Host {
  var output = ""
  var displays: [(String, String?, Bool)] = []
  var clears: [Bool] = []
  var lines: [String] = []
  let interrupted = Switch()

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
  var isInterrupted: Bool { interrupted.isOn }
}

/// A flag another thread may flip.
final class Switch: Sendable {
  private let value = Atomic<Bool>(false)
  func set(_ on: Bool) { value.store(on, ordering: .relaxed) }
  var isOn: Bool { value.load(ordering: .relaxed) }
}
