/// Compiled code: an expression or a statement, as a closure over the frame it runs in.
typealias Eval = (Frame) throws(TesselError) -> Value
typealias Exec = (Frame) throws(TesselError) -> Signal

/// How a statement ended.
///
/// Normally, or by `break`, `continue` or `return` (the value is in the frame).
/// Control flow travels as a result, not as a thrown error: errors are for errors.
enum Signal {
  case normal, breakLoop, continueLoop, returned
}

/// Where the compiler put a variable.
enum VariableLocation {
  /// A slot of the frame.
  case local(Int)
  /// A box of the frame's, shared with inner functions that capture it.
  case cell(Int)
  /// A box captured from an enclosing function.
  case captured(Int)
  /// A session global.
  case global(Int)
}

/// A function body compiled once, at its `def`; every call runs it in a fresh frame.
final class CompiledFunction {
  let definition: FunctionDef
  let body: Exec
  let slotCount: Int
  let cellCount: Int
  /// Where each parameter lives in the frame.
  let parameters: [VariableLocation]
  /// Where each captured box comes from in the defining frame.
  let captures: [VariableLocation]

  init(
    definition: FunctionDef, body: @escaping Exec, slotCount: Int, cellCount: Int, parameters: [VariableLocation],
    captures: [VariableLocation]
  ) {
    self.definition = definition
    self.body = body
    self.slotCount = slotCount
    self.cellCount = cellCount
    self.parameters = parameters
    self.captures = captures
  }
}

/// A user function: compiled code, defaults (evaluated once, at `def`), and the boxes it captured.
public final class Function {
  let code: CompiledFunction
  let defaults: [Value?]
  let captured: [Box]

  init(code: CompiledFunction, defaults: [Value?], captured: [Box]) {
    self.code = code
    self.defaults = defaults
    self.captured = captured
  }

  var definition: FunctionDef { code.definition }
  public var name: String { definition.name }
  public var doc: String? { definition.doc }

  /// The signature as `help` shows it, such as `f(a, b=2)`.
  public var signature: String {
    let params = zip(definition.parameters, defaults).map { p, d in
      d.map { "\(p.name)=\(Repr.repr($0))" } ?? p.name
    }
    return "\(name)(\(params.joined(separator: ", ")))"
  }

  /// A frame for one call, arguments not yet stored.
  @inline(__always)
  func makeFrame(_ runtime: Runtime) -> Frame {
    Frame(runtime: runtime, slotCount: code.slotCount, cellCount: code.cellCount, captured: captured)
  }

  @inline(__always)
  func store(_ value: Value, parameter i: Int, in frame: Frame) {
    switch code.parameters[i] {
    case .local(let s): frame.slots[s] = value
    case .cell(let c): frame.cells[c].value = value
    case .captured, .global: break
    }
  }

  /// Runs the body in a frame whose arguments are stored; counts depth and records this call in any
  /// error's traceback.
  func run(_ frame: Frame, at r: SourceRange) throws(TesselError) -> Value {
    let runtime = frame.runtime
    runtime.depth += 1
    defer { runtime.depth -= 1 }
    if runtime.depth > Runtime.maxDepth {
      throw TesselError("RecursionError", "maximum recursion depth exceeded (\(Runtime.maxDepth) calls)", at: r)
    }
    try runtime.tick(r)
    do throws(TesselError) {
      if try code.body(frame) == .returned { return frame.returned }
      return .none
    } catch {
      var e = error
      // Record this call site; frames read outermost first.
      e.frames.insert(TesselError.Frame(function: name, range: r), at: 0)
      throw e
    }
  }

  /// Binds arguments with Python's rules and messages, then runs the body.
  func call(_ positional: [Value], _ keywords: [(String, Value)], runtime: Runtime, at r: SourceRange)
    throws(TesselError) -> Value
  {
    let params = definition.parameters
    guard positional.count <= params.count else {
      let s = params.count == 1 ? "" : "s"
      throw .type("\(name)() takes \(params.count) positional argument\(s) but \(positional.count) were given", at: r)
    }
    var values = [Value?](repeating: nil, count: params.count)
    for (i, v) in positional.enumerated() { values[i] = v }
    for (key, v) in keywords {
      guard let i = params.firstIndex(where: { $0.name == key }) else {
        throw .type("\(name)() got an unexpected keyword argument '\(key)'", at: r)
      }
      if values[i] != nil { throw .type("\(name)() got multiple values for argument '\(key)'", at: r) }
      values[i] = v
    }
    var missing: [String] = []
    for i in params.indices where values[i] == nil {
      if let d = defaults[i] { values[i] = d } else { missing.append("'\(params[i].name)'") }
    }
    if !missing.isEmpty {
      let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
      throw .type(
        "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)",
        at: r)
    }
    let frame = makeFrame(runtime)
    for (i, v) in values.enumerated() { store(v!, parameter: i, in: frame) }
    return try run(frame, at: r)
  }
}
