import BigInt
import Foundation
import TensorModule

/// `sum`, `min`, `max`, `round`, `divmod`, `pow`: Python's meaning, on any iterable of numbers.
enum NumericFunctions {

  /// `d` rounded to `n` (0 ≤ n ≤ 323) decimals, correctly (the C library prints the exact binary value's digits
  /// and reads the rounded text back), as CPython's `round` is; without Foundation's `String(format:)`, which cost
  /// 15 000 instructions a call.
  static func roundedDecimal(_ d: Double, _ n: Int) -> Double {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 720) { buffer -> Double in
      guard let base = buffer.baseAddress else { return d }
      let written = withVaList([Int32(n), d]) { vsnprintf(base, buffer.count, "%.*f", $0) }
      guard written > 0, Int(written) < buffer.count else { return d }
      return strtod(base, nil)
    }
  }
  /// One step of `sum`: `total + x`, with CPython's int and float fast paths (which give the same values).
  @inline(__always)
  static func sumStep(_ rt: Runtime, _ total: Value, _ x: Value) throws(PyError) -> Value {
    switch (total, x) {
    case (.int(let i), .int(let j)):
      let (s, o) = i.addingReportingOverflow(j)
      return o ? try rt.binary(.add, total, x) : .int(s)
    case (.float(let d), .float(let e)): return .float(d + e)
    case (.float(let d), .int(let j)): return .float(d + Double(j))
    default: return try rt.binary(.add, total, x)
    }
  }

  static let all: [PyBuiltin] = [
    .general("sum", doc: "sum(iterable, /, start=0): start + the items, left to right.") { (rt, a) throws(PyError) in
      let p = try a.bind("sum", ["iterable", "start"], required: 1)
      var total = p[1] ?? .int(0)
      if case .object(let o) = total, o.tag == .str {
        throw PyError("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
      }
      try rt.forEach(p[0] ?? .none) { (x) throws(PyError) -> Bool in
        total = try NumericFunctions.sumStep(rt, total, x)
        return true
      }
      return total
    },
    .general("min") { (rt, a) throws(PyError) in try extreme(rt, a, "min", .lt) },
    .general("max") { (rt, a) throws(PyError) in try extreme(rt, a, "max", .gt) },
    .general("round") { (rt, a) throws(PyError) in
      let p = try a.bind("round", ["number", "ndigits"], required: 1)
      return try rt.round(p[0] ?? .none, p[1])
    },
    .two("divmod") { (rt, x, y) throws(PyError) in
      if case .float = x, case .float(let d) = y, d == 0 { throw PyError("ZeroDivisionError", "float divmod()") }
      if let k = Numbers.kind(x), let l = Numbers.kind(y) {
        switch (k, l) {
        case (.int, .int), (.int, .big), (.big, .int), (.big, .big):
          return .tuple([try rt.binary(.floordiv, x, y), try rt.binary(.mod, x, y)])
        case (.complex, _), (_, .complex):
          throw PyError(
            "TypeError", "unsupported operand type(s) for divmod(): '\(rt.typeName(x))' and '\(rt.typeName(y))'")
        default:
          let p = try Numbers.double(k)
          let q = try Numbers.double(l)
          if q == 0 { throw PyError("ZeroDivisionError", "float divmod()") }
          let (d, m) = FloatDivision.divmod(p, q)
          return .tuple([.float(d), .float(m)])
        }
      }
      if let m = rt.typeOf(x).lookup("__divmod__") { return try rt.call(m, x, y) }
      throw PyError(
        "TypeError", "unsupported operand type(s) for divmod(): '\(rt.typeName(x))' and '\(rt.typeName(y))'")
    },
    .general("pow") { (rt, a) throws(PyError) in
      let p = try a.bind("pow", ["base", "exp", "mod"], required: 2)
      guard let m = p[2], !m.isNone else { return try rt.binary(.pow, p[0] ?? .none, p[1] ?? .none) }
      let base = try rt.bigInteger(p[0] ?? .none)
      var e = try rt.bigInteger(p[1] ?? .none)
      let modulus = try rt.bigInteger(m)
      if modulus == 0 { throw PyError("ValueError", "pow() 3rd argument cannot be 0") }
      var b = base
      if e < 0 {
        guard let inv = base.inverse(modulus) else {
          throw PyError("ValueError", "base is not invertible for the given modulus")
        }
        b = inv
        e = -e
      }
      var r = b.power(e, modulus: modulus)
      if r != 0 && (r < 0) != (modulus < 0) { r += modulus }
      return PyBigInt.make(r)
    },
  ]

  /// `min`/`max` over an iterable or several arguments, with `key=` and `default=`.
  static func extreme(_ rt: Runtime, _ a: Arguments, _ name: String, _ op: CompareOperator) throws(PyError) -> Value {
    var key: Value?
    var fallback: Value?
    for (k, v) in a.keywords {
      switch k {
      case "key": key = v.isNone ? nil : v
      case "default": fallback = v
      default: throw PyError("TypeError", "'\(k)' is an invalid keyword argument for \(name)()")
      }
    }
    guard !a.positional.isEmpty else {
      throw PyError("TypeError", "\(name) expected at least 1 argument, got 0")
    }
    if a.positional.count > 1 && fallback != nil {
      throw PyError("TypeError", "Cannot specify a default for \(name)() with multiple positional arguments")
    }
    var best: Value?
    var bestKey: Value = .none
    let consider = { (x: Value) throws(PyError) -> Bool in
      let kx = try key.map { (f) throws(PyError) in try rt.call(f, x) } ?? x
      let better = best == nil ? true : try rt.compareBool(op, kx, bestKey)
      if better {
        best = x
        bestKey = kx
      }
      return true
    }
    if a.positional.count == 1 {
      try rt.forEach(a.positional[0], consider)
    } else {
      for x in a.positional { _ = try consider(x) }
    }
    if let best { return best }
    if let fallback { return fallback }
    throw PyError("ValueError", "\(name)() arg is an empty sequence")
  }
}

extension Runtime {
  /// `abs(v)`.
  func absolute(_ v: Value) throws(PyError) -> Value {
    switch v {
    case .int(let i): return i == .min ? PyBigInt.make(-BigInt(i)) : .int(abs(i))
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(abs(d))
    case .f64(let d): return .f64(abs(d))
    case .i64(let i): return .i64(i == .min ? i : abs(i))
    case .npBool: return v
    case .object(let o):
      switch o.tag {
      case .bigInt: return PyBigInt.make(BigInt(unsafeDowncast(o, to: PyBigInt.self).value.magnitude))
      case .complex:
        let c = unsafeDowncast(o, to: PyComplex.self)
        let r = hypot(c.real, c.imag)
        if c.isNumPy { return .f64(r) }
        if r.isInfinite && c.real.isFinite && c.imag.isFinite {
          throw PyError("OverflowError", "absolute value too large")
        }
        return .float(r)
      case .ndarray: return ArrayArithmetic.wrap(ArrayArithmetic.absolute(unsafeDowncast(o, to: NDArray.self)))
      default:
        if let m = o.type.lookup("__abs__") { return try call(m, v) }
      }
    default: break
    }
    throw PyError("TypeError", "bad operand type for abs(): '\(typeName(v))'")
  }

  /// `round(x)` (half to even, an int) and `round(x, n)` (on the double's exact decimal value).
  func round(_ v: Value, _ digits: Value?) throws(PyError) -> Value {
    // CPython looks for the number's `__round__` before it reads `ndigits`.
    if case .object(let o) = v, o.tag != .bigInt, o.type.lookup("__round__") == nil {
      throw PyError("TypeError", "type \(typeName(v)) doesn't define __round__ method")
    }
    let n: Int? = try digits.flatMap { (d) throws(PyError) -> Int? in d.isNone ? nil : try index(d) }
    switch v {
    case .int, .bool,
      .object(_) where Numbers.big(Numbers.kind(v) ?? .float(0)) != nil:
      guard let n, n < 0 else { return v.isBoolean ? .int(try index(v)) : v }
      let i = try bigInteger(v)
      let p = BigInt(10).power(-n)
      var (q, r) = i.quotientAndRemainder(dividingBy: p)
      if r < 0 {
        q -= 1
        r += p
      }
      if r * 2 > p || (r * 2 == p && q % 2 != 0) { q += 1 }
      return PyBigInt.make(q * p)
    case .float(let d), .f64(let d):
      guard let n else {
        if d.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
        let r = d.rounded(.toNearestOrEven)
        if let i = Int(exactly: r) { return .int(i) }
        return PyBigInt.make(BigInt(r))
      }
      if !d.isFinite || d == 0 { return v }
      let result: Double
      if n >= 0 {
        if n > 323 { return v }
        result = NumericFunctions.roundedDecimal(d, n)
      } else {
        if -n > 308 { return case1(v, 0.0 * d) }
        let p = pow(10.0, Double(-n))
        result = (d / p).rounded(.toNearestOrEven) * p
      }
      if case .f64 = v { return .f64(result) }
      return .float(result)
    case .object(let o):
      if o.tag == .bigInt { return v }
      if let m = o.type.lookup("__round__") { return try call(m, [v] + (digits.map { [$0] } ?? [])) }
    default: break
    }
    throw PyError("TypeError", "type \(typeName(v)) doesn't define __round__ method")
  }

  private func case1(_ v: Value, _ d: Double) -> Value {
    if case .f64 = v { return .f64(d) }
    return .float(d)
  }
}

extension Value {
  var isBoolean: Bool {
    if case .bool = self { return true }
    return false
  }
}
