/// A comprehension's loops compiled into the current frame: its names get slots here, and `run(f, source, emit)`
/// walks the clauses (targets, conditions, nested iterables), calling `emit` once per element until it says stop.
struct ComprehensionLoop {
  let run: (Frame, Value, () throws(PyError) -> Bool) throws(PyError) -> Void
}

extension Compiler {
  /// List, set and dict comprehensions run inline with their own slots; a generator expression becomes a
  /// generator function called with the first iterable.
  func compileComprehension(_ kind: ComprehensionKind, _ clauses: [Comprehension], _ range: SourceRange)
    throws(PyError) -> Eval
  {
    let rt = self.rt
    guard let firstClause = clauses.first else { throw PyError("SystemError", "empty comprehension", at: range) }
    let first = try compile(firstClause.iterable)
    if case .generator(let element) = kind {
      let key = ScopeKey(range, ScopeBuilder.comprehensionKind)
      return try compileGeneratorExpression(element, clauses, first, key: key, range: range)
    }
    enum Sink {
      case list(Eval)
      case set(Eval)
      case dict(Eval, Eval)
    }
    var numeric: NumericAccumulation?
    let (loop, sink) = try compileComprehensionLoop(clauses, range) { () throws(PyError) -> Sink in
      switch kind {
      case .list(let e):
        let element = try compile(e)
        if clauses.count == 1 { numeric = try numericAccumulation(.list, firstClause, e, element, range) }
        return .list(element)
      case .set(let e): return .set(try compile(e))
      case .dict(let k, let v): return .dict(try compile(k), try compile(v))
      case .generator: return .list(constant(.none))
      }
    }
    // CPython 3.11 runs a comprehension as a call of its own: errors inside it leave `<listcomp>` (and so on).
    let function: String
    switch kind {
    case .list: function = "<listcomp>"
    case .set: function = "<setcomp>"
    case .dict: function = "<dictcomp>"
    case .generator: function = "<genexpr>"
    }
    func body(_ f: Frame, _ source: Value) throws(PyError) -> Value {
      switch sink {
      case .list(let e):
        var items: [Value] = []
        try loop.run(f, source) { () throws(PyError) -> Bool in
          items.append(try e(f))
          return true
        }
        return .list(items)
      case .set(let e):
        let set = PySet()
        try loop.run(f, source) { () throws(PyError) -> Bool in
          let x = try e(f)
          do throws(PyError) { try set.add(x, rt: rt) } catch { throw error.located(range) }
          return true
        }
        return .object(set)
      case .dict(let k, let v):
        let dict = PyDict()
        try loop.run(f, source) { () throws(PyError) -> Bool in
          let key = try k(f)
          let value = try v(f)
          do throws(PyError) { try dict.set(key, value, rt: rt) } catch { throw error.located(range) }
          return true
        }
        return .object(dict)
      }
    }
    return { (f) throws(PyError) -> Value in
      let source = try first(f)
      // As a loop the numeric tier can run, over what the generic loop would walk in place (the first iterable
      // has no effects, so the loop evaluating it again changes nothing).
      if let numeric, numeric.accepts(source) {
        do throws(PyError) { return try numeric.run(f) } catch { throw error.calling(function, at: range) }
      }
      do throws(PyError) { return try body(f, source) } catch { throw error.calling(function, at: range) }
    }
  }

  /// The loops of a comprehension over slots of the current frame; `sinks` compiles the element expressions
  /// while the comprehension's names are in scope.
  func compileComprehensionLoop<S>(
    _ clauses: [Comprehension], _ range: SourceRange, sinks: () throws(PyError) -> S
  ) throws(PyError) -> (ComprehensionLoop, S) {
    let rt = self.rt
    let key = ScopeKey(range, ScopeBuilder.comprehensionKind)
    guard let child = scope.children[key] ?? findChild(key) else {
      throw PyError("SystemError", "no scope for comprehension", at: range)
    }
    var slots: [String: Int] = [:]
    for name in child.bound { slots[name] = newSlot() }
    inline.append((child, slots))
    let cellSlots = child.cells.compactMap { slots[$0] }
    let targets = try clauses.map { (c) throws(PyError) -> StoreRef in StoreRef(run: try compileAssignment(c.target)) }
    let iterables = try clauses.dropFirst().map { (c) throws(PyError) -> EvalRef in
      EvalRef(run: try compile(c.iterable))
    }
    let conditions = try clauses.map { (c) throws(PyError) in
      try c.conditions.map { (x) throws(PyError) in TestRef(run: try compileCondition(x)) }
    }
    let s = try sinks()
    inline.removeLast()
    let allSlots = Array(slots.values)
    let depth = clauses.count
    if depth == 1, conditions[0].count <= 1 {
      // One `for` with at most one `if` (most comprehensions): its closures held directly, not read out of arrays
      // (each read retains), on every element.
      let target = targets[0].run
      let test = conditions[0].first?.run
      let loop = ComprehensionLoop { (f, source, emit) throws(PyError) in
        for s in cellSlots { f[s] = .object(PyCell()) }
        defer { for s in allSlots { f[s] = .unbound } }
        do throws(PyError) {
          try rt.forEach(source) { (x) throws(PyError) -> Bool in
            try target(f, x)
            if let test, !(try test(f)) { return true }
            return try emit()
          }
        } catch { throw error.located(range) }
      }
      return (loop, s)
    }
    let loop = ComprehensionLoop { (f, source, emit) throws(PyError) in
      for s in cellSlots { f[s] = .object(PyCell()) }
      defer { for s in allSlots { f[s] = .unbound } }
      // False once `emit` asks to stop (`any` found a true element), so every level stops.
      var going = true
      func level(_ d: Int, _ source: Value) throws(PyError) {
        try rt.forEach(source) { (x) throws(PyError) -> Bool in
          try targets[d].run(f, x)
          for c in conditions[d] where !(try c.run(f)) { return true }
          if d == depth - 1 {
            going = try emit()
          } else {
            try level(d + 1, try iterables[d].run(f))
          }
          return going
        }
      }
      do throws(PyError) { try level(0, source) } catch { throw error.located(range) }
    }
    return (loop, s)
  }

  /// `(e for x in xs if c)` is `def g(.0): for x in .0: if c: yield e`, called with `iter(xs)`.
  func compileGeneratorExpression(
    _ element: Expr, _ clauses: [Comprehension], _ first: @escaping Eval, key: ScopeKey, range: SourceRange
  ) throws(PyError) -> Eval {
    let rt = self.rt
    var body = [Stmt(kind: .expr(Expr(kind: .yield(element), range: element.range)), range: element.range)]
    for (k, c) in clauses.enumerated().reversed() {
      for cond in c.conditions.reversed() {
        body = [Stmt(kind: .ifStmt(cond, body, []), range: cond.range)]
      }
      let iterable = k == 0 ? Expr(kind: .name(".0"), range: c.iterable.range) : c.iterable
      body = [Stmt(kind: .forStmt(c.target, iterable, body, orElse: []), range: c.target.range)]
    }
    // The scope builder marked each of these statements as holding the `yield`.
    var parameters = Parameters()
    parameters.positional = [.init(name: ".0", defaultValue: nil, range: range)]
    let qualified = qualifiedPrefix + "<genexpr>"
    let code = try compileCode(
      name: "<genexpr>", qualifiedName: qualified, parameters: parameters, body: body, key: key, range: range)
    let capture = closureCapture(code, key: key)
    let globals = self.globals
    return { (f) throws(PyError) -> Value in
      let source = try first(f)
      let iterator: PyIterator
      do throws(PyError) { iterator = try rt.iterate(source) } catch { throw error.located(range) }
      let fn = PyFunction(
        code: code, name: "<genexpr>", qualifiedName: qualified, defaults: [], keywordDefaults: [:],
        closure: capture(f), globals: globals)
      return try rt.callFunction(fn, [.object(iterator)], [])
    }
  }
}
