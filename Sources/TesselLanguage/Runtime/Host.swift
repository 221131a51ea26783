/// Where a running cell meets the outside world.
///
/// The language calls only this; the kernel adapter implements it over Jupyter, tests in memory.
public protocol Host: AnyObject {
  func write(_ text: String, toStderr: Bool)
  func display(_ value: Value, displayID: String?, update: Bool)
  func clearOutput(wait: Bool)
  /// One line from the user; throws (e.g. `StdinNotImplementedError`) when none can be had.
  func readLine(prompt: String, password: Bool) throws(TesselError) -> String
  var isInterrupted: Bool { get }
}
