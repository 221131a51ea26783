extension Compiler {
  /// `a op b`: ints and floats first, inline (overflow and division by zero fall to the generic path), then
  /// everything else through the runtime's operator dispatch.
  func compileBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    guard specialise else {
      let l = try compile(a)
      let r = try compile(b)
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    }
    switch op {
    case .add: return specialisedBinary(FastAdd.self, op, try operand(a), try operand(b), range)
    case .sub: return specialisedBinary(FastSub.self, op, try operand(a), try operand(b), range)
    case .mul: return specialisedBinary(FastMul.self, op, try operand(a), try operand(b), range)
    case .truediv: return specialisedBinary(FastTrueDivide.self, op, try operand(a), try operand(b), range)
    case .floordiv: return specialisedBinary(FastFloorDivide.self, op, try operand(a), try operand(b), range)
    case .mod: return specialisedBinary(FastModulo.self, op, try operand(a), try operand(b), range)
    case .pow: return specialisedBinary(FastPower.self, op, try operand(a), try operand(b), range)
    case .bitand: return specialisedBinary(FastBitAnd.self, op, try operand(a), try operand(b), range)
    case .bitor: return specialisedBinary(FastBitOr.self, op, try operand(a), try operand(b), range)
    case .bitxor: return specialisedBinary(FastBitXor.self, op, try operand(a), try operand(b), range)
    case .lshift: return specialisedBinary(FastLeftShift.self, op, try operand(a), try operand(b), range)
    case .rshift: return specialisedBinary(FastRightShift.self, op, try operand(a), try operand(b), range)
    default:
      let l = try compile(a)
      let r = try compile(b)
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    }
  }

  func compileUnary(_ op: UnaryOperator, _ a: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    // `-5` and `-2.5` are constants.
    if op == .neg {
      if case .int(let i) = a.kind, i != .min { return constant(.int(-i)) }
      if case .float(let d) = a.kind { return constant(.float(-d)) }
    }
    if op == .not {
      let c = try compileCondition(a)
      return { (f) throws(PyError) -> Value in .bool(!(try c(f))) }
    }
    let x = try compile(a)
    return { (f) throws(PyError) -> Value in
      let v = try x(f)
      do throws(PyError) { return try rt.unary(op, v) } catch { throw error.located(range) }
    }
  }

  /// `a < b < c`: each operand evaluated once, stopping at the first false link.
  func compileCompare(_ first: Expr, _ rest: [(CompareOperator, Expr)], _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    if rest.count == 1 {
      // One comparison (most): the two operands held directly, not read out of an array (each read retains).
      let l = try compile(first)
      let r = try compile(rest[0].1)
      let op = rest[0].0
      let numbers = specialise && op.method != nil
      let text = SiteText(at: range)
      // Numbers of Python's own types give a bool; anything else may give something else (NumPy arrays).
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        if numbers {
          switch (x, y) {
          case (.int(let i), .int(let j)):
            rt.counters.comparisons &+= 1
            return .bool(Comparison.ints(op, i, j) ?? false)
          case (.float(let p), .float(let q)):
            rt.counters.comparisons &+= 1
            return .bool(Comparison.doubles(op, p, q) ?? false)
          default: break
          }
        }
        do throws(PyError) { return try rt.compare(op, x, y) } catch { throw error.located(text.range) }
      }
    }
    let evals =
      try [first].map { (e) throws(PyError) in EvalRef(run: try compile(e)) }
      + rest.map { (p) throws(PyError) in EvalRef(run: try compile(p.1)) }
    let ops = rest.map(\.0)
    return { (f) throws(PyError) -> Value in
      var left = try evals[0].run(f)
      var result: Value = .bool(true)
      for (k, op) in ops.enumerated() {
        let right = try evals[k + 1].run(f)
        do throws(PyError) { result = try rt.compare(op, left, right) } catch { throw error.located(range) }
        if k < ops.count - 1 {
          let t: Bool
          do throws(PyError) { t = try rt.truthy(result) } catch { throw error.located(range) }
          if !t { return result }
        }
        left = right
      }
      return result
    }
  }

  /// A single comparison used as a condition: ints and floats compare inline without making a bool.
  func compileComparisonTest(_ a: Expr, _ op: CompareOperator, _ b: Expr, _ range: SourceRange) throws(PyError)
    -> (Frame) throws(PyError) -> Bool
  {
    let rt = self.rt
    switch op {
    case .lt: return specialisedTest(CompareLT.self, op, try operand(a), try operand(b), range)
    case .le: return specialisedTest(CompareLE.self, op, try operand(a), try operand(b), range)
    case .gt: return specialisedTest(CompareGT.self, op, try operand(a), try operand(b), range)
    case .ge: return specialisedTest(CompareGE.self, op, try operand(a), try operand(b), range)
    case .eq: return specialisedTest(CompareEQ.self, op, try operand(a), try operand(b), range)
    case .ne: return specialisedTest(CompareNE.self, op, try operand(a), try operand(b), range)
    case .is, .isNot:
      let negate = op == .isNot
      // `x is None`, `x is not None` (either way round): the value's case is tested, in its frame slot when `x`
      // is a local.
      if case .none = b.kind {
        return try noneTest(a, negate: negate)
      }
      if case .none = a.kind {
        return try noneTest(b, negate: negate)
      }
      let l = try compile(a)
      let r = try compile(b)
      return { (f) throws(PyError) -> Bool in (try l(f)).isIdentical(to: try r(f)) != negate }
    case .in, .notIn:
      let l = try compile(a)
      let r = try compile(b)
      return { (f) throws(PyError) -> Bool in
        let x = try l(f)
        let y = try r(f)
        do throws(PyError) { return try rt.compareBool(op, x, y) } catch { throw error.located(range) }
      }
    }
  }

  /// `x is None` (or `is not`, with `negate`).
  private func noneTest(_ x: Expr, negate: Bool) throws(PyError) -> (Frame) throws(PyError) -> Bool {
    if specialise, case .name(let name) = x.kind, case .local(let s) = place(of: name) {
      let text = SiteText(name, x.range)
      return { (f) throws(PyError) -> Bool in
        switch f[s] {
        case .none: return !negate
        case .unbound: throw Compiler.unbound(text.name, at: text.range)
        default: return negate
        }
      }
    }
    let v = try compile(x)
    return { (f) throws(PyError) -> Bool in try v(f).isNone != negate }
  }
}
