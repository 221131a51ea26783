extension Compiler {
  /// The scope of the function, lambda, class or comprehension at `key`, from this code or an inline one.
  func childScope(_ key: ScopeKey) -> Scope? {
    scope.children[key] ?? inline.last?.scope.children[key] ?? findChild(key)
  }

  /// Compiles a function body (a `def`, a `lambda`, a generator expression) into its `Code`.
  func compileCode(
    name: String, qualifiedName: String, parameters: Parameters, body: [Stmt], key: ScopeKey, range: SourceRange
  ) throws(PyError) -> Code {
    guard let child = childScope(key) else {
      throw PyError("SystemError", "no scope for '\(name)'", at: range)
    }
    let code = Code(name: name, qualifiedName: qualifiedName, range: range)
    let c = Compiler(
      rt: rt, scope: child, globals: globals, qualifiedPrefix: qualifiedName + ".<locals>.",
      isGenerator: child.isGenerator, frozensets: frozensets)
    let ordered = parameters.positionalOnly + parameters.positional + parameters.keywordOnly
    for p in ordered { c.slots[p.name] = c.newSlot() }
    code.parameterNames = ordered.map(\.name)
    code.positionalOnlyCount = parameters.positionalOnly.count
    code.argumentCount = parameters.positionalOnly.count + parameters.positional.count
    code.keywordOnlyCount = parameters.keywordOnly.count
    if let v = parameters.varArgs {
      let s = c.newSlot()
      c.slots[v.name] = s
      code.varArgsSlot = s
      code.varArgsName = v.name
    }
    if let v = parameters.varKeywords {
      let s = c.newSlot()
      c.slots[v.name] = s
      code.varKeywordsSlot = s
      code.varKeywordsName = v.name
    }
    if child.isGenerator {
      c.resumeSlot = c.newSlot()
      code.resumeSlot = c.resumeSlot
    }
    for name in child.frees { code.freeSlots.append(c.slot(for: name)) }
    for name in child.cells.sorted() {
      let s = c.slot(for: name)
      if ordered.contains(where: { $0.name == name }) || parameters.varArgs?.name == name
        || parameters.varKeywords?.name == name
      {
        code.cellParameters.append(s)
      } else {
        code.cellLocals.append(s)
      }
    }
    if case .expr(let e)? = body.first?.kind, case .string(let doc) = e.kind { code.docstring = doc }
    code.isGenerator = child.isGenerator
    if !child.isGenerator, body.count == 1, case .returnStmt(let e?) = body[0].kind {
      // What `compileBlock` makes of the one statement, with its expression kept for plain calls.
      let value = try c.compile(e)
      code.returnExpression = EvalRef(run: value)
      code.body = c.returning(value)
    } else {
      code.body = try c.compileBlock(body)
    }
    code.hasCleanup = c.compiledCleanup
    code.frameSize = c.frameSize
    code.finish()
    code.numericTemplate = c.numericTemplate(body, code)
    code.integerFunction = IntegerFunction.make(body, code, c)
    return code
  }

  /// Scopes of nested code inside inline comprehensions are registered there.
  func findChild(_ key: ScopeKey) -> Scope? {
    for ctx in inline.reversed() {
      if let s = ctx.scope.children[key] { return s }
    }
    return nil
  }

  /// Reads the cells a new function captures from the current frame.
  func closureCapture(_ code: Code, key: ScopeKey) -> (Frame) -> [PyCell] {
    guard let child = scope.children[key] ?? findChild(key), !child.frees.isEmpty else { return { _ in [] } }
    let sources: [Int] = child.frees.map { name in
      if name == "__class__", scope.kind == .classBody, let s = classCellSlot { return s }
      switch place(of: name) {
      case .cell(let s), .local(let s), .enclosingLocal(let s): return s
      case .classCell(_, let s, _): return s
      default: return -1
      }
    }
    return { f in
      sources.map { s in
        guard s >= 0 else { return PyCell() }
        if case .object(let o) = f[s], o.tag == .cell { return unsafeDowncast(o, to: PyCell.self) }
        let cell = PyCell(f[s])
        f[s] = .object(cell)
        return cell
      }
    }
  }

  /// Evaluates default values at definition time.
  func compileDefaults(_ parameters: Parameters) throws(PyError) -> (Frame) throws(PyError) -> (
    [Value], [String: Value]
  ) {
    var positional: [Eval] = []
    for p in parameters.positionalOnly + parameters.positional {
      if let d = p.defaultValue { positional.append(try compile(d)) }
    }
    var keyword: [(String, Eval)] = []
    for p in parameters.keywordOnly {
      if let d = p.defaultValue { keyword.append((p.name, try compile(d))) }
    }
    return { (f) throws(PyError) -> ([Value], [String: Value]) in
      var values: [Value] = []
      for e in positional { values.append(try e(f)) }
      var kw: [String: Value] = [:]
      for (k, e) in keyword { kw[k] = try e(f) }
      return (values, kw)
    }
  }

  func compileFunctionDef(_ def: FunctionDef, _ range: SourceRange) throws(PyError) -> Exec {
    let rt = self.rt
    let key = ScopeKey(range, ScopeBuilder.functionKind)
    let qualified = qualifiedPrefix + def.name
    let decorators = try def.decorators.map { (d) throws(PyError) in try compile(d) }
    let defaults = try compileDefaults(def.parameters)
    let code = try compileCode(
      name: def.name, qualifiedName: qualified, parameters: def.parameters, body: def.body, key: key, range: range)
    let capture = closureCapture(code, key: key)
    let store = compileStore(def.name)
    let globals = self.globals
    let name = def.name
    return located(range) { (f) throws(PyError) -> Flow in
      var decoratorValues: [Value] = []
      for d in decorators { decoratorValues.append(try d(f)) }
      let (positional, keyword) = try defaults(f)
      let fn = PyFunction(
        code: code, name: name, qualifiedName: qualified, defaults: positional, keywordDefaults: keyword,
        closure: capture(f), globals: globals)
      if let doc = code.docstring { fn.doc = .str(doc) }
      var value: Value = .object(fn)
      for d in decoratorValues.reversed() { value = try rt.call(d, value) }
      try store(f, value)
      return .normal
    }
  }

  func compileLambda(_ parameters: Parameters, _ body: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    let key = ScopeKey(range, ScopeBuilder.lambdaKind)
    let qualified = qualifiedPrefix + "<lambda>"
    let defaults = try compileDefaults(parameters)
    let returnStmt = Stmt(kind: .returnStmt(body), range: body.range)
    let code = try compileCode(
      name: "<lambda>", qualifiedName: qualified, parameters: parameters, body: [returnStmt], key: key, range: range)
    let capture = closureCapture(code, key: key)
    let globals = self.globals
    return { (f) throws(PyError) -> Value in
      let (positional, keyword) = try defaults(f)
      return .object(
        PyFunction(
          code: code, name: "<lambda>", qualifiedName: qualified, defaults: positional, keywordDefaults: keyword,
          closure: capture(f), globals: globals))
    }
  }

  func compileClassDef(_ c: ClassDef, _ range: SourceRange) throws(PyError) -> Exec {
    let rt = self.rt
    let key = ScopeKey(range, ScopeBuilder.classKind)
    guard let child = scope.children[key] ?? findChild(key) else {
      throw PyError("SystemError", "no scope for class '\(c.name)'", at: range)
    }
    let qualified = qualifiedPrefix + c.name
    let decorators = try c.decorators.map { (d) throws(PyError) in try compile(d) }
    var baseEvals: [Eval] = []
    for b in c.bases {
      switch b {
      case .positional(let e): baseEvals.append(try compile(e))
      case .keyword(let k, let e):
        throw PyError("NotImplementedError", "class keyword arguments ('\(k)=') are not supported", at: e.range)
      default:
        throw PyError("NotImplementedError", "starred class bases are not supported", at: b.expr.range)
      }
    }
    let body = Compiler(
      rt: rt, scope: child, globals: globals, qualifiedPrefix: qualified + ".", frozensets: frozensets)
    let ns = body.newSlot()
    body.namespaceSlot = ns
    let classCell: Int? = child.cells.contains("__class__") ? body.newSlot() : nil
    body.classCellSlot = classCell
    let code = Code(name: c.name, qualifiedName: qualified, range: range)
    for name in child.frees { code.freeSlots.append(body.slot(for: name)) }
    for name in child.cells.sorted() where name != "__class__" { code.cellLocals.append(body.slot(for: name)) }
    code.body = try body.compileBlock(c.body)
    code.frameSize = body.frameSize
    let capture = closureCapture(code, key: key)
    let store = compileStore(c.name)
    let name = c.name
    let globals = self.globals
    var doc: String?
    if case .expr(let e)? = c.body.first?.kind, case .string(let d) = e.kind { doc = d }
    return located(range) { (f) throws(PyError) -> Flow in
      var decoratorValues: [Value] = []
      for d in decorators { decoratorValues.append(try d(f)) }
      var bases: [PyType] = []
      // `class P(NamedTuple):` makes a named tuple class from the annotated fields.
      var namedTuple = false
      for b in baseEvals {
        let v = try b(f)
        if TypingModule.isNamedTuple(v) {
          namedTuple = true
          continue
        }
        guard case .object(let o) = v, o.tag == .type else {
          throw PyError("TypeError", "bases must be types")
        }
        bases.append(unsafeDowncast(o, to: PyType.self))
      }
      if namedTuple && !bases.isEmpty {
        throw PyError("TypeError", "can only inherit from a NamedTuple type and Generic")
      }
      let namespace = PyDict()
      try namespace.set(.str("__module__"), .str("__main__"), rt: rt)
      try namespace.set(.str("__qualname__"), .str(qualified), rt: rt)
      if let doc { try namespace.set(.str("__doc__"), .str(doc), rt: rt) }
      let size = code.frameSize
      let frame = try rt.pushFrame(size)
      defer { rt.popFrame(frame, size) }
      frame[ns] = .object(namespace)
      let cell = PyCell()
      if let classCell { frame[classCell] = .object(cell) }
      let closure = capture(f)
      for (k, s) in code.freeSlots.enumerated() where k < closure.count { frame[s] = .object(closure[k]) }
      for s in code.cellLocals { frame[s] = .object(PyCell()) }
      do throws(PyError) { _ = try code.body(frame) } catch { throw error.calling(name, at: range) }
      let cls =
        namedTuple
        ? try rt.buildNamedTupleClass(name: name, qualifiedName: qualified, namespace: namespace)
        : try rt.buildClass(name: name, qualifiedName: qualified, bases: bases, namespace: namespace)
      _ = globals
      cell.value = .object(cls)
      var value: Value = .object(cls)
      for d in decoratorValues.reversed() { value = try rt.call(d, value) }
      try store(f, value)
      return .normal
    }
  }
}
