/// `sum(e for t in xs if c)` as a loop the numeric tier can run: `total = 0`, then `for t in xs: if c: total += e`
/// over a hidden slot, compiled by `compileLoop` (so the tier takes it when the values type, and the generic
/// engine walks it otherwise).
///
/// Each step is `sum`'s own (`NumericFunctions.sumStep`); the element and the condition are the generator
/// expression's (an error in them leaves `<genexpr>`, as CPython's traceback shows), the addition is `sum`'s.
struct NumericSum {
  /// The loop; it leaves the sum in `total`.
  let loop: Exec
  let total: Int
  /// The generator expression's own slots, cleared after the loop as its loop clears them.
  let slots: [Int]
}

extension Compiler {
  /// The loop for `sum` over one `for` with at most one `if`, compiled inside the generator expression's inline
  /// scope; nil when the element or the condition has no numeric form, or the loop has none.
  func numericSum(_ clause: Comprehension, _ elementExpr: Expr, _ element: @escaping Eval, _ range: SourceRange)
    throws(PyError) -> NumericSum?
  {
    guard specialise, !isGenerator, clause.conditions.count <= 1, let value = numericExpr(elementExpr) else {
      return nil
    }
    let numericTest = clause.conditions.first.map { numericCondition($0) }
    if case .some(nil) = numericTest { return nil }
    let total = newSlot()
    let name = NumericName(name: "·sum\(total)", place: .local(total))
    let rt = self.rt
    let add: Exec = { (f) throws(PyError) -> Flow in
      let x: Value
      do throws(PyError) { x = try element(f) } catch { throw error.leaving(generator: "<genexpr>", defined: range) }
      f[total] = try NumericFunctions.sumStep(rt, f[total], x)
      return .normal
    }
    let update = NumericStatement(kind: .update(name, .add, value), generic: add)
    var part = CompiledStatement(exec: add, form: update)
    if let condition = clause.conditions.first, case .some(let test?) = numericTest {
      let t = try compileCondition(condition)
      let exec: Exec = { (f) throws(PyError) -> Flow in
        let go: Bool
        do throws(PyError) { go = try t(f) } catch { throw error.leaving(generator: "<genexpr>", defined: range) }
        return go ? try add(f) : .normal
      }
      part = CompiledStatement(exec: exec, form: NumericStatement(kind: .branch(test, [update], []), generic: exec))
    }
    // The generator's own names are plain slots (a cell one, captured by a lambda in the element, would need the
    // cell its loop makes).
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
    return NumericSum(loop: loop.exec, total: total, slots: slots)
  }
}
