/// Runs statements.
///
/// One per session; holds the globals, the host and the call depth.
///
/// Control flow (`break`, `continue`, `return`) travels as a `Flow` result, not
/// as a thrown error: errors are for errors.
public final class Evaluator {
  enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
  }

  let globals = Scope(parent: nil)
  var host: Host
  var depth = 0
  let registry: BuiltinRegistry
  /// Recursion deeper than this is a `RecursionError`, not a crashed kernel.
  static let maxDepth = 1000

  init(host: Host, registry: BuiltinRegistry) {
    self.host = host
    self.registry = registry
  }

  func checkInterrupt(_ range: SourceRange) throws(TesselError) {
    if host.isInterrupted { throw TesselError("KeyboardInterrupt", "", at: range) }
  }

  func execute(_ statements: [Stmt], in scope: Scope) throws(TesselError) -> Flow {
    for statement in statements {
      let flow = try execute(statement, in: scope)
      if case .normal = flow { continue }
      return flow
    }
    return .normal
  }

  func execute(_ statement: Stmt, in scope: Scope) throws(TesselError) -> Flow {
    switch statement {
    case .expression(let e, _):
      _ = try evaluate(e, in: scope)
    case .assign(let targets, let valueExpr, _):
      let value = try evaluate(valueExpr, in: scope)
      for t in targets { try assign(value, to: t, in: scope) }
    case .augmentedAssign(let target, let op, let valueExpr, let r):
      let current: Value
      switch target {
      case .name(let n, let nr): current = try lookup(n, nr, in: scope)
      case .index(let base, let subs, _): current = try index(try evaluate(base, in: scope), subs, in: scope, r)
      case .tuple: throw .syntax("illegal expression for augmented assignment", at: r)
      }
      let rhs = try evaluate(valueExpr, in: scope)
      try assign(try binary(op, current, rhs, r), to: target, in: scope)
    case .ifElse(let branches, let otherwise, _):
      for (condition, body) in branches where try evaluate(condition, in: scope).isTruthy {
        return try execute(body, in: scope)
      }
      if let otherwise { return try execute(otherwise, in: scope) }
    case .whileLoop(let condition, let body, let r):
      while try evaluate(condition, in: scope).isTruthy {
        try checkInterrupt(r)
        switch try execute(body, in: scope) {
        case .breakLoop: return .normal
        case .returned(let v): return .returned(v)
        case .normal, .continueLoop: continue
        }
      }
    case .forLoop(let target, let iterableExpr, let body, let r):
      return try forLoop(target, try evaluate(iterableExpr, in: scope), body, r, in: scope)
    case .def(let definition):
      scope.names[definition.name] = .function(try makeFunction(definition, in: scope))
    case .returnValue(let e, _):
      return .returned(try e.map { e throws(TesselError) in try evaluate(e, in: scope) } ?? .none)
    case .assert(let condition, let message, let r):
      if !(try evaluate(condition, in: scope).isTruthy) {
        let text = try message.map { e throws(TesselError) in Repr.str(try evaluate(e, in: scope)) } ?? ""
        throw TesselError("AssertionError", text, at: r)
      }
    case .pass:
      break
    case .breakLoop:
      return .breakLoop
    case .continueLoop:
      return .continueLoop
    }
    return .normal
  }

  func forLoop(_ target: Target, _ iterable: Value, _ body: [Stmt], _ r: SourceRange, in scope: Scope)
    throws(TesselError) -> Flow
  {
    func step(_ item: Value) throws(TesselError) -> Flow? {
      try checkInterrupt(r)
      try assign(item, to: target, in: scope)
      switch try execute(body, in: scope) {
      case .breakLoop: return .normal
      case .returned(let v): return .returned(v)
      case .normal, .continueLoop: return nil
      }
    }
    if case .range(let rv) = iterable {
      var i = rv.start
      while rv.step > 0 ? i < rv.stop : i > rv.stop {
        if let flow = try step(.number(Double(i))) { return flow }
        i += rv.step
      }
      return .normal
    }
    guard let items = Evaluator.elements(of: iterable) else {
      throw .type("'\(iterable.typeName)' object is not iterable", at: r)
    }
    for item in items {
      if let flow = try step(item) { return flow }
    }
    return .normal
  }

  func makeFunction(_ definition: FunctionDef, in scope: Scope) throws(TesselError) -> Function {
    var defaults: [Value?] = []
    for p in definition.parameters {
      defaults.append(try p.defaultValue.map { e throws(TesselError) in try evaluate(e, in: scope) })
    }
    return Function(definition: definition, defaults: defaults, closure: scope)
  }

  // MARK: - Names and assignment

  func lookup(_ name: String, _ r: SourceRange, in scope: Scope) throws(TesselError) -> Value {
    if let v = scope.lookup(name) { return v }
    if let b = registry.builtins[name] { return .builtin(b) }
    var message = "name '\(name)' is not defined"
    if let suggestion = Suggest.closest(to: name, among: visibleNames(from: scope)) {
      message += ". Did you mean: '\(suggestion)'?"
    }
    throw TesselError("NameError", message, at: r)
  }

  func visibleNames(from scope: Scope) -> [String] {
    var names = Array(registry.builtins.keys)
    var s: Scope? = scope
    while let current = s {
      names += current.names.keys
      s = current.parent
    }
    return names
  }

  func assign(_ value: Value, to target: Target, in scope: Scope) throws(TesselError) {
    switch target {
    case .name(let n, _):
      scope.names[n] = value
    case .tuple(let targets, let r):
      guard let items = Evaluator.elements(of: value) else {
        throw .type("cannot unpack non-iterable \(value.typeName) object", at: r)
      }
      guard items.count == targets.count else {
        let message =
          items.count > targets.count
          ? "too many values to unpack (expected \(targets.count))"
          : "not enough values to unpack (expected \(targets.count), got \(items.count))"
        throw .value(message, at: r)
      }
      for (t, v) in zip(targets, items) { try assign(v, to: t, in: scope) }
    case .index(let base, let subs, let r):
      try assignElement(value, base: base, subs, r, in: scope)
    }
  }

  /// `a[i] = v`, `a[i][j] = v`: compute the updated container and write it back
  /// where the base name lives (values, not references, are stored).
  func assignElement(_ value: Value, base: Expr, _ subs: [Subscript], _ r: SourceRange, in scope: Scope)
    throws(TesselError)
  {
    let container = try evaluate(base, in: scope)
    let updated = try setIndex(container, subs, value, in: scope, r)
    switch base {
    case .name(let n, _):
      (scope.owner(of: n) ?? scope).names[n] = updated
    case .index(let outer, let outerSubs, let outerRange):
      try assignElement(updated, base: outer, outerSubs, outerRange, in: scope)
    default:
      throw .syntax("cannot assign to an element of this expression", at: base.range)
    }
  }

  /// Elements of an iterable value (lists, tuples, strings, ranges); nil if not iterable.
  static func elements(of value: Value) -> [Value]? {
    switch value {
    case .list(let a), .tuple(let a): return a
    case .string(let s): return s.map { .string(String($0)) }
    case .range(let r): return (0..<r.count).map { .number(Double(r[$0])) }
    default: return nil
    }
  }

  /// The Int a number stands for, if it is integral and in range.
  static func exactInt(_ d: Double) -> Int? {
    guard d.isFinite, d.rounded() == d, abs(d) < 9.2e18 else { return nil }
    return Int(d)
  }
}
