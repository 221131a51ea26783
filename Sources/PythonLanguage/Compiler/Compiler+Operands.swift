import Foundation

/// Operands the compiler can read without a closure call: a local's slot, a constant.
///
/// Binary operators and comparisons over these compile to one closure instead of three (a superinstruction).
enum Operand {
  case local(Int, String, SourceRange)
  case constant(Value)
  case other(Eval)
}

/// A fast rule for one operator on unboxed numbers; nil sends the pair to the runtime's generic dispatch.
protocol FastBinary {
  static func apply(_ a: Value, _ b: Value) -> Value?
}

extension Compiler {
  /// `+=`, `-=`, `*=` and the bitwise updates on unboxed numbers without the operator table; nil when the general
  /// rule applies.
  @inline(__always) static func fastInPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value? {
    switch op {
    case .add: FastAdd.apply(a, b)
    case .sub: FastSub.apply(a, b)
    case .mul: FastMul.apply(a, b)
    case .bitand: FastBitAnd.apply(a, b)
    case .bitor: FastBitOr.apply(a, b)
    case .bitxor: FastBitXor.apply(a, b)
    case .lshift: FastLeftShift.apply(a, b)
    case .rshift: FastRightShift.apply(a, b)
    default: nil
    }
  }

  /// `old op= y` on a value read from a slot or an element: the unboxed fast path, else the operator table.
  @inline(__always) static func inPlace(_ rt: Runtime, _ op: BinaryOperator, _ old: Value, _ y: Value)
    throws(PyError) -> Value
  {
    if let fast = fastInPlace(op, old, y) { return fast }
    return try rt.inPlace(op, old, y)
  }
}

enum FastAdd: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.int(let i), .int(let j)):
      let (s, o) = i.addingReportingOverflow(j)
      return o ? nil : .int(s)
    case (.float(let p), .float(let q)): return .float(p + q)
    case (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)), (.float(let p), .f64(let q)): return .f64(p + q)
    case (.f64(let p), .int(let j)): return .f64(p + Double(j))
    case (.int(let i), .f64(let q)): return .f64(Double(i) + q)
    case (.float(let p), .int(let j)): return .float(p + Double(j))
    case (.int(let i), .float(let q)): return .float(Double(i) + q)
    default: return nil
    }
  }
}

enum FastSub: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.int(let i), .int(let j)):
      let (s, o) = i.subtractingReportingOverflow(j)
      return o ? nil : .int(s)
    case (.float(let p), .float(let q)): return .float(p - q)
    case (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)), (.float(let p), .f64(let q)): return .f64(p - q)
    case (.f64(let p), .int(let j)): return .f64(p - Double(j))
    case (.int(let i), .f64(let q)): return .f64(Double(i) - q)
    case (.float(let p), .int(let j)): return .float(p - Double(j))
    case (.int(let i), .float(let q)): return .float(Double(i) - q)
    default: return nil
    }
  }
}

enum FastMul: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.int(let i), .int(let j)):
      let (s, o) = i.multipliedReportingOverflow(by: j)
      return o ? nil : .int(s)
    case (.float(let p), .float(let q)): return .float(p * q)
    case (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)), (.float(let p), .f64(let q)): return .f64(p * q)
    case (.f64(let p), .int(let j)): return .f64(p * Double(j))
    case (.int(let i), .f64(let q)): return .f64(Double(i) * q)
    case (.float(let p), .int(let j)): return .float(p * Double(j))
    case (.int(let i), .float(let q)): return .float(Double(i) * q)
    default: return nil
    }
  }
}

enum FastTrueDivide: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.float(let p), .float(let q)) where q != 0: return .float(p / q)
    case (.float(let p), .int(let j)) where j != 0: return .float(p / Double(j))
    case (.int(let i), .float(let q)) where q != 0 && i.magnitude <= 1 << 53: return .float(Double(i) / q)
    case (.int(let i), .int(let j)) where j != 0 && i.magnitude <= 1 << 53 && j.magnitude <= 1 << 53:
      return .float(Double(i) / Double(j))
    default: return nil
    }
  }
}

enum FastFloorDivide: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    if case .int(let i) = a, case .int(let j) = b, j > 0 { return .int(Arithmetic.floorDivide(i, j)) }
    return nil
  }
}

enum FastModulo: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    if case .int(let i) = a, case .int(let j) = b, j > 0 { return .int(Arithmetic.floorModulo(i, j)) }
    return nil
  }
}

/// `&`, `|`, `^` on two ints (or two bools, which give a bool, as Python's do).
enum FastBitAnd: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.int(let i), .int(let j)): .int(i & j)
    case (.bool(let p), .bool(let q)): .bool(p && q)
    default: nil
    }
  }
}

enum FastBitOr: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.int(let i), .int(let j)): .int(i | j)
    case (.bool(let p), .bool(let q)): .bool(p || q)
    default: nil
    }
  }
}

enum FastBitXor: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.int(let i), .int(let j)): .int(i ^ j)
    case (.bool(let p), .bool(let q)): .bool(p != q)
    default: nil
    }
  }
}

/// `i << j` when the result fits in 64 bits; a negative count (an error) or a bigger result takes the general rule.
enum FastLeftShift: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    guard case .int(let i) = a, case .int(let j) = b, (0..<64).contains(j) else { return nil }
    let r = i << j
    return r >> j == i ? .int(r) : nil
  }
}

/// `i >> j` for a count of zero or more (an arithmetic shift: -1 or 0 past the width, as Python's).
enum FastRightShift: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    guard case .int(let i) = a, case .int(let j) = b, j >= 0 else { return nil }
    return .int(i >> j)
  }
}

/// `**` on Python floats and ints where CPython's `float_pow` reduces to the C library's `pow` and the result is
/// finite and real, or where an int power fits in 64 bits; everything else (complex results, overflow errors,
/// zero to a negative power, big ints, NumPy scalars) takes the general rule.
enum FastPower: FastBinary {
  @inline(__always) static func apply(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.float(let p), .float(let q)): return real(p, q)
    case (.float(let p), .int(let j)): return real(p, Double(j))
    case (.int(let i), .float(let q)) where i.magnitude <= 1 << 53: return real(Double(i), q)
    case (.int(let i), .int(let j)) where j >= 0:
      var result = 1
      var base = i
      var e = j
      while true {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { return nil }
          result = r
        }
        e >>= 1
        if e == 0 { return .int(result) }
        let (sq, o) = base.multipliedReportingOverflow(by: base)
        if o { return nil }
        base = sq
      }
    default: return nil
    }
  }

  @inline(__always) private static func real(_ p: Double, _ q: Double) -> Value? {
    guard p.isFinite, q.isFinite, p != 0 else { return nil }
    var r: Double
    if p > 0 {
      r = Foundation.pow(p, q)
    } else {
      // A negative base needs an integral exponent (else the result is complex); odd exponents negate.
      guard q == q.rounded(.down) else { return nil }
      r = Foundation.pow(-p, q)
      if q.magnitude < 9.007_199_254_740_992e15, Int(q) & 1 == 1 { r = -r }
    }
    return r.isFinite ? .float(r) : nil
  }
}

/// A fast rule for a comparison of unboxed numbers; nil sends the pair to the generic comparison.
protocol FastCompare {
  static func test(_ a: Value, _ b: Value) -> Bool?
}

enum CompareLT: FastCompare {
  @inline(__always) static func test(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let i), .int(let j)): i < j
    case (.float(let p), .float(let q)), (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)),
      (.float(let p), .f64(let q)):
      p < q
    case (.float(let p), .int(let j)) where j.magnitude <= 1 << 53,
      (.f64(let p), .int(let j)) where j.magnitude <= 1 << 53:
      p < Double(j)
    default: nil
    }
  }
}

enum CompareLE: FastCompare {
  @inline(__always) static func test(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let i), .int(let j)): i <= j
    case (.float(let p), .float(let q)), (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)),
      (.float(let p), .f64(let q)):
      p <= q
    case (.float(let p), .int(let j)) where j.magnitude <= 1 << 53,
      (.f64(let p), .int(let j)) where j.magnitude <= 1 << 53:
      p <= Double(j)
    default: nil
    }
  }
}

enum CompareGT: FastCompare {
  @inline(__always) static func test(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let i), .int(let j)): i > j
    case (.float(let p), .float(let q)), (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)),
      (.float(let p), .f64(let q)):
      p > q
    case (.float(let p), .int(let j)) where j.magnitude <= 1 << 53,
      (.f64(let p), .int(let j)) where j.magnitude <= 1 << 53:
      p > Double(j)
    default: nil
    }
  }
}

enum CompareGE: FastCompare {
  @inline(__always) static func test(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let i), .int(let j)): i >= j
    case (.float(let p), .float(let q)), (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)),
      (.float(let p), .f64(let q)):
      p >= q
    case (.float(let p), .int(let j)) where j.magnitude <= 1 << 53,
      (.f64(let p), .int(let j)) where j.magnitude <= 1 << 53:
      p >= Double(j)
    default: nil
    }
  }
}

enum CompareEQ: FastCompare {
  @inline(__always) static func test(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let i), .int(let j)): i == j
    case (.float(let p), .float(let q)), (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)),
      (.float(let p), .f64(let q)):
      p == q
    case (.float(let p), .int(let j)) where j.magnitude <= 1 << 53,
      (.f64(let p), .int(let j)) where j.magnitude <= 1 << 53:
      p == Double(j)
    default: nil
    }
  }
}

enum CompareNE: FastCompare {
  @inline(__always) static func test(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let i), .int(let j)): i != j
    case (.float(let p), .float(let q)), (.f64(let p), .f64(let q)), (.f64(let p), .float(let q)),
      (.float(let p), .f64(let q)):
      p != q
    case (.float(let p), .int(let j)) where j.magnitude <= 1 << 53,
      (.f64(let p), .int(let j)) where j.magnitude <= 1 << 53:
      p != Double(j)
    default: nil
    }
  }
}

extension Compiler {
  func operand(_ e: Expr) throws(PyError) -> Operand {
    switch e.kind {
    case .name(let n):
      if case .local(let s) = place(of: n) { return .local(s, n, e.range) }
    case .int(let v): return .constant(.int(v))
    case .float(let v): return .constant(.float(v))
    case .unary(.neg, let inner):
      if case .int(let v) = inner.kind, v != .min { return .constant(.int(-v)) }
      if case .float(let v) = inner.kind { return .constant(.float(-v)) }
    default: break
    }
    return .other(try compile(e))
  }

  /// `a op b` with the operator's fast rule inline, for each shape of operands.
  func specialisedBinary<Op: FastBinary>(
    _: Op.Type, _ op: BinaryOperator, _ l: Operand, _ r: Operand, _ range: SourceRange
  ) -> Eval {
    let rt = self.rt
    @inline(__always) func slow(_ x: Value, _ y: Value) throws(PyError) -> Value {
      do throws(PyError) { return try rt.binary(op, x, y) } catch { throw error.located(range) }
    }
    switch (l, r) {
    // The slots are matched where they lie: the fast rule reads numbers out of them, and only the slow path copies
    // a value out of the frame (a copy is an outlined call, and a retain for an object).
    case (.local(let s, let name, let nr), .constant(let c)):
      return { (f) throws(PyError) -> Value in
        if let v = Op.apply(f[s], c) {
          rt.counters.arithmetic &+= 1
          return v
        }
        let x = f[s]
        if case .unbound = x { throw Compiler.unbound(name, at: nr) }
        return try slow(x, c)
      }
    case (.local(let s, let name, let nr), .local(let t, let name2, let nr2)):
      return { (f) throws(PyError) -> Value in
        if let v = Op.apply(f[s], f[t]) {
          rt.counters.arithmetic &+= 1
          return v
        }
        let x = f[s]
        let y = f[t]
        if case .unbound = x { throw Compiler.unbound(name, at: nr) }
        if case .unbound = y { throw Compiler.unbound(name2, at: nr2) }
        return try slow(x, y)
      }
    case (.constant(let c), .local(let s, let name, let nr)):
      return { (f) throws(PyError) -> Value in
        if let v = Op.apply(c, f[s]) {
          rt.counters.arithmetic &+= 1
          return v
        }
        let y = f[s]
        if case .unbound = y { throw Compiler.unbound(name, at: nr) }
        return try slow(c, y)
      }
    case (.other(let a), .constant(let c)):
      return { (f) throws(PyError) -> Value in
        let x = try a(f)
        if let v = Op.apply(x, c) {
          rt.counters.arithmetic &+= 1
          return v
        }
        return try slow(x, c)
      }
    case (.local(let s, let name, let nr), .other(let b)):
      return { (f) throws(PyError) -> Value in
        let x = f[s]
        if case .unbound = x { throw Compiler.unbound(name, at: nr) }
        let y = try b(f)
        if let v = Op.apply(x, y) {
          rt.counters.arithmetic &+= 1
          return v
        }
        return try slow(x, y)
      }
    case (.other(let a), .local(let s, let name, let nr)):
      return { (f) throws(PyError) -> Value in
        let x = try a(f)
        let y = f[s]
        if case .unbound = y { throw Compiler.unbound(name, at: nr) }
        if let v = Op.apply(x, y) {
          rt.counters.arithmetic &+= 1
          return v
        }
        return try slow(x, y)
      }
    default:
      let a = evaluator(l)
      let b = evaluator(r)
      return { (f) throws(PyError) -> Value in
        let x = try a(f)
        let y = try b(f)
        if let v = Op.apply(x, y) {
          rt.counters.arithmetic &+= 1
          return v
        }
        return try slow(x, y)
      }
    }
  }

  /// A comparison used as a condition, with the operator's fast rule inline.
  func specialisedTest<Op: FastCompare>(
    _: Op.Type, _ op: CompareOperator, _ l: Operand, _ r: Operand, _ range: SourceRange
  ) -> (Frame) throws(PyError) -> Bool {
    let rt = self.rt
    // Names and ranges for errors sit behind one reference (`SiteText`), so the closures' contexts stay small.
    @inline(__always) func slow(_ x: Value, _ y: Value, _ text: SiteText) throws(PyError) -> Bool {
      do throws(PyError) { return try rt.compareBool(op, x, y) } catch { throw error.located(text.range) }
    }
    switch (l, r) {
    case (.local(let s, let name, let nr), .constant(let c)):
      let text = SiteText(at: range, receiver: name, at: nr)
      return { (f) throws(PyError) -> Bool in
        if let t = Op.test(f[s], c) {
          rt.counters.comparisons &+= 1
          return t
        }
        let x = f[s]
        try text.checkBound(x)
        return try slow(x, c, text)
      }
    case (.local(let s, let name, let nr), .local(let u, let name2, let nr2)):
      let text = SiteText(at: range, receiver: name, at: nr)
      let other = SiteText(at: range, receiver: name2, at: nr2)
      return { (f) throws(PyError) -> Bool in
        if let t = Op.test(f[s], f[u]) {
          rt.counters.comparisons &+= 1
          return t
        }
        let x = f[s]
        let y = f[u]
        try text.checkBound(x)
        try other.checkBound(y)
        return try slow(x, y, text)
      }
    default:
      let a = evaluator(l)
      let b = evaluator(r)
      let text = SiteText(at: range)
      return { (f) throws(PyError) -> Bool in
        let x = try a(f)
        let y = try b(f)
        if let t = Op.test(x, y) {
          rt.counters.comparisons &+= 1
          return t
        }
        return try slow(x, y, text)
      }
    }
  }

  func evaluator(_ o: Operand) -> Eval {
    switch o {
    case .constant(let c): return { _ in c }
    case .other(let e): return e
    case .local(let s, let name, let range):
      return { (f) throws(PyError) -> Value in
        let v = f[s]
        if case .unbound = v { throw Compiler.unbound(name, at: range) }
        return v
      }
    }
  }
}
