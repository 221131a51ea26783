/// `sum(e for t in xs if c)` and `[e for t in xs if c]` as loops the numeric tier can run: the accumulator in a
/// hidden slot (`0`, or a new list), then `for t in xs: if c: total += e` (or `out.append(e)`), compiled by
/// `compileLoop` (so the tier takes it when the values type, and the generic engine walks it otherwise).
///
/// A sum's steps are `sum`'s own (`NumericFunctions.sumStep`); the element and the condition are the generator
/// expression's (an error in them leaves `<genexpr>`, as CPython's traceback shows), the addition is `sum`'s. A
/// list comprehension's errors are its caller's to place (`<listcomp>`, as for its generic loop).
struct NumericAccumulation {
  enum Kind {
    case sum
    case list
  }

  /// The loop; it leaves the result in `total`.
  let loop: Exec
  /// The builtins the first iterable calls (`range`, `len`, …): while they are the builtins, evaluating it has no
  /// effects, so the loop may evaluate it again after the caller did.
  let builtins: [Globals.Box]
  let total: Int
  /// The comprehension's own slots, cleared after the loop as its loop clears them.
  let slots: [Int]
  let kind: Kind
  /// The loop's plan: while it rests (values that do not type, or loops too short to repay entering the tier),
  /// the caller's own generic path is faster than this loop's.
  let plan: NumericPlan?

  /// Whether the loop may run for this first iterable, which the caller evaluated: it may be evaluated again (its
  /// builtins are not shadowed), and it is a sequence, a 1-d array, or `range`'s, `enumerate`'s or `zip`'s object
  /// (anything else raises, or iterates in ways the caller's own path follows).
  ///
  /// Asked once per entry.
  func accepts(_ source: Value) -> Bool {
    guard builtins.allSatisfy({ $0.slot.pointee.isUnbound }), plan?.bypassed() != true else { return false }
    if Compiler.iteratesInPlace(source) || NumericItem.count(source) != nil { return true }
    guard case .object(let o) = source else { return false }
    return o.type === BuiltinTypes.enumerate || o.type === BuiltinTypes.zip
  }

  /// Runs the loop from a fresh accumulator and returns what it made; every slot it used is cleared.
  func run(_ f: Frame) throws(PyError) -> Value {
    f[total] = kind == .sum ? .int(0) : .list([])
    defer {
      f[total] = .unbound
      for s in slots { f[s] = .unbound }
    }
    _ = try loop(f)
    return f[total]
  }
}

extension Compiler {
  /// The loop for `sum` or a list comprehension over one `for` with at most one `if`, compiled inside the
  /// comprehension's inline scope; nil when the element or the condition has no numeric form, or the loop has
  /// none.
  func numericAccumulation(
    _ kind: NumericAccumulation.Kind, _ clause: Comprehension, _ elementExpr: Expr, _ element: @escaping Eval,
    _ range: SourceRange
  ) throws(PyError) -> NumericAccumulation? {
    guard specialise, clause.conditions.count <= 1, let value = numericExpr(elementExpr),
      let builtins = effectFree(clause.iterable)
    else { return nil }
    let numericTest = clause.conditions.first.map { numericCondition($0) }
    if case .some(nil) = numericTest { return nil }
    let total = newSlot()
    let name = NumericName(name: "·acc\(total)", place: .local(total))
    let rt = self.rt
    // In a sum, the element's and the condition's errors leave the generator expression.
    let inside: (PyError) -> PyError =
      kind == .sum ? { $0.leaving(generator: "<genexpr>", defined: range) } : { $0 }
    let add: Exec
    let step: NumericStatement.Kind
    switch kind {
    case .sum:
      add = { (f) throws(PyError) -> Flow in
        let x: Value
        do throws(PyError) { x = try element(f) } catch { throw inside(error) }
        f[total] = try NumericFunctions.sumStep(rt, f[total], x)
        return .normal
      }
      step = .update(name, .add, value)
    case .list:
      add = { (f) throws(PyError) -> Flow in
        let x = try element(f)
        if case .object(let o) = f[total], o.tag == .list { unsafeDowncast(o, to: PyList.self).items.append(x) }
        return .normal
      }
      step = .append(name, value)
    }
    let update = NumericStatement(kind: step, generic: add)
    var part = CompiledStatement(exec: add, form: update)
    if let condition = clause.conditions.first, case .some(let test?) = numericTest {
      let t = try compileCondition(condition)
      let exec: Exec = { (f) throws(PyError) -> Flow in
        let go: Bool
        do throws(PyError) { go = try t(f) } catch { throw inside(error) }
        return go ? try add(f) : .normal
      }
      part = CompiledStatement(exec: exec, form: NumericStatement(kind: .branch(test, [update], []), generic: exec))
    }
    // The comprehension's own names are plain slots (a cell one, captured by a lambda in the element, would need
    // the cell its loop makes).
    var slots: [Int] = []
    func collect(_ e: Expr) -> Bool {
      switch e.kind {
      case .name(let n):
        guard case .local(let s) = place(of: n) else { return false }
        slots.append(s)
        return true
      case .tuple(let items), .list(let items): return items.allSatisfy(collect)
      default: return false
      }
    }
    guard collect(clause.target) else { return nil }
    let loop = try compileLoop(clause.target, clause.iterable, [part], [], range)
    guard loop.form != nil else { return nil }
    return NumericAccumulation(
      loop: loop.exec, builtins: builtins, total: total, slots: slots, kind: kind, plan: loop.plan)
  }

  /// The global boxes of the builtins `e` calls, when `e` is names and int constants under arithmetic, `len`,
  /// `range`, `enumerate` and `zip` (so, while those are the builtins, evaluating it has no effects); nil for
  /// anything else.
  func effectFree(_ e: Expr) -> [Globals.Box]? {
    var boxes: [Globals.Box] = []
    func walk(_ e: Expr) -> Bool {
      switch e.kind {
      case .name, .int: return true
      case .binary(_, let a, let b): return walk(a) && walk(b)
      case .unary(.neg, let a): return walk(a)
      case .call(let callee, let args):
        guard case .name(let function) = callee.kind, ["range", "len", "enumerate", "zip"].contains(function),
          case .global(let box) = place(of: function)
        else { return false }
        boxes.append(box)
        return args.allSatisfy { a in
          if case .positional(let x) = a { return walk(x) }
          return false
        }
      default: return false
      }
    }
    return walk(e) ? boxes : nil
  }
}
