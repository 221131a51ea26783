import Interruption
import TensorModule

/// The running state of one session: globals, the host, the call depth, and the interrupt check.
///
/// No global mutable state: everything a running cell touches hangs off this object.
public final class Runtime {
  let globals = Globals()
  var host: Host {
    didSet { interrupt = host.interrupt }
  }
  /// The running host's interrupt flag, kept here so the check at each back-edge is one load.
  ///
  /// Unowned: `host` (held strongly above) owns the flag, and a strong reference here cost a retain and a
  /// release at every back-edge (the numeric loop form ran at half speed).
  private(set) unowned(unsafe) var interrupt: InterruptFlag
  let registry: BuiltinRegistry
  var depth = 0
  /// Loop back-edges and calls, counted for the host's occasional poll.
  var ticks = 0
  /// Recursion deeper than this is a `RecursionError`, not a crashed kernel.
  static let maxDepth = 1000
  /// Back-edges and calls between the host's polls (which may read the clock to flush output).
  static let tickMask = 0x3FF
  /// Whether the compiler adds its fast paths: the numeric form of arithmetic loops and fused
  /// reductions (tests turn them off to compare).
  var fastPaths = true

  /// The session's random generator (`seed`, `rand` …).
  var random = RandomState(seed: RandomBuiltins.freshSeed())

  init(host: Host, registry: BuiltinRegistry) {
    self.host = host
    self.interrupt = host.interrupt
    self.registry = registry
  }

  /// At every loop back-edge and call: one relaxed atomic load, and now and then the host's poll.
  @inline(__always)
  func tick(_ range: SourceRange) throws(TesselError) {
    try raiseKeptInterrupt(range)
    ticks &+= 1
    if ticks & Runtime.tickMask == 0 { host.poll() }
  }

  /// `KeyboardInterrupt` at `range` if the flag went up during what just ran.
  @inline(__always)
  func raiseKeptInterrupt(_ range: SourceRange) throws(TesselError) {
    if interrupt.isRaised { throw TesselError("KeyboardInterrupt", "", at: range) }
  }

  /// Between chunks of a long builtin: the host's poll, then the flag.
  func checkInterrupt(_ range: SourceRange) throws(TesselError) {
    host.poll()
    try raiseKeptInterrupt(range)
  }

  /// Calls any callable value; builtins use this to call user functions (`grad(f, x)`).
  func call(_ callee: Value, _ positional: [Value], _ keywords: [(String, Value)] = [], at r: SourceRange)
    throws(TesselError) -> Value
  {
    switch callee {
    case .builtin(let b):
      return try callBuiltin(b, positional, keywords, r)
    case .method(let b, let receiver):
      return try callBuiltin(b, [receiver] + positional, keywords, r)
    case .function(let f):
      return try f.call(positional, keywords, runtime: self, at: r)
    case .exceptionType(let kind):
      return try ErrorKinds.make(kind, positional, keywords, at: r)
    default:
      throw .type("'\(callee.typeName)' object is not callable", at: r)
    }
  }

  func callBuiltin(_ b: Builtin, _ positional: [Value], _ keywords: [(String, Value)], _ r: SourceRange)
    throws(TesselError) -> Value
  {
    let values = try b.bind(positional, keywords, r)
    let result: Value
    do throws(TesselError) {
      result = try b.body(BuiltinCall(builtin: b, values: values, runtime: self, range: r))
    } catch {
      throw error.located(r)
    }
    // An interrupt that arrived during one long call (a sort, one BLAS product) is raised when it returns.
    try raiseKeptInterrupt(r)
    return result
  }

  /// A global's value, a builtin, or a `NameError` with a suggestion.
  func missingName(_ name: String, _ r: SourceRange, extra: [String] = []) -> TesselError {
    var message = "name '\(name)' is not defined"
    let candidates = globals.defined + Array(registry.prelude.keys) + extra
    if let suggestion = Suggest.closest(to: name, among: candidates) {
      message += ". Did you mean: '\(suggestion)'?"
    }
    return TesselError("NameError", message, at: r)
  }
}
