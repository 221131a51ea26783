/// The numeric form of a `for … in range(…)` loop: the loop rewritten over plain numbers and array elements, which
/// the numeric tier (`NumericTier`) runs in unboxed registers when the values at entry allow it.
///
/// A loop has a numeric form when everything in its body is arithmetic on names, numbers and elements of arrays
/// and lists: assignments (one target or a tuple of them, as in a swap) and augmented assignments to names and to
/// fully indexed elements (`C[i, j] += …`, `A[i][k]`), `if`/`elif`/`else` on comparisons or values joined by
/// `and`/`or`/`not`, `pass`, `break`, `continue`, and nested `for … in range(…)` and `while` loops of the same kind; operands are int, float and bool constants, names,
/// `len(a)`, `a.shape[k]`, `+ - * / // % **`, unary minus, `abs(x)`, two-argument `min` and `max`, and
/// one-argument calls of functions the tier computes (`ScalarKernel`: `math.sqrt`, `np.exp`, `float`, `int`, …). Each statement keeps the closure the generic
/// engine runs, so the tier can hand the rest of the work back to it.

/// Where a name the numeric form touches lives: a frame slot, a cell in one (a variable an inner function or
/// generator expression reads), or a global's box.
enum NumericPlace {
  case local(Int)
  case cell(Int)
  case global(Globals.Box)

  /// The name's value now (unbound when it has none).
  @inline(__always) func load(_ f: Frame) -> Value {
    switch self {
    case .local(let s): return f[s]
    case .cell(let s):
      guard case .object(let o) = f[s], o.tag == .cell else { return .unbound }
      return unsafeDowncast(o, to: PyCell.self).value
    case .global(let box): return box.slot.pointee
    }
  }

  /// Moves `v` into the name (a copy would retain an object once more).
  @inline(__always) func store(_ f: Frame, _ v: consuming Value) {
    switch self {
    case .local(let s): f[s] = v
    case .cell(let s):
      if case .object(let o) = f[s], o.tag == .cell { unsafeDowncast(o, to: PyCell.self).value = v }
    case .global(let box): box.slot.pointee = v
    }
  }
}

struct NumericName {
  let name: String
  let place: NumericPlace
}

/// The arithmetic the tier does itself (`x ** 2` is `NumericExpr.square`).
enum NumericOperator {
  case add, sub, mul, div, floorDiv, mod, pow

  init?(_ op: BinaryOperator) {
    switch op {
    case .add: self = .add
    case .sub: self = .sub
    case .mul: self = .mul
    case .truediv: self = .div
    case .floordiv: self = .floorDiv
    case .mod: self = .mod
    case .pow: self = .pow
    default: return nil
    }
  }
}

indirect enum NumericExpr {
  case int(Int)
  case real(Double)
  case bool(Bool)
  case name(NumericName)
  /// `a[i, j]` or `a[i][j]`: one integer per axis.
  case element(NumericName, [NumericExpr])
  /// `len(a)` with the builtin `len` (its box must stay unbound).
  case length(NumericName, Globals.Box)
  /// `a.shape[k]`.
  case shape(NumericName, Int)
  /// How many items a loop over these lists or arrays walks: the shortest one's length.
  case items([NumericName])
  case binary(NumericOperator, NumericExpr, NumericExpr)
  case negate(NumericExpr)
  case square(NumericExpr)
  /// `abs(x)`, `min(x, y)`, `max(x, y)` with the builtins (their boxes must stay unbound).
  case call(NumericFunction, [NumericExpr], Globals.Box)
  /// A call of a function looked up when the loop starts (`NumericInlining`): one the tier computes
  /// (`ScalarKernel`: `math.sqrt(x)`, `np.exp(x)`, `float(x)`, `int(x)`), or the user's own function whose body
  /// is one `return` of arithmetic on its parameters, inlined.
  case apply(NumericCallee, [NumericExpr])
}

/// A called function: a name (`sqrt`, `float`) or a module's attribute (`math.sqrt`, `np.exp`).
struct NumericCallee {
  let base: NumericName
  let attribute: String?

  /// How callees are told apart: by name and place (an inlined function's names live in its own module).
  var key: String {
    let place =
      switch base.place {
      case .local(let s): "#\(s)"
      case .cell(let s): "%\(s)"
      case .global(let box): "@\(UInt(bitPattern: ObjectIdentifier(box).hashValue))"
      }
    return base.name + place + (attribute.map { ".\($0)" } ?? "")
  }

  /// The function the name means now: a global that is unbound means the builtin of that name.
  func resolve(_ f: Frame, _ rt: Runtime) -> PyObject? {
    var v = base.place.load(f)
    if case .unbound = v, case .global = base.place, attribute == nil { v = rt.builtins[base.name] ?? .unbound }
    guard case .object(let o) = v else { return nil }
    guard let attribute else { return o }
    guard o.tag == .module, case .object(let a)? = unsafeDowncast(o, to: PyModule.self).attributes[attribute] else {
      return nil
    }
    return a
  }
}

enum NumericFunction {
  case abs, min, max
}

indirect enum NumericCondition {
  case compare(NumericExpr, [(CompareOperator, NumericExpr)])
  case all([NumericCondition])
  case any([NumericCondition])
  case not(NumericCondition)
  /// A value's truth (`if flags[i]:`).
  case truth(NumericExpr)
}

/// Where an assignment puts a value.
enum NumericTarget {
  case name(NumericName)
  case element(NumericName, [NumericExpr])
}

struct NumericLoop {
  /// The counter: `i` in `for i in range(…)` and `for i, x in enumerate(xs)`, a hidden slot for `for x in xs`
  /// and `zip`.
  let variable: NumericName
  /// The boxes of `range`, `enumerate` or `zip` (they must stay unbound, so the names mean the builtins).
  let boxes: [Globals.Box]
  /// `x = xs[i - offset]` at the start of each iteration, for loops over the items of lists and 1-d arrays.
  let elements: [NumericItem]
  /// For `for (a, [b, c]) in xs`: the list walked and how each item is unpacked (then `elements` is empty).
  var walk: NumericWalk? = nil
  /// The counter's value at the first item: `enumerate(xs, 1)`'s 1, else 0.
  let offset: Int
  let start: NumericExpr?
  let stop: NumericExpr
  let step: NumericExpr?
  let body: [NumericStatement]
  /// The body as the generic engine runs it (for the iterations left after the tier hands back).
  let genericBody: Exec
  let range: SourceRange
}

/// A loop over a list whose items are unpacked into names, nested: `for (x, y) in points`,
/// `for ([x1, y1], v1, m1), ([x2, y2], v2, m2) in pairs`.
///
/// Each item must be a tuple or list of the pattern's lengths, all the way down, with numbers of the kinds seen in
/// the first item at the leaves; a leaf the body subscripts (`v1[0] -= …`) holds a list, found at each iteration
/// (its elements are read and written where they are). Anything else hands the iteration back to the generic
/// engine, which unpacks it as Python does (raising its `ValueError` or `TypeError`).
struct NumericWalk {
  let source: NumericName
  let pattern: NumericPattern
  /// The generic engine's assignment to the whole target.
  let assign: Store

  /// The names the pattern assigns, in order.
  var leaves: [NumericName] { pattern.leaves }
}

indirect enum NumericPattern {
  case leaf(NumericName)
  case sequence([NumericPattern])

  var leaves: [NumericName] {
    switch self {
    case .leaf(let n): [n]
    case .sequence(let parts): parts.flatMap(\.leaves)
    }
  }
}

/// One name a loop over items assigns each iteration, and the list or array it walks.
struct NumericItem {
  let target: NumericName
  let source: NumericName

  /// How many items a loop walks over `v`, when it is a list or an array with one axis (the only kinds walked by
  /// position here).
  static func count(_ v: Value) -> Int? {
    guard case .object(let o) = v else { return nil }
    if o.tag == .list { return unsafeDowncast(o, to: PyList.self).items.count }
    guard o.tag == .ndarray else { return nil }
    let a = unsafeDowncast(o, to: NDArray.self)
    return a.shape.count == 1 ? a.shape[0] : nil
  }

  /// Whether every item's source name still holds the object the walk started with.
  static func held(_ items: [NumericItem], _ sources: [Value], _ f: Frame) -> Bool {
    zip(items, sources).allSatisfy { $0.source.place.load(f).isIdentical(to: $1) }
  }
}

/// The lists and 1-d arrays a loop walks by position (`for x in xs`, `zip`, `enumerate`): held for the walk, and
/// read at each step without reference counting on them.
///
/// Lengths are read at each step: a list can change under a body that runs the user's code.
struct WalkedSources {
  /// Keeps the objects alive while the walk reads them unretained.
  let values: [Value]
  private let objects: [Unmanaged<PyObject>]

  /// Nil unless every value is a list or an array with one axis.
  init?(_ values: [Value]) {
    var objects: [Unmanaged<PyObject>] = []
    objects.reserveCapacity(values.count)
    for v in values {
      guard NumericItem.count(v) != nil, case .object(let o) = v else { return nil }
      objects.append(.passUnretained(o))
    }
    self.values = values
    self.objects = objects
  }

  /// The number of steps the walk takes now: the shortest source's length.
  var shortest: Int {
    var n = Int.max
    var j = 0
    while j < objects.count {
      n = Swift.min(n, objects[j]._withUnsafeGuaranteedRef { WalkedSources.length($0) })
      j += 1
    }
    return n
  }

  /// Item `k` of source `j`, as iterating it gives it.
  @inline(__always) func item(_ j: Int, _ k: Int) -> Value {
    objects[j]._withUnsafeGuaranteedRef { o -> Value in
      if o.tag == .list {
        let list = unsafeDowncast(o, to: PyList.self)
        return k < list.items.count ? list.items[k] : .none
      }
      return unsafeDowncast(o, to: NDArray.self).item(k)
    }
  }

  @inline(__always) private static func length(_ o: PyObject) -> Int {
    if o.tag == .list { return unsafeDowncast(o, to: PyList.self).items.count }
    let a = unsafeDowncast(o, to: NDArray.self)
    return a.shape.count == 1 ? a.shape[0] : 0
  }
}

/// What the tier enters at: a `for … in range(…)` loop (its bounds already evaluated by the generic loop) or a
/// `while` loop.
enum NumericRoot {
  case forLoop(NumericLoop)
  case whileLoop(NumericCondition, [NumericStatement], generic: Exec)
}

struct NumericStatement {
  indirect enum Kind {
    case assign(NumericName, NumericExpr)
    case update(NumericName, NumericOperator, NumericExpr)
    case store(NumericName, [NumericExpr], NumericExpr)
    case updateElement(NumericName, [NumericExpr], NumericOperator, NumericExpr)
    /// `a, b = x, y`: every value, then every target in order.
    case unpack([NumericTarget], [NumericExpr])
    /// `xs.append(e)` on a name that holds a list (of the built-in type) and is not otherwise used by the loop.
    case append(NumericName, NumericExpr)
    case branch(NumericCondition, [NumericStatement], [NumericStatement])
    case loop(NumericLoop)
    case whileLoop(NumericCondition, [NumericStatement])
    case pass
    case breakLoop
    case continueLoop
  }
  let kind: Kind
  /// The statement as the generic engine runs it.
  let generic: Exec
}

extension ExprKind {
  /// The int constant 2 (`x ** 2` is a square).
  fileprivate var isTwo: Bool {
    if case .int(2) = self { return true }
    return false
  }
}

extension [NumericStatement] {
  /// Whether a `break` in these statements ends the loop that holds them (one in a nested loop ends that loop).
  var breaks: Bool {
    contains { st in
      switch st.kind {
      case .breakLoop: true
      case .branch(_, let yes, let no): yes.breaks || no.breaks
      default: false
      }
    }
  }
}

/// A statement compiled for the generic engine, with its numeric form when it has one.
struct CompiledStatement {
  let exec: Exec
  let form: NumericStatement?
  /// A loop's plan for the numeric tier, when it has one.
  var plan: NumericPlan? = nil
}

extension Compiler {
  /// Compiles `s`, with its numeric form when it has one.
  ///
  /// A generator's statement that holds a `yield` compiles to a resumable one instead.
  func compileNumeric(_ s: Stmt) throws(PyError) -> CompiledStatement {
    switch s.kind {
    case .forStmt(let target, let iterable, let body, let orElse) where !pauses(s):
      return try compileFor(target, iterable, body, orElse, s.range)
    case .whileStmt(let test, let body, let orElse) where !pauses(s):
      return try compileWhile(test, body, orElse)
    case .ifStmt(let test, let body, let orElse) where !pauses(s):
      let t = try compileCondition(test)
      let a = try body.map { (s) throws(PyError) in try compileNumeric(s) }
      let b = try orElse.map { (s) throws(PyError) in try compileNumeric(s) }
      let yes = block(a.map { ExecRef(run: $0.exec) })
      let no = block(b.map { ExecRef(run: $0.exec) })
      let exec: Exec = { (f) throws(PyError) -> Flow in try t(f) ? try yes(f) : try no(f) }
      guard specialise, let c = numericCondition(test), let yesForms = forms(a), let noForms = forms(b) else {
        return CompiledStatement(exec: exec, form: nil)
      }
      return CompiledStatement(exec: exec, form: NumericStatement(kind: .branch(c, yesForms, noForms), generic: exec))
    default:
      let exec = try compile(s)
      guard specialise, !pauses(s), let kind = numericKind(s) else { return CompiledStatement(exec: exec, form: nil) }
      return CompiledStatement(exec: exec, form: NumericStatement(kind: kind, generic: exec))
    }
  }

  /// Every statement's numeric form, or nil when one has none.
  func forms(_ parts: [CompiledStatement]) -> [NumericStatement]? {
    var out: [NumericStatement] = []
    for p in parts {
      guard let form = p.form else { return nil }
      out.append(form)
    }
    return out
  }

  /// The numeric form of a simple statement.
  private func numericKind(_ s: Stmt) -> NumericStatement.Kind? {
    switch s.kind {
    case .pass: return .pass
    case .breakStmt: return .breakLoop
    case .continueStmt: return .continueLoop
    case .assign(let targets, let value):
      guard targets.count == 1 else { return nil }
      if case .tuple(let ts) = targets[0].kind, case .tuple(let vs) = value.kind, ts.count == vs.count,
        (2...3).contains(ts.count)
      {
        var out: [NumericTarget] = []
        var values: [NumericExpr] = []
        for (t, v) in zip(ts, vs) {
          guard let x = numericExpr(v) else { return nil }
          values.append(x)
          if case .name(let n) = t.kind, let name = numericName(n) {
            out.append(.name(name))
          } else if let (a, indices) = numericElement(t) {
            out.append(.element(a, indices))
          } else {
            return nil
          }
        }
        return .unpack(out, values)
      }
      guard let v = numericExpr(value) else { return nil }
      if case .name(let n) = targets[0].kind, let name = numericName(n) { return .assign(name, v) }
      guard let (a, indices) = numericElement(targets[0]) else { return nil }
      return .store(a, indices, v)
    case .expr(let e):
      guard case .call(let callee, let args) = e.kind, case .attribute(let base, "append") = callee.kind,
        case .name(let n) = base.kind, let list = numericName(n), args.count == 1,
        case .positional(let x) = args[0], let v = numericExpr(x)
      else { return nil }
      return .append(list, v)
    case .augAssign(let target, let op, let value):
      guard let o = NumericOperator(op), let v = numericExpr(value) else { return nil }
      if case .name(let n) = target.kind, let name = numericName(n) { return .update(name, o, v) }
      guard let (a, indices) = numericElement(target) else { return nil }
      return .updateElement(a, indices, o, v)
    default: return nil
    }
  }

  /// A name in a frame slot, a cell or a global box; nil for class namespaces.
  func numericName(_ n: String) -> NumericName? {
    switch place(of: n) {
    // An enclosing function's local, read from inside a generator expression's inline loop (which assigns only
    // its own names), is the same frame slot.
    case .local(let s), .enclosingLocal(let s): NumericName(name: n, place: .local(s))
    case .cell(let s): NumericName(name: n, place: .cell(s))
    case .global(let box): NumericName(name: n, place: .global(box))
    default: nil
    }
  }

  /// `a[i, j]` or `a[i][j]`: the array's name and one index expression per subscript.
  func numericElement(_ e: Expr) -> (NumericName, [NumericExpr])? {
    guard case .subscription(let base, let index) = e.kind else { return nil }
    var indices: [NumericExpr] = []
    if case .tuple(let items) = index.kind {
      for item in items {
        guard let x = numericExpr(item) else { return nil }
        indices.append(x)
      }
    } else {
      guard let x = numericExpr(index) else { return nil }
      indices.append(x)
    }
    if case .name(let n) = base.kind, let name = numericName(n) { return (name, indices) }
    guard let (name, outer) = numericElement(base) else { return nil }
    return (name, outer + indices)
  }

  func numericExpr(_ e: Expr) -> NumericExpr? {
    switch e.kind {
    case .int(let v): return .int(v)
    case .float(let v): return .real(v)
    case .bool(let b): return .bool(b)
    case .name(let n): return numericName(n).map { .name($0) }
    case .subscription(let base, let index):
      if case .attribute(let a, "shape") = base.kind, case .name(let n) = a.kind, case .int(let k) = index.kind,
        let name = numericName(n)
      {
        return .shape(name, k)
      }
      return numericElement(e).map { .element($0.0, $0.1) }
    case .call(let callee, let args):
      var values: [NumericExpr] = []
      for a in args {
        guard case .positional(let x) = a, let v = numericExpr(x) else { return nil }
        values.append(v)
      }
      if case .attribute(let m, let attribute) = callee.kind, case .name(let module) = m.kind,
        let base = numericName(module)
      {
        return .apply(NumericCallee(base: base, attribute: attribute), values)
      }
      guard case .name(let function) = callee.kind, case .global(let box) = place(of: function) else {
        if case .name(let function) = callee.kind, let base = numericName(function) {
          return .apply(NumericCallee(base: base, attribute: nil), values)
        }
        return nil
      }
      switch (function, values.count) {
      case ("len", 1):
        guard case .name(let name) = values[0] else { return nil }
        return .length(name, box)
      case ("abs", 1): return .call(.abs, values, box)
      case ("min", 2): return .call(.min, values, box)
      case ("max", 2): return .call(.max, values, box)
      default:
        return .apply(NumericCallee(base: NumericName(name: function, place: .global(box)), attribute: nil), values)
      }
    case .binary(.pow, let a, let b) where b.kind.isTwo:
      return numericExpr(a).map { .square($0) }
    case .binary(let op, let a, let b):
      guard let o = NumericOperator(op), let x = numericExpr(a), let y = numericExpr(b) else { return nil }
      return .binary(o, x, y)
    case .unary(.neg, let a):
      return numericExpr(a).map { .negate($0) }
    default: return nil
    }
  }

  func numericCondition(_ e: Expr) -> NumericCondition? {
    switch e.kind {
    case .compare(let a, let rest):
      guard let x = numericExpr(a) else { return nil }
      var tail: [(CompareOperator, NumericExpr)] = []
      for (op, b) in rest {
        guard [.lt, .le, .eq, .ne, .gt, .ge].contains(op), let y = numericExpr(b) else { return nil }
        tail.append((op, y))
      }
      return .compare(x, tail)
    case .boolOp(let isAnd, let items):
      var parts: [NumericCondition] = []
      for item in items {
        guard let c = numericCondition(item) else { return nil }
        parts.append(c)
      }
      return isAnd ? .all(parts) : .any(parts)
    case .unary(.not, let a):
      return numericCondition(a).map { .not($0) }
    default: return numericExpr(e).map { .truth($0) }
    }
  }

  /// The numeric form of `for target in range(…)`, `for x in xs`, `for i, x in enumerate(xs)` or
  /// `for x, y in zip(xs, ys)`, given its compiled body.
  func numericLoop(
    _ target: Expr, _ iterable: Expr, _ parts: [CompiledStatement], _ genericBody: @escaping Exec,
    _ assign: @escaping Store, _ range: SourceRange
  ) -> NumericLoop? {
    guard specialise, let body = forms(parts) else { return nil }
    func loop(_ variable: NumericName, _ boxes: [Globals.Box], _ items: [NumericItem], offset: Int = 0)
      -> NumericLoop
    {
      let count = NumericExpr.items(items.map(\.source))
      return NumericLoop(
        variable: variable, boxes: boxes, elements: items, offset: offset, start: offset == 0 ? nil : .int(offset),
        stop: offset == 0 ? count : .binary(.add, count, .int(offset)), step: nil, body: body,
        genericBody: genericBody, range: range)
    }
    switch iterable.kind {
    case .name(let xs):
      guard let source = numericName(xs) else { return nil }
      guard case .name(let x) = target.kind else {
        guard let pattern = numericPattern(target, depth: 0),
          Set(pattern.leaves.map(\.name)).count
            == pattern.leaves.count, !pattern.leaves.contains(where: { $0.name == xs })
        else { return nil }
        return NumericLoop(
          variable: hiddenCounter(), boxes: [], elements: [],
          walk: NumericWalk(source: source, pattern: pattern, assign: assign), offset: 0, start: nil,
          stop: .items([source]), step: nil, body: body, genericBody: genericBody, range: range)
      }
      guard let target = numericName(x) else { return nil }
      return loop(hiddenCounter(), [], [NumericItem(target: target, source: source)])
    case .call(let callee, let args):
      guard case .name(let function) = callee.kind, case .global(let box) = place(of: function) else { return nil }
      var sources: [NumericName] = []
      for a in args {
        guard case .positional(let e) = a, case .name(let n) = e.kind, let name = numericName(n) else { break }
        sources.append(name)
      }
      var targets: [NumericName] = []
      if case .tuple(let ts) = target.kind {
        for t in ts {
          guard case .name(let n) = t.kind, let name = numericName(n) else { break }
          targets.append(name)
        }
      }
      switch function {
      case "range":
        guard case .name(let n) = target.kind, let variable = numericName(n), (1...3).contains(args.count) else {
          return nil
        }
        var bounds: [NumericExpr] = []
        for a in args {
          guard case .positional(let x) = a, let b = numericExpr(x) else { return nil }
          bounds.append(b)
        }
        return NumericLoop(
          variable: variable, boxes: [box], elements: [], offset: 0, start: bounds.count > 1 ? bounds[0] : nil,
          stop: bounds.count > 1 ? bounds[1] : bounds[0], step: bounds.count > 2 ? bounds[2] : nil, body: body,
          genericBody: genericBody, range: range)
      case "enumerate":
        // `enumerate(xs)` or `enumerate(xs, k)` with `k` an int constant (a small one, so counters stay far from
        // 64 bits' edge).
        var offset = 0
        if args.count == 2 {
          guard case .positional(let e) = args[1] else { return nil }
          switch e.kind {
          case .int(let k) where k.magnitude < 1 << 32: offset = k
          case .unary(.neg, let x):
            guard case .int(let k) = x.kind, k.magnitude < 1 << 32 else { return nil }
            offset = -k
          default: return nil
          }
        }
        guard (1...2).contains(args.count), sources.count >= 1, targets.count == 2, case .tuple(let ts) = target.kind,
          ts.count == 2
        else { return nil }
        return loop(targets[0], [box], [NumericItem(target: targets[1], source: sources[0])], offset: offset)
      case "zip":
        guard (2...3).contains(args.count), sources.count == args.count, case .tuple(let ts) = target.kind,
          ts.count == args.count, targets.count == args.count
        else { return nil }
        return loop(hiddenCounter(), [box], zip(targets, sources).map { NumericItem(target: $0, source: $1) })
      default: return nil
      }
    default: return nil
    }
  }

  /// A `for` target of names in tuples and lists (`(x, y)`, `([x1, y1], v1, m1)`), three levels deep at most.
  private func numericPattern(_ e: Expr, depth: Int) -> NumericPattern? {
    switch e.kind {
    case .name(let n) where depth > 0: return numericName(n).map { .leaf($0) }
    case .tuple(let items), .list(let items):
      guard depth < 3, !items.isEmpty else { return nil }
      var parts: [NumericPattern] = []
      for item in items {
        guard let p = numericPattern(item, depth: depth + 1) else { return nil }
        parts.append(p)
      }
      return .sequence(parts)
    default: return nil
    }
  }

  /// A frame slot no Python name reaches: the position of a loop over items.
  private func hiddenCounter() -> NumericName {
    let s = newSlot()
    return NumericName(name: "·item\(s)", place: .local(s))
  }
}
