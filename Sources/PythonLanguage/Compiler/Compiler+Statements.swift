extension Compiler {
  /// Runs statements in order; a statement that breaks, continues, returns or yields ends the block.
  func block(_ steps: [ExecRef]) -> Exec {
    switch steps.count {
    case 0: return { _ in .normal }
    case 1: return steps[0].run
    case 2:
      let a = steps[0].run
      let b = steps[1].run
      return { (f) throws(PyError) -> Flow in
        let r = try a(f)
        if r != .normal { return r }
        return try b(f)
      }
    case 3:
      let a = steps[0].run
      let b = steps[1].run
      let c = steps[2].run
      return { (f) throws(PyError) -> Flow in
        let r = try a(f)
        if r != .normal { return r }
        let q = try b(f)
        if q != .normal { return q }
        return try c(f)
      }
    default:
      // Halves, so every step is a captured closure (one read out of an array is retained for each call).
      let mid = steps.count / 2
      return block([ExecRef(run: block(Array(steps[..<mid]))), ExecRef(run: block(Array(steps[mid...])))])
    }
  }

  /// Whether `s` holds a `yield` of this function (so, in a generator, compiles to a statement that can resume).
  func pauses(_ s: Stmt) -> Bool {
    isGenerator && scope.pausing.contains(ScopeKey(s.range, ScopeBuilder.pausingKind))
  }

  func compileBlock(_ body: [Stmt]) throws(PyError) -> Exec {
    if body.contains(where: pauses) { return try compileResumableBlock(body) }
    return block(try body.map { (s) throws(PyError) -> ExecRef in ExecRef(run: try compile(s)) })
  }

  /// `return e`: the value waits in `Runtime.returnValue`.
  func returning(_ value: @escaping Eval) -> Exec {
    let rt = self.rt
    return { (f) throws(PyError) -> Flow in
      rt.returnValue = try value(f)
      return .returned
    }
  }

  /// Wraps a simple statement so errors without a position get the statement's.
  func located(_ range: SourceRange, _ exec: @escaping Exec) -> Exec {
    { (f) throws(PyError) -> Flow in
      do throws(PyError) { return try exec(f) } catch { throw error.located(range) }
    }
  }

  func compile(_ s: Stmt) throws(PyError) -> Exec {
    let range = s.range
    let rt = self.rt
    switch s.kind {
    case .expr(let e):
      if isGenerator, let y = try compileYieldStatement(e, store: nil) { return y }
      // Sub-expressions that can fail carry their own positions; no wrapper needed on this hot path.
      let v = try compile(e)
      return { (f) throws(PyError) -> Flow in
        _ = try v(f)
        return .normal
      }
    case .assign(let targets, let value):
      if isGenerator, targets.count == 1, value.isYield,
        let y = try compileYieldStatement(value, store: try compileAssignment(targets[0]))
      {
        return y
      }
      return try compileAssign(targets, value, range)
    case .augAssign(let target, let op, let value):
      return try compileAugmentedAssign(target, op, value, range)
    case .annAssign(let target, let annotation, let value):
      var execs: [ExecRef] = []
      if let value { execs.append(ExecRef(run: try compileAssign([target], value, range))) }
      if scope.kind == .classBody, case .name(let n) = target.kind, let ns = namespaceSlot {
        let ann = try compile(annotation)
        execs.append(
          ExecRef(
            run:
              located(range) { (f) throws(PyError) -> Flow in
                guard case .object(let o) = f[ns] else { return .normal }
                let namespace = unsafeDowncast(o, to: PyDict.self)
                let annotations: PyDict
                if case .object(let a)? = namespace.get(string: "__annotations__"), a.tag == .dict {
                  annotations = unsafeDowncast(a, to: PyDict.self)
                } else {
                  annotations = PyDict()
                  try namespace.set(.str("__annotations__"), .object(annotations), rt: rt)
                }
                try annotations.set(.str(n), try ann(f), rt: rt)
                return .normal
              }))
      }
      return block(execs)
    case .ifStmt(let test, let body, let orElse):
      if pauses(s) { return try compileResumableIf(test, body, orElse) }
      return try compileNumeric(s).exec
    case .whileStmt(let test, let body, let orElse):
      if pauses(s) { return try compileResumableWhile(test, body, orElse) }
      return try compileWhile(test, body, orElse).exec
    case .forStmt(let target, let iterable, let body, let orElse):
      if pauses(s) { return try compileResumableFor(target, iterable, body, orElse, range) }
      return try compileFor(target, iterable, body, orElse, range).exec
    case .breakStmt: return { _ in .breakLoop }
    case .continueStmt: return { _ in .continueLoop }
    case .pass: return { _ in .normal }
    case .returnStmt(let e):
      guard let e else {
        return { _ in
          rt.returnValue = .none
          return .returned
        }
      }
      return returning(try compile(e))
    case .functionDef(let def):
      return try compileFunctionDef(def, range)
    case .classDef(let c):
      return try compileClassDef(c, range)
    case .tryStmt(let body, let handlers, let orElse, let finally):
      if isGenerator {
        compiledCleanup = true
        return try compileResumableTry(body, handlers, orElse, finally)
      }
      return try compileTry(body, handlers, orElse, finally)
    case .raise(let e, let cause):
      return try compileRaise(e, cause, range)
    case .with(let items, let body):
      if isGenerator { compiledCleanup = true }
      return try compileWith(items, body, range)
    case .importModules(let modules):
      return try compileImport(modules, range)
    case .importFrom(let module, let level, let names):
      return try compileImportFrom(module, level, names, range)
    case .global, .nonlocal:
      return { _ in .normal }
    case .delete(let targets):
      return block(try targets.map { (t) throws(PyError) -> ExecRef in ExecRef(run: try compileDelete(t)) })
    case .assert(let test, let message):
      let t = try compileCondition(test)
      let m = try message.map { (x) throws(PyError) in try compile(x) }
      return located(range) { (f) throws(PyError) -> Flow in
        if try t(f) { return .normal }
        if let m { throw try rt.makeError(type: "AssertionError", args: [try m(f)]) }
        throw PyError("AssertionError", "")
      }
    }
  }

  /// `while test:`, with its numeric form when it has one: the numeric tier then runs it when the values at entry
  /// type (tried before the first test and again before the second).
  func compileWhile(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws(PyError) -> CompiledStatement {
    let rt = self.rt
    let t = try compileCondition(test)
    let parts = try body.map { (s) throws(PyError) in try compileNumeric(s) }
    let b = block(parts.map { ExecRef(run: $0.exec) })
    let e = try compileBlock(orElse)
    let hasElse = !orElse.isEmpty
    let plain: Exec = { (f) throws(PyError) -> Flow in
      while try t(f) {
        try rt.tick()
        let r = try b(f)
        if r == .breakLoop { return .normal }
        if r == .returned || r == .yielded { return r }
      }
      return hasElse ? try e(f) : .normal
    }
    guard specialise, let c = numericCondition(test), let forms = forms(parts) else {
      return CompiledStatement(exec: plain, form: nil)
    }
    // The generic loop the tier hands back to: the same test and body, without the tier (its state is written
    // back, and the test, which has no effects, is asked again).
    let generic: Exec = { (f) throws(PyError) -> Flow in
      while try t(f) {
        try rt.tick()
        if try b(f) == .breakLoop { break }
      }
      return .normal
    }
    let plan = hasElse && forms.breaks ? nil : NumericPlan(.whileLoop(c, forms, generic: generic), rt)
    let exec: Exec = { (f) throws(PyError) -> Flow in
      var k = 0
      let trying = plan?.entering() ?? false
      while true {
        if k < 2, trying, let plan, try plan.run(f, start: 0, count: 0, step: 0) { return hasElse ? try e(f) : .normal }
        guard try t(f) else { break }
        try rt.tick()
        let r = try b(f)
        if r == .breakLoop { return .normal }
        if r == .returned || r == .yielded { return r }
        k += 1
      }
      return hasElse ? try e(f) : .normal
    }
    return CompiledStatement(
      exec: exec, form: orElse.isEmpty ? NumericStatement(kind: .whileLoop(c, forms), generic: generic) : nil)
  }
}
