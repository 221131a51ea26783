import Foundation
import StatisticsModule
import TensorModule

/// `scipy.special`: the functions ML code reaches for (the logistic pair, the error function and normal cdf,
/// `xlogy` and the entropy terms, `softmax`/`log_softmax`/`logsumexp`, `comb`/`binom`), each as SciPy computes it
/// (its `xsf` formulas and Cephes' approximations), so the digits are SciPy's.
enum SciPySpecial {
  static func make(_ rt: Runtime) -> PyModule {
    .make(
      "scipy.special",
      functions: [
        unary("expit") { Special.expit($0) }, unary("logit") { Special.logit($0) },
        unary("log_expit") { Special.logExpit($0) },
        unary("erf") { Special.erf($0) }, unary("erfc") { Special.erfc($0) },
        unary("ndtr") { Special.ndtr($0) }, unary("ndtri") { Special.ndtri($0) },
        // xsf's erfcinv: −ndtri(y/2)/√2 inside (0, 2), ±∞ at the ends, NaN outside.
        unary("erfcinv") { y in
          if y > 0 && y < 2 { return -Special.ndtri(0.5 * y) * 0.70710678118654752440 }
          if y == 0 { return .infinity }
          return y == 2 ? -.infinity : .nan
        },
        unary("erfinv") { Special.erfInverse($0) },
        unary("entr") { Special.entr($0) },
        binary("xlogy") { Special.xlogy($0, $1) }, binary("xlog1py") { Special.xlog1py($0, $1) },
        binary("rel_entr") { x, y in
          if x.isNaN || y.isNaN { return .nan }
          if x > 0 && y > 0 { return x * Foundation.log(x / y) }
          return x == 0 && y >= 0 ? 0 : .infinity
        },
        binary("kl_div") { x, y in
          if x.isNaN || y.isNaN { return .nan }
          if x > 0 && y > 0 { return x * Foundation.log(x / y) - x + y }
          return x == 0 && y >= 0 ? y : .infinity
        },
        binary("binom") { n, k in Special.binomialCoefficient(n, k) ?? .nan },
        unary("gamma") { Special.gamma($0) }, unary("gammaln") { Special.logAbsGamma($0) },
        unary("gammasgn") { Special.gammaSign($0) }, unary("rgamma") { Special.reciprocalGamma($0) },
        unary("loggamma") { $0 < 0 ? .nan : Special.logAbsGamma($0) },
        unary("psi") { Special.digamma($0) }, unary("digamma") { Special.digamma($0) },
        binary("beta") { Special.beta($0, $1) }, binary("betaln") { Special.logAbsBeta($0, $1) },
        softmax(log: false), softmax(log: true), logsumexp, comb, SpecialFactorial.function,
        binary("gammainc") { Special.gammaP($0, $1) }, binary("gammaincc") { Special.gammaQ($0, $1) },
        binary("gammaincinv") { Special.gammaPInverse($0, $1) },
        binary("gammainccinv") { Special.gammaQInverse($0, $1) },
        binary("chdtr") { v, x in x < 0 ? .nan : Special.gammaP(v / 2, x / 2) },
        binary("chdtrc") { v, x in x < 0 ? .nan : Special.gammaQ(v / 2, x / 2) },
        binary("stdtr") { df, t in
          if df.isNaN || t.isNaN || df <= 0 { return .nan }
          if t.isInfinite { return t > 0 ? 1 : 0 }
          let y = StudentT(df: df).cdf(t)
          return y < 0 || y > 1 ? .nan : y
        },
        ternary("betainc") { a, b, x in Special.regularizedBeta(a, b, x) },
        ternary("fdtr") { m, n, x in Special.fisherTail(m, n, x, complement: false) },
        ternary("fdtrc") { m, n, x in Special.fisherTail(m, n, x, complement: true) },
      ])
  }

  /// A one-argument SciPy ufunc: np.float64 for a number, a float64 array otherwise.
  static func unary(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> PyBuiltin {
    .one(name, "scipy.special") { (rt, v) throws(PyError) in
      let x = try NumPyFunctions.floats(rt, v)
      return ArrayArithmetic.wrap(NDArray.from(x.map(f)))
    }
  }

  /// A two-argument SciPy ufunc over broadcast operands.
  static func binary(_ name: String, _ f: @escaping @Sendable (Double, Double) -> Double) -> PyBuiltin {
    .general(name, "scipy.special") { (rt, a) throws(PyError) in
      guard a.positional.count == 2, a.keywords.isEmpty else {
        throw PyError(
          "TypeError", "\(name)() takes from 2 to 3 positional arguments but \(a.positional.count) were given")
      }
      if name == "binom" {
        try ensureExactBinomial(rt, a.positional[0], a.positional[1])
      }
      let x = try NumPyFunctions.floats(rt, a.positional[0])
      let y = try NumPyFunctions.floats(rt, a.positional[1])
      return ArrayArithmetic.wrap(NDArray.from(try broadcast(x, y, f)))
    }
  }

  /// A three-argument SciPy ufunc over broadcast operands.
  static func ternary(_ name: String, _ f: @escaping @Sendable (Double, Double, Double) -> Double) -> PyBuiltin {
    .general(name, "scipy.special") { (rt, a) throws(PyError) in
      guard a.positional.count == 3, a.keywords.isEmpty else {
        throw PyError(
          "TypeError", "\(name)() takes from 3 to 4 positional arguments but \(a.positional.count) were given")
      }
      let t = try a.positional.map { (v) throws(PyError) in try NumPyFunctions.floats(rt, v) }
      guard let xy = Broadcast.shape(of: t[0].shape, and: t[1].shape),
        let shape = Broadcast.shape(of: xy, and: t[2].shape)
      else { throw PyError.notBroadcastable(t[0].shape, t[1].shape, t[2].shape) }
      var full: [Tensor] = []
      for operand in t {
        full.append(try NumPyFunctions.lift { () throws(TensorError) in try operand.broadcast(to: shape) })
      }
      let out = (0..<full[0].count).map { i in f(full[0].data[i], full[1].data[i], full[2].data[i]) }
      return ArrayArithmetic.wrap(NDArray.from(Tensor(shape: shape, data: out)))
    }
  }

  static func broadcast(_ x: Tensor, _ y: Tensor, _ f: (Double, Double) -> Double) throws(PyError) -> Tensor {
    guard let shape = Broadcast.shape(of: x.shape, and: y.shape) else {
      throw PyError.notBroadcastable(x.shape, y.shape)
    }
    let sx = Broadcast.strides(of: x.shape, to: shape)
    let sy = Broadcast.strides(of: y.shape, to: shape)
    var index = [Int](repeating: 0, count: shape.count)
    var out: [Double] = []
    let count = shape.reduce(1, *)
    out.reserveCapacity(count)
    for _ in 0..<count {
      var i = 0
      var j = 0
      for (k, n) in index.enumerated() {
        i += n * sx[k]
        j += n * sy[k]
      }
      out.append(f(x.data[i], y.data[j]))
      Broadcast.advance(&index, in: shape)
    }
    return Tensor(shape: shape, data: out)
  }

  /// `binom`/`comb` take SciPy's beta-function path for k ≥ 20 (after reflection) or non-integer k; Tessel has
  /// only the exact product, so those say so.
  static func ensureExactBinomial(_ rt: Runtime, _ n: Value, _ k: Value) throws(PyError) {
    let ns = try NumPyFunctions.floats(rt, n)
    let ks = try NumPyFunctions.floats(rt, k)
    let all = try broadcast(ns, ks) { n, k in Special.binomialCoefficient(n, k) == nil && !(k > n || k < 0) ? 1 : 0 }
    if all.data.contains(1) {
      throw PyError(
        "NotImplementedError",
        "binom/comb with non-integer k or k ≥ 20 (after k → n − k) is not in Tessel yet; comb(..., exact=True) is")
    }
  }

  /// `comb(N, k, *, exact=False, repetition=False)`.
  static let comb = PyBuiltin.general("comb", "scipy.special") { (rt, a) throws(PyError) in
    let p = try a.bind("comb", ["N", "k"], required: 2, keywordOnly: ["exact", "repetition"])
    var n = p[0] ?? .none
    let k = p[1] ?? .none
    let exact = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    if let r = p[3], try rt.truthy(r) {
      if exact, try rt.double(k) == 0, try rt.double(n) >= 0 { return .int(1) }
      n = try rt.binary(.sub, try rt.binary(.add, n, k), .int(1))
      if !exact, try rt.double(k) == 0, try rt.double(p[0] ?? .none) >= 0 { return .f64(1) }
    }
    if exact {
      let nd = try rt.double(n)
      let kd = try rt.double(k)
      guard nd == nd.rounded(.down) && kd == kd.rounded(.down) else {
        throw PyError("ValueError", "Non-integer `N` and `k` with `exact=True` is not supported.")
      }
      let (ni, ki) = (
        try rt.index(try rt.call(.object(BuiltinTypes.int), [n])),
        try rt.index(try rt.call(.object(BuiltinTypes.int), [k]))
      )
      if ki > ni || ni < 0 || ki < 0 { return .int(0) }
      guard let c = try rt.importModule("math").attributes["comb"] else { return .none }
      return try rt.call(c, [.int(ni), .int(ki)])
    }
    try ensureExactBinomial(rt, n, k)
    let ns = try NumPyFunctions.floats(rt, n)
    let ks = try NumPyFunctions.floats(rt, k)
    let values = try broadcast(ns, ks) { n, k in
      k <= n && n >= 0 && k >= 0 ? (Special.binomialCoefficient(n, k) ?? .nan) : 0
    }
    return ArrayArithmetic.wrap(NDArray.from(values))
  }

  static func axis(_ rt: Runtime, _ v: Value?) throws(PyError) -> Axes {
    guard let axes = try NumPyFunctions.axesArgument(v, rt) else { return .all }
    return .some(axes)
  }

  /// `softmax(x, axis=None)` and `log_softmax`: shifted by the maximum, as SciPy.
  static func softmax(log: Bool) -> PyBuiltin {
    let name = log ? "log_softmax" : "softmax"
    return .general(name, "scipy.special") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["x", "axis"], required: 1)
      let x = try NumPyFunctions.floats(rt, p[0] ?? .none)
      let axes = try axis(rt, p[1])
      let result = try NumPyFunctions.lift { () throws(TensorError) -> Tensor in
        var top = try x.reduce(.max, axes: axes, keepdims: true)
        if log { top = top.map { $0.isFinite ? $0 : 0 } }
        let shifted = try Tensor.combine(x, top, .subtract)
        let e = try shifted.apply(.exp)
        let total = try e.reduce(.sum, axes: axes, keepdims: true)
        if log { return try Tensor.combine(shifted, try total.apply(.log), .subtract) }
        return try Tensor.combine(e, total, .divide)
      }
      return ArrayArithmetic.wrap(NDArray.from(result))
    }
  }

  /// `logsumexp(a, axis=None, keepdims=False)`: log1p of the other terms' sum over the maximum's count, plus the
  /// log of that count and the maximum, as SciPy's `_logsumexp`; log(sum(exp(a))) where that is not finite.
  static let logsumexp = PyBuiltin.general("logsumexp", "scipy.special") { (rt, a) throws(PyError) in
    let p = try a.bind("logsumexp", ["a", "axis", "b", "keepdims", "return_sign"], required: 1)
    try NumPyFunctions.unsupported("logsumexp", ["b"], [p[2]])
    if let r = p[4], try rt.truthy(r) {
      throw PyError("NotImplementedError", "logsumexp(return_sign=True) is not in Tessel yet")
    }
    var x = try NumPyFunctions.floats(rt, p[0] ?? .none)
    if x.ndim == 0 { x = Tensor(shape: [1], data: x.data) }
    let axes = try axis(rt, p[1])
    let keep = try p[3].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    let result = try NumPyFunctions.lift { () throws(TensorError) -> Tensor in
      // Nothing to sum: log 0 wherever the reduced axes are empty.
      if x.count == 0 { return try x.reduce(.sum, axes: axes, keepdims: keep).map { _ in -.infinity } }
      let top = try x.reduce(.max, axes: axes, keepdims: true)
      let isTop = try Tensor.combine(x, top, .equal)
      var others = x
      for i in others.data.indices where isTop.data[i] != 0 { others.data[i] = -.infinity }
      let count = try isTop.map { $0 }.reduce(.sum, axes: axes, keepdims: true)
      let e = try (try Tensor.combine(others, top, .subtract)).apply(.exp)
      var s = try e.reduce(.sum, axes: axes, keepdims: true)
      for i in s.data.indices where s.data[i] != 0 { s.data[i] /= count.data[i] }
      var out = try Tensor.combine(
        try Tensor.combine(try s.apply(.log1p), try count.apply(.log), .add), top, .add)
      let fallback = try (try (try x.apply(.exp)).reduce(.sum, axes: axes, keepdims: true)).apply(.log)
      for i in out.data.indices where !out.data[i].isFinite { out.data[i] = fallback.data[i] }
      if !keep { out = try out.reduce(.sum, axes: axes, keepdims: false) }
      return out
    }
    return ArrayArithmetic.wrap(NDArray.from(result))
  }
}
