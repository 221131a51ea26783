import BigInt
import Foundation

/// Python's `math` module: C's libm with CPython's domain and range errors.
enum MathModule {
  static func unary(
    _ name: String, _ f: @escaping @Sendable (Double) -> Double,
    domain: @escaping @Sendable (Double) -> Bool = { _ in true }
  )
    -> PyBuiltin
  {
    .one(name, "math", kernel: .real(f, domain: domain, numpy: false)) { (rt, v) throws(PyError) in
      let x = try rt.double(v, "must be real number")
      guard domain(x) else { throw PyError("ValueError", "math domain error") }
      let r = f(x)
      if r.isNaN && !x.isNaN { throw PyError("ValueError", "math domain error") }
      if r.isInfinite && x.isFinite { throw PyError("OverflowError", "math range error") }
      return .float(r)
    }
  }

  static func integral(_ name: String, _ rule: FloatingPointRoundingRule) -> PyBuiltin {
    .one(name, "math", kernel: .integral(rule)) { (rt, v) throws(PyError) in
      switch v {
      case .int, .bool: return .int(try rt.index(v))
      case .object(let o) where o.tag == .bigInt: return v
      default:
        if case .object(let o) = v, let m = o.type.lookup("__\(name)__") { return try rt.call(m, v) }
        let d = try rt.double(v, "must be real number")
        if d.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
        let r = d.rounded(rule)
        return Int(exactly: r).map { .int($0) } ?? PyBigInt.make(BigInt(r))
      }
    }
  }

  static func make() -> PyModule {
    let functions: [PyBuiltin] = [
      unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN }),
      unary("exp", { Foundation.exp($0) }), unary("expm1", { Foundation.expm1($0) }),
      unary("exp2", { Foundation.exp2($0) }), unary("cbrt", { Foundation.cbrt($0) }),
      unary("log2", { Foundation.log2($0) }, domain: { $0 > 0 || $0.isNaN }),
      unary("log10", { Foundation.log10($0) }, domain: { $0 > 0 || $0.isNaN }),
      unary("log1p", { Foundation.log1p($0) }, domain: { $0 > -1 || $0.isNaN }),
      unary("sin", { Foundation.sin($0) }, domain: { !$0.isInfinite }),
      unary("cos", { Foundation.cos($0) }, domain: { !$0.isInfinite }),
      unary("tan", { Foundation.tan($0) }, domain: { !$0.isInfinite }),
      unary("asin", { Foundation.asin($0) }, domain: { abs($0) <= 1 || $0.isNaN }),
      unary("acos", { Foundation.acos($0) }, domain: { abs($0) <= 1 || $0.isNaN }),
      unary("atan", { Foundation.atan($0) }), unary("sinh", { Foundation.sinh($0) }),
      unary("cosh", { Foundation.cosh($0) }), unary("tanh", { Foundation.tanh($0) }),
      unary("asinh", { Foundation.asinh($0) }),
      unary("acosh", { Foundation.acosh($0) }, domain: { $0 >= 1 || $0.isNaN }),
      unary("atanh", { Foundation.atanh($0) }, domain: { abs($0) < 1 || $0.isNaN }),
      unary("fabs", { abs($0) }), unary("erf", { Foundation.erf($0) }), unary("erfc", { Foundation.erfc($0) }),
      .one("gamma", "math") { (rt, v) throws(PyError) in
        .float(try Gamma.tgamma(try rt.double(v, "must be real number")))
      },
      .one("lgamma", "math") { (rt, v) throws(PyError) in
        .float(try Gamma.lgamma(try rt.double(v, "must be real number")))
      },
      unary("degrees", { $0 * 180 / Double.pi }), unary("radians", { $0 * Double.pi / 180 }),
      integral("floor", .down), integral("ceil", .up), integral("trunc", .towardZero),
      .general("log", "math") { (rt, a) throws(PyError) in
        guard (1...2).contains(a.positional.count) else {
          throw PyError("TypeError", "log expected 1 or 2 arguments, got \(a.positional.count)")
        }
        func ln(_ v: Value) throws(PyError) -> Double {
          if case .object(let o) = v, o.tag == .bigInt {
            let b = unsafeDowncast(o, to: PyBigInt.self).value
            guard b > 0 else { throw PyError("ValueError", "math domain error") }
            let shift = max(0, b.bitWidth - 60)
            return Foundation.log(Double(b >> shift)) + Double(shift) * Foundation.log(2.0)
          }
          let x = try rt.double(v, "must be real number")
          guard x > 0 || x.isNaN else { throw PyError("ValueError", "math domain error") }
          return Foundation.log(x)
        }
        let num = try ln(a.positional[0])
        if a.positional.count == 1 { return .float(num) }
        let den = try ln(a.positional[1])
        if den == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
        return .float(num / den)
      },
      .two("atan2", "math") { (rt, y, x) throws(PyError) in .float(Foundation.atan2(try rt.double(y), try rt.double(x)))
      },
      .two("copysign", "math") { (rt, x, y) throws(PyError) in
        .float(Foundation.copysign(try rt.double(x), try rt.double(y)))
      },
      .two("fmod", "math") { (rt, x, y) throws(PyError) in
        let b = try rt.double(y)
        let a = try rt.double(x)
        if b == 0 || a.isInfinite { throw PyError("ValueError", "math domain error") }
        return .float(Foundation.fmod(a, b))
      },
      .two("pow", "math") { (rt, x, y) throws(PyError) in
        let a = try rt.double(x)
        let b = try rt.double(y)
        if a == 0 && b < 0 { throw PyError("ValueError", "math domain error") }
        if a < 0 && b != b.rounded(.down) && b.isFinite { throw PyError("ValueError", "math domain error") }
        let r = Foundation.pow(a, b)
        if r.isInfinite && a.isFinite && b.isFinite { throw PyError("OverflowError", "math range error") }
        return .float(r)
      },
      .general("hypot", "math") { (rt, a) throws(PyError) in
        var values: [Double] = []
        for v in a.positional { values.append(try rt.double(v)) }
        if values.count == 2 { return .float(Foundation.hypot(values[0], values[1])) }
        let m = values.map(abs).max() ?? 0
        if m == 0 || m.isInfinite { return .float(m) }
        return .float(m * values.reduce(0) { $0 + ($1 / m) * ($1 / m) }.squareRoot())
      },
      .one("isfinite", "math") { (rt, v) throws(PyError) in .bool(try rt.double(v).isFinite) },
      .one("isinf", "math") { (rt, v) throws(PyError) in .bool(try rt.double(v).isInfinite) },
      .one("isnan", "math") { (rt, v) throws(PyError) in .bool(try rt.double(v).isNaN) },
      .one("factorial", "math") { (rt, v) throws(PyError) in
        if case .float = v { throw PyError("TypeError", "'float' object cannot be interpreted as an integer") }
        let n = try rt.index(v)
        if n < 0 { throw PyError("ValueError", "factorial() not defined for negative values") }
        var r = BigInt(1)
        if n > 1 { for k in 2...n { r *= BigInt(k) } }
        return PyBigInt.make(r)
      },
      .two("remainder", "math") { (rt, a, b) throws(PyError) in
        let x = try rt.double(a)
        let y = try rt.double(b)
        if x.isNaN || y.isNaN { return .float(.nan) }
        if x.isInfinite || y == 0 { throw PyError("ValueError", "math domain error") }
        return .float(Foundation.remainder(x, y))
      },
      .one("frexp", "math") { (rt, v) throws(PyError) in
        let x = try rt.double(v)
        if x == 0 || !x.isFinite { return .tuple([.float(x), .int(0)]) }
        // m in [0.5, 1) with x's sign, x = m·2^e.
        return .tuple([
          .float(Double(sign: x.sign, exponent: -1, significand: x.significand)), .int(Int(x.exponent) + 1),
        ])
      },
      .two("ldexp", "math") { (rt, a, b) throws(PyError) in
        let x = try rt.double(a)
        let e = try rt.bigInteger(b)
        if x == 0 || !x.isFinite { return .float(x) }
        // Exponents beyond ±2200 overflow or vanish whatever x is.
        let clamped = Int(max(min(e, 2200), -2200))
        let r = Foundation.scalbn(x, clamped)
        if r.isInfinite { throw PyError("OverflowError", "math range error") }
        return .float(r)
      },
      .one("modf", "math") { (rt, v) throws(PyError) in
        let x = try rt.double(v)
        if x.isInfinite { return .tuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)]) }
        let whole = x.rounded(.towardZero)
        return .tuple([.float(x.isNaN ? x : Double(signOf: x, magnitudeOf: Swift.abs(x - whole))), .float(whole)])
      },
      .two("nextafter", "math") { (rt, a, b) throws(PyError) in
        .float(Foundation.nextafter(try rt.double(a), try rt.double(b)))
      },
      .one("ulp", "math") { (rt, v) throws(PyError) in
        let x = Swift.abs(try rt.double(v))
        if !x.isFinite { return .float(x) }
        let up = x.nextUp
        return .float(up.isInfinite ? x - x.nextDown : up - x)
      },
      .one("isqrt", "math") { (rt, v) throws(PyError) in
        let n = try rt.bigInteger(v)
        if n < 0 { throw PyError("ValueError", "isqrt() argument must be nonnegative") }
        return PyBigInt.make(BigInt(n.magnitude.squareRoot()))
      },
      .general("gcd", "math") { (rt, a) throws(PyError) in
        var g = BigInt(0)
        for v in a.positional { g = BigInt(g.greatestCommonDivisor(with: try rt.bigInteger(v))) }
        return PyBigInt.make(g)
      },
      .general("lcm", "math") { (rt, a) throws(PyError) in
        var l = BigInt(1)
        for v in a.positional {
          let x = try rt.bigInteger(v)
          if x == 0 { return .int(0) }
          l = BigInt((l * x).magnitude) / BigInt(l.greatestCommonDivisor(with: x))
        }
        return PyBigInt.make(l)
      },
      .general("comb", "math") { (rt, a) throws(PyError) in
        guard a.positional.count == 2 else {
          throw PyError("TypeError", "comb expected 2 arguments, got \(a.positional.count)")
        }
        let n = try rt.index(a.positional[0])
        let k = try rt.index(a.positional[1])
        if n < 0 || k < 0 { throw PyError("ValueError", "\(n < 0 ? "n" : "k") must be a non-negative integer") }
        if k > n { return .int(0) }
        var r = BigInt(1)
        let kk = min(k, n - k)
        if kk > 0 { for i in 1...kk { r = r * BigInt(n - kk + i) / BigInt(i) } }
        return PyBigInt.make(r)
      },
      .general("perm", "math") { (rt, a) throws(PyError) in
        let n = try rt.index(a.positional.first ?? .none)
        let k = a.positional.count > 1 && !a.positional[1].isNone ? try rt.index(a.positional[1]) : n
        if n < 0 || k < 0 { throw PyError("ValueError", "\(n < 0 ? "n" : "k") must be a non-negative integer") }
        if k > n { return .int(0) }
        var r = BigInt(1)
        if k > 0 { for i in (n - k + 1)...n { r *= BigInt(i) } }
        return PyBigInt.make(r)
      },
      .general("prod", "math") { (rt, a) throws(PyError) in
        let p = try a.bind("prod", ["iterable"], required: 1, keywordOnly: ["start"])
        var r = p[1] ?? .int(1)
        try rt.forEach(p[0] ?? .none) { (x) throws(PyError) -> Bool in
          r = try rt.binary(.mul, r, x)
          return true
        }
        return r
      },
      .one("fsum", "math") { (rt, v) throws(PyError) in
        var values: [Double] = []
        try rt.forEach(v) { (x) throws(PyError) -> Bool in
          values.append(try rt.double(x))
          return true
        }
        return .float(try exactSum(values))
      },
      .general("isclose", "math") { (rt, a) throws(PyError) in
        let p = try a.bind("isclose", ["a", "b"], required: 2, keywordOnly: ["rel_tol", "abs_tol"])
        let x = try rt.double(p[0] ?? .none)
        let y = try rt.double(p[1] ?? .none)
        let rel = try p[2].map { (r) throws(PyError) in try rt.double(r) } ?? 1e-9
        let absTol = try p[3].map { (r) throws(PyError) in try rt.double(r) } ?? 0
        if rel < 0 || absTol < 0 { throw PyError("ValueError", "tolerances must be non-negative") }
        if x == y { return .bool(true) }
        if x.isInfinite || y.isInfinite { return .bool(false) }
        let diff = abs(y - x)
        return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
      },
      .two("dist", "math") { (rt, p, q) throws(PyError) in
        let a = try rt.collect(p)
        let b = try rt.collect(q)
        guard a.count == b.count else {
          throw PyError("ValueError", "both points must have the same number of dimensions")
        }
        var s = 0.0
        for k in 0..<a.count {
          let d = try rt.double(a[k]) - rt.double(b[k])
          s += d * d
        }
        return .float(s.squareRoot())
      },
    ]
    return .make(
      "math", functions: functions,
      values: [
        "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi), "inf": .float(.infinity),
        "nan": .float(.nan),
      ])
  }

  /// Shewchuk's exactly rounded sum (CPython's `math.fsum`), with its errors: a partial sum of finite values
  /// that overflows, and infinities of both signs.
  static func exactSum(_ values: [Double]) throws(PyError) -> Double {
    var partials: [Double] = []
    var special = 0.0
    var infinities = 0.0
    for var x in values {
      if !x.isFinite {
        if x.isInfinite { infinities += x }
        special += x
        continue
      }
      var i = 0
      for var y in partials {
        if abs(x) < abs(y) { swap(&x, &y) }
        let hi = x + y
        let lo = y - (hi - x)
        if lo != 0 {
          partials[i] = lo
          i += 1
        }
        x = hi
      }
      partials.removeSubrange(i...)
      if !x.isFinite { throw PyError("OverflowError", "intermediate overflow in fsum") }
      if x != 0 { partials.append(x) }
    }
    if special != 0 || special.isNaN {
      if infinities.isNaN { throw PyError("ValueError", "-inf + inf in fsum") }
      return special
    }
    var n = partials.count
    var hi = 0.0
    if n > 0 {
      n -= 1
      hi = partials[n]
      var lo = 0.0
      while n > 0 {
        let x = hi
        n -= 1
        let y = partials[n]
        hi = x + y
        let yr = hi - x
        lo = y - yr
        if lo != 0 { break }
      }
      if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
        let y = lo * 2
        let x = hi + y
        let yr = x - hi
        if y == yr { hi = x }
      }
    }
    return hi
  }
}
