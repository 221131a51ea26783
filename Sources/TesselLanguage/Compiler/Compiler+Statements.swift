extension Compiler {
  func compile(_ statements: [Stmt]) throws(TesselError) -> Exec {
    var execs: [Exec] = []
    for s in statements { execs.append(try compile(s)) }
    switch execs.count {
    case 0: return { _ in .normal }
    case 1: return execs[0]
    case 2:
      let (a, b) = (execs[0], execs[1])
      return { f throws(TesselError) in
        let s = try a(f)
        if s != .normal { return s }
        return try b(f)
      }
    default:
      return { f throws(TesselError) in
        for e in execs {
          let s = try e(f)
          if s != .normal { return s }
        }
        return .normal
      }
    }
  }

  func compile(_ statement: Stmt) throws(TesselError) -> Exec {
    switch statement {
    case .expression(let e, _):
      let eval = try compile(e)
      return { f throws(TesselError) in
        _ = try eval(f)
        return .normal
      }
    case .assign(let targets, let valueExpr, _):
      let value = try compile(valueExpr)
      if targets.count == 1 {
        let write = try compile(target: targets[0])
        return { f throws(TesselError) in
          try write(f, try value(f))
          return .normal
        }
      }
      var writes: [Store] = []
      for t in targets { writes.append(try compile(target: t)) }
      return { f throws(TesselError) in
        let v = try value(f)
        for w in writes { try w(f, v) }
        return .normal
      }
    case .augmentedAssign(let target, let op, let valueExpr, let r):
      return try compileAugmented(target, op, valueExpr, r)
    case .ifElse(let branches, let otherwise, _):
      var tests: [Test] = []
      var bodies: [Exec] = []
      for (condition, body) in branches {
        tests.append(try compileTest(condition))
        bodies.append(try compile(body))
      }
      let orElse = try otherwise.map { s throws(TesselError) in try compile(s) }
      if tests.count == 1 {
        let (test, body) = (tests[0], bodies[0])
        return { f throws(TesselError) in
          if try test(f) { return try body(f) }
          return try orElse?(f) ?? .normal
        }
      }
      return { f throws(TesselError) in
        for (test, body) in zip(tests, bodies) where try test(f) { return try body(f) }
        return try orElse?(f) ?? .normal
      }
    case .whileLoop(let condition, let bodyStmts, let r):
      let test = try compileTest(condition)
      let body = try compile(bodyStmts)
      return { f throws(TesselError) in
        let runtime = f.runtime
        while try test(f) {
          try runtime.tick(r)
          switch try body(f) {
          case .breakLoop: return .normal
          case .returned: return .returned
          case .normal, .continueLoop: continue
          }
        }
        return .normal
      }
    case .forLoop(let target, let iterable, let body, let r):
      let general = try compileFor(target, iterable, body, r)
      guard runtime.fastPaths else { return general }
      return NumericLoop.compile(self, target, iterable, body, r, general: general) ?? general
    case .def(let definition):
      let make = try compileFunction(definition)
      let write = store(definition.name)
      return { f throws(TesselError) in
        try write(f, try make(f))
        return .normal
      }
    case .returnValue(let e, _):
      guard let e else {
        return { f in
          f.returned = .none
          return .returned
        }
      }
      let value = try compile(e)
      return { f throws(TesselError) in
        f.returned = try value(f)
        return .returned
      }
    case .assert(let condition, let message, let r):
      let test = try compileTest(condition)
      let text = try message.map { e throws(TesselError) in try compile(e) }
      return { f throws(TesselError) in
        if try test(f) { return .normal }
        throw TesselError("AssertionError", try text.map { t throws(TesselError) in Repr.str(try t(f)) } ?? "", at: r)
      }
    case .pass:
      return { _ in .normal }
    case .breakLoop:
      return { _ in .breakLoop }
    case .continueLoop:
      return { _ in .continueLoop }
    case .tryExcept(let body, let handlers, let orElse, let finally, let r):
      return try compileTry(body, handlers, orElse, finally, r)
    case .raise(let e, let r):
      return try compileRaise(e, r)
    case .importModule(let path, let alias, let r):
      let module = try Modules.namespace(path, registry: runtime.registry, at: r)
      let top = String(path.prefix { $0 != "." })
      let bound = alias == nil ? try Modules.namespace(top, registry: runtime.registry, at: r) : module
      let write = store(alias ?? top)
      return { f throws(TesselError) in
        try write(f, .namespace(bound))
        return .normal
      }
    case .importFrom(let path, let names, let r):
      let module = try Modules.namespace(path, registry: runtime.registry, at: r)
      var writes: [(Store, Value)] = []
      for (name, alias) in names {
        guard let member = module.members[name] ?? Modules.submodule(path + "." + name, runtime.registry) else {
          var message = "cannot import name '\(name)' from '\(path)'"
          if let s = Suggest.closest(to: name, among: Array(module.members.keys)) {
            message += ". Did you mean: '\(s)'?"
          }
          throw TesselError("ImportError", message, at: r)
        }
        writes.append((store(alias ?? name), member))
      }
      return { f throws(TesselError) in
        for (write, value) in writes { try write(f, value) }
        return .normal
      }
    case .magic(let magic, let r):
      return try compileMagic(magic, r)
    }
  }

  // MARK: - Conditions

  typealias Test = (Frame) throws(TesselError) -> Bool

  /// A condition, with comparisons of two numbers done without making a `Value`.
  func compileTest(_ e: Expr) throws(TesselError) -> Test {
    if case .compare(let operands, let ops, let r) = e, ops.count == 1,
      let op = NumberComparison(rawValue: ops[0])
    {
      let a = try compile(operands[0])
      let b = try compile(operands[1])
      return { f throws(TesselError) in
        let x = try a(f)
        let y = try b(f)
        if case .number(let p) = x, case .number(let q) = y { return op.apply(p, q) }
        return try Truth.of(try Operators.compare(op.rawValue, x, y, r), r)
      }
    }
    let eval = try compile(e)
    let r = e.range
    return { f throws(TesselError) in try Truth.of(try eval(f), r) }
  }

  // MARK: - Assignment

  func compile(target: Target) throws(TesselError) -> Store {
    switch target {
    case .name(let n, _):
      return store(n)
    case .tuple(let targets, let r):
      var writes: [Store] = []
      for t in targets { writes.append(try compile(target: t)) }
      return { f, value throws(TesselError) in
        let items = try Unpacking.items(value, count: writes.count, r)
        for (w, v) in zip(writes, items) { try w(f, v) }
      }
    case .index(let base, let subs, let r):
      let m = try modify(base)
      let items = try compile(subs)
      return { f, value throws(TesselError) in
        let index = try items(f)
        try m(f) { container throws(TesselError) in try Subscripting.set(&container, index, value, r) }
      }
    }
  }

  func compileAugmented(_ target: Target, _ op: String, _ valueExpr: Expr, _ r: SourceRange) throws(TesselError)
    -> Exec
  {
    let rhs = try compile(valueExpr)
    switch target {
    case .name(let n, let nr):
      if case .local(let s) = location(ofAssigned: n), let scalar = ScalarOperator(rawValue: op) {
        let general = modify(n, nr)
        return { f throws(TesselError) in
          let b = try rhs(f)
          if case .number(let x)? = f.slots[s], case .number(let y) = b {
            f.slots[s] = .number(scalar.apply(x, y))
            return .normal
          }
          try general(f) { v throws(TesselError) in try Operators.augment(op, &v, b, r) }
          return .normal
        }
      }
      let m = modify(n, nr)
      return { f throws(TesselError) in
        let b = try rhs(f)
        try m(f) { v throws(TesselError) in try Operators.augment(op, &v, b, r) }
        return .normal
      }
    case .index(let base, let subs, _):
      let m = try modify(base)
      let items = try compile(subs)
      return { f throws(TesselError) in
        let index = try items(f)
        let b = try rhs(f)
        try m(f) { container throws(TesselError) in
          try Subscripting.modify(&container, index, r) { element throws(TesselError) in
            try Operators.augment(op, &element, b, r)
          }
        }
        return .normal
      }
    case .tuple:
      throw .syntax("'tuple' is an illegal expression for augmented assignment", at: r)
    }
  }

  // MARK: - Functions

  /// Compiles a `def` or `lambda` once; the closure returned makes the function value at run time
  /// (evaluating defaults and capturing boxes from the frame it runs in).
  func compileFunction(_ definition: FunctionDef) throws(TesselError) -> Eval {
    var defaults: [Eval?] = []
    for p in definition.parameters {
      defaults.append(try p.defaultValue.map { e throws(TesselError) in try compile(e) })
    }
    let inner = CompileScope(function: analysis.info(for: definition), parent: scope)
    let outer = scope
    scope = inner
    defer { scope = outer }
    let body = try compile(definition.body)
    let parameters = definition.parameters.map { inner.resolve($0.name)! }
    let code = CompiledFunction(
      definition: definition, body: body, slotCount: inner.slotCount, cellCount: inner.cellCount,
      parameters: parameters, captures: inner.captures)
    return { f throws(TesselError) in
      var values: [Value?] = []
      for d in defaults { values.append(try d.map { e throws(TesselError) in try e(f) }) }
      let boxes = code.captures.map { location -> Box in
        switch location {
        case .cell(let c): f.cells[c]
        case .captured(let c): f.captured[c]
        // A comprehension variable of the cell: captured by value.
        case .local(let s): Box(f.slots[s])
        case .global: Box()
        }
      }
      return .function(Function(code: code, defaults: values, captured: boxes))
    }
  }
}

/// Comparisons of two numbers, applied without making values.
enum NumberComparison: String {
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==", notEqual = "!="

  @inline(__always)
  func apply(_ x: Double, _ y: Double) -> Bool {
    switch self {
    case .less: x < y
    case .lessEqual: x <= y
    case .greater: x > y
    case .greaterEqual: x >= y
    case .equal: x == y
    case .notEqual: x != y
    }
  }
}

/// Arithmetic of two numbers, applied without making values.
enum ScalarOperator: String {
  case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%", power = "**"

  @inline(__always)
  func apply(_ x: Double, _ y: Double) -> Double {
    switch self {
    case .add: x + y
    case .subtract: x - y
    case .multiply: x * y
    case .divide: x / y
    case .floorDivide: (x / y).rounded(.down)
    case .modulo: Operators.mod(x, y)
    case .power: Operators.power(x, y)
    }
  }
}
