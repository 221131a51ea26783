extension Compiler {
  /// `a op b`: ints and floats first, inline (overflow and division by zero fall to the generic path), then
  /// everything else through the runtime's operator dispatch.
  func compileBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    let l = try compile(a)
    let r = try compile(b)
    guard specialise else {
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    }
    switch op {
    case .add:
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        if case .int(let i) = x, case .int(let j) = y {
          let (s, o) = i.addingReportingOverflow(j)
          if !o {
            rt.counters.intArithmetic &+= 1
            return .int(s)
          }
        } else if case .float(let p) = x, case .float(let q) = y {
          rt.counters.floatArithmetic &+= 1
          return .float(p + q)
        } else if case .f64(let p) = x, case .f64(let q) = y {
          rt.counters.floatArithmetic &+= 1
          return .f64(p + q)
        }
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    case .sub:
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        if case .int(let i) = x, case .int(let j) = y {
          let (s, o) = i.subtractingReportingOverflow(j)
          if !o {
            rt.counters.intArithmetic &+= 1
            return .int(s)
          }
        } else if case .float(let p) = x, case .float(let q) = y {
          rt.counters.floatArithmetic &+= 1
          return .float(p - q)
        } else if case .f64(let p) = x, case .f64(let q) = y {
          rt.counters.floatArithmetic &+= 1
          return .f64(p - q)
        }
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    case .mul:
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        if case .int(let i) = x, case .int(let j) = y {
          let (s, o) = i.multipliedReportingOverflow(by: j)
          if !o {
            rt.counters.intArithmetic &+= 1
            return .int(s)
          }
        } else if case .float(let p) = x, case .float(let q) = y {
          rt.counters.floatArithmetic &+= 1
          return .float(p * q)
        } else if case .f64(let p) = x, case .f64(let q) = y {
          rt.counters.floatArithmetic &+= 1
          return .f64(p * q)
        }
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    case .truediv:
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        if case .float(let p) = x, case .float(let q) = y, q != 0 {
          rt.counters.floatArithmetic &+= 1
          return .float(p / q)
        }
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    case .floordiv, .mod:
      let isMod = op == .mod
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        if case .int(let i) = x, case .int(let j) = y, j > 0 {
          rt.counters.intArithmetic &+= 1
          return .int(isMod ? Arithmetic.floorModulo(i, j) : Arithmetic.floorDivide(i, j))
        }
        do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
      }
    default:
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
    if rest.count == 1 && specialise && rest[0].0.method != nil {
      let l = try compile(first)
      let r = try compile(rest[0].1)
      let op = rest[0].0
      // Numbers of Python's own types give a bool; anything else may give something else (NumPy arrays).
      return { (f) throws(PyError) -> Value in
        let x = try l(f)
        let y = try r(f)
        switch (x, y) {
        case (.int(let i), .int(let j)):
          rt.counters.numberComparisons &+= 1
          return .bool(Comparison.ints(op, i, j) ?? false)
        case (.float(let p), .float(let q)):
          rt.counters.numberComparisons &+= 1
          return .bool(Comparison.doubles(op, p, q) ?? false)
        default:
          do throws(PyError) { return try rt.compare(op, x, y) } catch { throw error.located(range) }
        }
      }
    }
    let evals =
      try [first].map { (e) throws(PyError) in try compile(e) } + rest.map { (p) throws(PyError) in try compile(p.1) }
    let ops = rest.map(\.0)
    return { (f) throws(PyError) -> Value in
      var left = try evals[0](f)
      var result: Value = .bool(true)
      for (k, op) in ops.enumerated() {
        let right = try evals[k + 1](f)
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
    let l = try compile(a)
    let r = try compile(b)
    if op == .is || op == .isNot {
      let negate = op == .isNot
      return { (f) throws(PyError) -> Bool in (try l(f)).isIdentical(to: try r(f)) != negate }
    }
    if case .int(let c) = b.kind, op.method != nil {
      return { (f) throws(PyError) -> Bool in
        let x = try l(f)
        if case .int(let i) = x {
          rt.counters.numberComparisons &+= 1
          return Comparison.ints(op, i, c) ?? false
        }
        do throws(PyError) { return try rt.compareBool(op, x, .int(c)) } catch { throw error.located(range) }
      }
    }
    return { (f) throws(PyError) -> Bool in
      let x = try l(f)
      let y = try r(f)
      switch (x, y) {
      case (.int(let i), .int(let j)):
        rt.counters.numberComparisons &+= 1
        if let t = Comparison.ints(op, i, j) { return t }
      case (.float(let p), .float(let q)), (.f64(let p), .f64(let q)):
        rt.counters.numberComparisons &+= 1
        if let t = Comparison.doubles(op, p, q) { return t }
      default: break
      }
      do throws(PyError) { return try rt.compareBool(op, x, y) } catch { throw error.located(range) }
    }
  }
}
