import Interruption

/// One user's workspace: globals, the cells run so far, and the questions a frontend asks.
///
/// The only public entry to the language; it knows nothing of Jupyter.
public final class Session {
  /// The stack a thread running cells should have (reserved, not committed): deep recursion and long operator
  /// chains are walked recursively.
  public static let stackSize = 512 << 20

  let runtime: Runtime
  var sources: [Int: Traceback.Source] = [:]
  var nextSource = 1

  public init(specialise: Bool = true) {
    runtime = Runtime()
    runtime.specialise = specialise
  }

  /// Runs a cell; returns the value of its last line when that line is an expression not ending in `;` and the
  /// value is not None.
  public func run(_ code: String, label: String, host: Host) throws(PyError) -> Value? {
    let id = register(code, label: label)
    runtime.host = host
    runtime.depth = 0
    defer { runtime.host = DetachedHost() }
    return try withInterrupt(host.interrupt) { () throws(PyError) -> Value? in
      let statements = try Parser.parse(Magics.rewrite(code), source: id)
      let cell = try Compiler.compileCell(statements, rt: runtime, source: id)
      let frame = try runtime.pushFrame(cell.frameSize)
      defer {
        runtime.popFrame(frame, cell.frameSize)
        // Generators the cell's last lines dropped are closed before the cell ends, as CPython closes them.
        if runtime.finalizers.waiting { runtime.runFinalizers() }
      }
      _ = try cell.body(frame)
      guard let result = cell.result else { return nil }
      let value = try result(frame)
      if runtime.interrupt.isRaised { throw PyError("KeyboardInterrupt", "") }
      if Session.endsWithSemicolon(code) { return nil }
      if case .none = value { return nil }
      // IPython's autocall of `exit` and `quit` typed alone.
      if case .object(let o) = value, o.tag == .builtin,
        case .object(let f)? = runtime.builtins["exit"], case .object(let g)? = runtime.builtins["quit"],
        o === f || o === g
      {
        host.askExit(keepKernel: false)
        return nil
      }
      return value
    }
  }

  /// IPython's rule: a cell whose last line ends in `;` shows no result.
  static func endsWithSemicolon(_ code: String) -> Bool {
    for line in code.split(separator: "\n", omittingEmptySubsequences: true).reversed() {
      var text = Substring(line)
      if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
      let trimmed = text.trimmingWhitespace()
      if trimmed.isEmpty { continue }
      return trimmed.hasSuffix(";")
    }
    return false
  }

  /// Runs `body` with `flag` as this thread's current interrupt flag, which long library loops poll.
  func withInterrupt<T>(_ flag: InterruptFlag, _ body: () throws(PyError) -> T) throws(PyError) -> T {
    var outcome: Result<T, PyError>?
    InterruptFlag.$current.withValue(flag) { outcome = Result(catching: body) }
    guard let outcome else { throw PyError("SystemError", "the cell did not run") }
    return try outcome.get()
  }

  func register(_ code: String, label: String) -> Int {
    let id = nextSource
    nextSource += 1
    sources[id] = Traceback.Source(
      label: label, lines: code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    return id
  }

  /// The traceback lines for an error raised by this session.
  public func traceback(for error: PyError) -> [String] {
    Traceback.render(error, message: runtime.message(of: error), sources: sources)
  }

  public func repr(_ value: Value) -> String {
    (try? runtime.repr(value)) ?? "<unprintable \(runtime.typeName(value)) object>"
  }

  /// A cell's value as Jupyter shows it (IPython's pretty printer).
  public func pretty(_ value: Value) -> String {
    (try? runtime.pretty(value)) ?? repr(value)
  }

  /// How many times each specialised path ran (tests prove the fast forms ran).
  public var counters: [(String, Int)] { runtime.counters.all }

  /// Binds a global, as if a cell had assigned it.
  public func define(_ name: String, _ value: Value) {
    runtime.globals[name] = value
  }
}

extension StringProtocol {
  func trimmingWhitespace() -> Substring {
    var s = self[...]
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return Substring(s)
  }
}
