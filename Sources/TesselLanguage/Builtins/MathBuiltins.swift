import Foundation
import TensorModule

/// Elementwise math, numbers in and numbers out or tensors in and tensors out.
enum MathBuiltins {
  /// name, function, formula and example.
  static let unary: [(String, UnaryFunction, String)] = [
    ("exp", .exp, "e^x. Example: exp(1)  →  2.718281828459045"),
    ("log", .log, "Natural logarithm; log(0) is -inf. Example: log(e)  →  1"),
    ("log2", .log2, "Base-2 logarithm. Example: log2(8)  →  3"),
    ("log10", .log10, "Base-10 logarithm. Example: log10(1000)  →  3"),
    ("log1p", .log1p, "log(1 + x), accurate for tiny x. Example: log1p(1e-10)"),
    ("expm1", .expm1, "e^x - 1, accurate for tiny x. Example: expm1(1e-10)"),
    ("sqrt", .sqrt, "Square root; negative numbers give nan. Example: sqrt(2)"),
    ("square", .square, "x². Example: square([1, 2, 3])"),
    ("sin", .sin, "Sine (radians). Example: sin(pi / 2)  →  1"),
    ("cos", .cos, "Cosine (radians). Example: cos(0)  →  1"),
    ("tan", .tan, "Tangent (radians)."),
    ("tanh", .tanh, "Hyperbolic tangent. Example: tanh(0)  →  0"),
    ("sinh", .sinh, "Hyperbolic sine."),
    ("cosh", .cosh, "Hyperbolic cosine."),
    ("arctan", .arctan, "Inverse tangent."),
    ("arcsin", .arcsin, "Inverse sine."),
    ("arccos", .arccos, "Inverse cosine."),
    ("floor", .floor, "Largest integer ≤ x. Example: floor(-1.5)  →  -2"),
    ("ceil", .ceil, "Smallest integer ≥ x. Example: ceil(1.2)  →  2"),
    ("sign", .sign, "-1, 0 or 1 by the sign of x."),
    ("sigmoid", .sigmoid, "1 / (1 + e^-x), computed without overflow. Example: sigmoid(0)  →  0.5"),
    ("relu", .relu, "max(x, 0). Example: relu([-1, 2])  →  array([0., 2.])"),
    ("isnan", .isnan, "Whether x is nan (elementwise)."),
    ("isfinite", .isfinite, "Whether x is neither inf nor nan (elementwise)."),
    ("isinf", .isinf, "Whether x is ±inf (elementwise)."),
    ("logical_not", .logicalNot, "Elementwise not."),
    ("abs", .abs, "Absolute value (elementwise). Example: abs(-3)  →  3"),
    ("arcsinh", .arcsinh, "Inverse hyperbolic sine."),
    ("arccosh", .arccosh, "Inverse hyperbolic cosine."),
    ("arctanh", .arctanh, "Inverse hyperbolic tangent."),
    ("exp2", .exp2, "2^x. Example: exp2(10)  →  1024"),
    ("cbrt", .cbrt, "Cube root, negative for negative x. Example: cbrt(-8)  →  -2"),
    ("reciprocal", .reciprocal, "1 / x. Example: reciprocal(4)  →  0.25"),
    ("negative", .negative, "-x. Example: negative([1, -2])"),
    ("sinc", .sinc, "sin(πx) / (πx), 1 at 0 (NumPy's normalised sinc). Example: sinc(0.5)"),
    ("deg2rad", .deg2rad, "Degrees to radians, x·π/180. Example: deg2rad(180)  →  pi"),
    ("rad2deg", .rad2deg, "Radians to degrees, x·180/π. Example: rad2deg(pi)  →  180"),
    ("trunc", .trunc, "Rounds toward zero. Example: trunc(-1.7)  →  -1"),
    ("signbit", .signbit, "Whether the sign bit is set (true for -0.0). Example: signbit(-0.0)  →  True"),
  ]

  /// NumPy's binary ufuncs by name (operators have their own spelling too), with broadcasting.
  static let binaryFunctions: [(String, BinaryOperator, String)] = [
    ("add", .add, "x1 + x2, elementwise."), ("subtract", .subtract, "x1 - x2, elementwise."),
    ("multiply", .multiply, "x1 * x2, elementwise."), ("divide", .divide, "x1 / x2, elementwise (true division)."),
    ("floor_divide", .floorDivide, "x1 // x2, elementwise."),
    ("mod", .modulo, "x1 % x2 with the sign of x2 (Python's rule), elementwise."),
    ("power", .power, "x1 ** x2, elementwise."),
    ("equal", .equal, "x1 == x2, elementwise."), ("not_equal", .notEqual, "x1 != x2, elementwise."),
    ("less", .less, "x1 < x2, elementwise."), ("less_equal", .lessEqual, "x1 <= x2, elementwise."),
    ("greater", .greater, "x1 > x2, elementwise."), ("greater_equal", .greaterEqual, "x1 >= x2, elementwise."),
    ("logical_and", .logicalAnd, "Both true (non-zero), elementwise."),
    ("logical_or", .logicalOr, "Either true (non-zero), elementwise."),
    ("logical_xor", .logicalXor, "Exactly one true (non-zero), elementwise."),
    ("maximum", .maximum, "Elementwise larger of two (nan if either is nan). Example: maximum(x, 0)"),
    ("minimum", .minimum, "Elementwise smaller of two (nan if either is nan). Example: minimum(x, 1)"),
    ("fmax", .fmax, "Elementwise larger of two, ignoring a nan on one side."),
    ("fmin", .fmin, "Elementwise smaller of two, ignoring a nan on one side."),
    ("arctan2", .arctan2, "The angle of the point (x2, x1), elementwise."),
    ("hypot", .hypot, "√(x1² + x2²) without overflow, elementwise."),
    ("copysign", .copysign, "|x1| with the sign of x2, elementwise."),
    ("heaviside", .heaviside, "0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0."),
    ("logaddexp", .logaddexp, "log(e^x1 + e^x2) without overflow, elementwise."),
  ]

  static func apply(_ f: UnaryFunction, _ v: Value, _ c: BuiltinCall) throws(TesselError) -> Value {
    switch v {
    case .number(let x):
      let y = f.apply(x)
      return f.givesBool ? .bool(y != 0) : .number(y)
    case .bool(let b):
      let y = f.apply(b ? 1 : 0)
      return f.givesBool ? .bool(y != 0) : .number(y)
    default:
      let x = try c.tensor("x")
      return .tensor(try c.lift { () throws(TensorError) in try x.apply(f) })
    }
  }

  static func binary(_ c: BuiltinCall, _ op: BinaryOperator) throws(TesselError) -> Value {
    let (a, b) = (try c.tensor("x1"), try c.tensor("x2"))
    return TensorValues.value(try c.lift { () throws(TensorError) in try Tensor.combine(a, b, op) })
  }

  static let all: [Builtin] =
    unary.map { name, f, doc in
      Builtin(name, [Parameter("x")], summary(doc), details: doc) {
        c throws(TesselError) in try apply(f, c.value("x"), c)
      }
    }
    + binaryFunctions.map { name, op, doc in
      Builtin(name, [Parameter("x1"), Parameter("x2")], summary(doc), details: doc) {
        c throws(TesselError) in try binary(c, op)
      }
    } + [
      Builtin(
        "round", [Parameter("x"), Parameter("decimals", .optional(.number(0)))],
        "Rounds to the given decimals, halves to even (NumPy's rule).",
        details: "round(x, d) = rint(x · 10^d) / 10^d.\nExample: round(2.5)  →  2, round(3.14159, 2)  →  3.14"
      ) { c throws(TesselError) in
        let d = try c.integer("decimals")
        let scale = Foundation.pow(10, Double(d))
        let f: (Double) -> Double = {
          d == 0 ? $0.rounded(.toNearestOrEven) : ($0 * scale).rounded(.toNearestOrEven) / scale
        }
        if case .tensor(let t) = c.value("x") { return .tensor(t.map(f)) }
        return .number(f(try c.number("x")))
      },
      Builtin(
        "clip", [Parameter("a"), Parameter("a_min"), Parameter("a_max")],
        "Limits values to [a_min, a_max] (None leaves a side open).", details: "Example: clip(p, 1e-15, 1 - 1e-15)"
      ) { c throws(TesselError) in
        let lo = try c.optionalNumber("a_min") ?? -.infinity
        let hi = try c.optionalNumber("a_max") ?? .infinity
        let f: (Double) -> Double = { $0.isNaN ? $0 : Swift.min(Swift.max($0, lo), hi) }
        if case .tensor(let t) = c.value("a") { return .tensor(t.map(f)) }
        return .number(f(try c.number("a")))
      },
      Builtin(
        "softmax", [Parameter("x"), Parameter("axis", .optional(.none))],
        "e^x / Σ e^x, shifted by the max so it never overflows (scipy.special.softmax).",
        details: "axis=None normalises over all elements.\nExample: softmax([1, 2, 3])"
      ) { c throws(TesselError) in
        let x = try c.tensor("x")
        let axes = try c.axes()
        return .tensor(
          try c.lift { () throws(TensorError) in
            let shifted = try Tensor.combine(x, try x.reduce(.max, axes: axes, keepdims: true), .subtract)
            let e = try shifted.apply(.exp)
            return try Tensor.combine(e, try e.reduce(.sum, axes: axes, keepdims: true), .divide)
          })
      },
      Builtin(
        "logsumexp",
        [Parameter("a"), Parameter("axis", .optional(.none)), Parameter("keepdims", .optional(.bool(false)))],
        "log Σ e^a, computed as m + log Σ e^(a-m) so it never overflows (scipy.special.logsumexp).",
        details: "Example: logsumexp([1000, 1000])  →  1000.6931471805599"
      ) { c throws(TesselError) in
        let a = try c.tensor("a")
        let axes = try c.axes()
        let keep = try c.bool("keepdims")
        return TensorValues.value(
          try c.lift { () throws(TensorError) in
            var m = try a.reduce(.max, axes: axes, keepdims: true)
            m = m.map { $0.isFinite ? $0 : 0 }
            let s = try Tensor.combine(a, m, .subtract).apply(.exp).reduce(.sum, axes: axes, keepdims: true)
            let out = try Tensor.combine(s.apply(.log), m, .add)
            return keep ? out : try out.squeeze(axes == .all ? nil : try a.normalize(axesList(axes)))
          })
      },
      Builtin(
        "isclose",
        [
          Parameter("a"), Parameter("b"), Parameter("rtol", .optional(.number(1e-5))),
          Parameter("atol", .optional(.number(1e-8))),
        ],
        "Elementwise |a - b| ≤ atol + rtol·|b| (NumPy's test).", details: "Example: isclose(0.1 + 0.2, 0.3)  →  True"
      ) { c throws(TesselError) in
        TensorValues.value(try Closeness.isClose(c))
      },
      Builtin(
        "allclose",
        [
          Parameter("a"), Parameter("b"), Parameter("rtol", .optional(.number(1e-5))),
          Parameter("atol", .optional(.number(1e-8))),
        ],
        "Whether every |a - b| ≤ atol + rtol·|b| (NumPy's allclose).", details: "Example: allclose(A @ inv(A), eye(3))"
      ) { c throws(TesselError) in
        .bool(try Closeness.isClose(c).data.allSatisfy { $0 != 0 })
      },
      Builtin(
        "array_equal", [Parameter("a1"), Parameter("a2")], "Whether two tensors have the same shape and elements."
      ) { c throws(TesselError) in
        let (a, b) = (try c.tensor("a1"), try c.tensor("a2"))
        return .bool(a.shape == b.shape && a.data == b.data)
      },
    ]

  /// The first sentence of a table entry, as the one-line summary.
  static func summary(_ doc: String) -> String {
    let first = doc.components(separatedBy: ". ")[0]
    return first.hasSuffix(".") ? first : first + "."
  }

  static func axesList(_ axes: Axes) -> [Int] {
    if case .some(let list) = axes { return list }
    return []
  }
}

/// NumPy's `isclose`: `|a - b| <= atol + rtol * |b|`, with equal infinities close and nans never.
enum Closeness {
  /// `isclose(a, b, rtol, atol)` from a call's arguments.
  static func isClose(_ c: BuiltinCall) throws(TesselError) -> Tensor {
    let (a, b) = (try c.tensor("a"), try c.tensor("b"))
    let (rtol, atol) = (try c.number("rtol"), try c.number("atol"))
    return try c.lift { () throws(TensorError) in try isClose(a, b, rtol, atol) }
  }

  static func isClose(_ a: Tensor, _ b: Tensor, _ rtol: Double, _ atol: Double) throws(TensorError) -> Tensor {
    let diff = try Tensor.combine(a, b, .subtract)
    let bound = try Tensor.combine(b.map { atol + rtol * Swift.abs($0) }, Tensor(shape: [], data: [0]), .add)
    var out = try Tensor.combine(diff.apply(.abs), bound, .lessEqual)
    let equal = try Tensor.combine(a, b, .equal)
    for i in out.data.indices where equal.data[i] != 0 { out.data[i] = 1 }
    return out
  }
}
