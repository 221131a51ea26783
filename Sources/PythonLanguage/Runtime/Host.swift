import Interruption

/// Where a running cell meets the outside world.
///
/// The language calls only this; the kernel adapter implements it over Jupyter, tests in memory.
public protocol Host: AnyObject {
  func write(_ text: String, toStderr: Bool)
  /// `display(obj)`: `text` is the object as IPython shows it (`text/plain`).
  func display(_ text: String, displayID: String?, update: Bool)
  func clearOutput(wait: Bool)
  /// One line from the user; throws (e.g. `StdinNotImplementedError`) when none can be had.
  func readLine(prompt: String, password: Bool) throws(PyError) -> String
  /// The flag a running cell polls at every loop back-edge and call (and long builtins between chunks).
  var interrupt: InterruptFlag { get }
  /// Called every thousand or so back-edges and calls: the moment to let waiting output out.
  func poll()
  /// `exit()`: the frontend is asked to end the session.
  func askExit(keepKernel: Bool)
}

extension Host {
  /// Hosts without a session to end (tests, scripts) ignore `exit()`.
  public func askExit(keepKernel: Bool) {}
}

/// The host between cells: output goes nowhere, input is refused.
final class DetachedHost: Host {
  func write(_ text: String, toStderr: Bool) {}
  func display(_ text: String, displayID: String?, update: Bool) {}
  func clearOutput(wait: Bool) {}
  func readLine(prompt: String, password: Bool) throws(PyError) -> String {
    throw PyError("StdinNotImplementedError", "input() is not available outside a running cell")
  }
  let interrupt = InterruptFlag()
  func poll() {}
}
