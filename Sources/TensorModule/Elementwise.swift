import AVX512Kernels
import Foundation
import Interruption
import VectorKernels

/// The binary elementwise operators, NumPy's ufuncs for `+ - * / // % **`, comparisons and logic.
public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%", power = "**"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case and = "&", or = "|", xor = "^"
  case maximum, minimum, arctan2
  /// NumPy's other binary ufuncs; the logical ones take any dtype by truth value.
  case fmax, fmin, hypot, copysign, heaviside, logaddexp, fmod
  case logicalAnd = "logical_and", logicalOr = "logical_or", logicalXor = "logical_xor"

  /// Comparisons and logic give bool tensors.
  public var givesBool: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .and, .or, .xor: true
    case .logicalAnd, .logicalOr, .logicalXor: true
    default: false
    }
  }
}

extension Tensor {
  /// `a op b` with broadcasting; a `ShapeError` naming both shapes and the operator if they do not broadcast.
  public static func combine(_ a: Tensor, _ b: Tensor, _ op: BinaryOperator) throws(TensorError) -> Tensor {
    switch op {
    case .add: return try broadcast(a, b, op) { $0 + $1 }
    case .subtract: return try broadcast(a, b, op) { $0 - $1 }
    case .multiply: return try broadcast(a, b, op) { $0 * $1 }
    case .divide: return try broadcast(a, b, op) { $0 / $1 }
    case .floorDivide: return try broadcast(a, b, op) { FloatDivision.numpyFloorDivide($0, $1) }
    case .modulo: return try broadcast(a, b, op) { FloatDivision.numpyRemainder($0, $1) }
    case .power:
      if b.count == 1 && b.ndim == 0 {
        let y = b.data[0]
        if y == 2 { return a.map { $0 * $0 } }
        if y == 0.5 { return a.map { $0.squareRoot() } }
        if y == 1 { return a.map { $0 } }
      }
      return try broadcast(a, b, op) { Foundation.pow($0, $1) }
    case .equal: return try broadcast(a, b, op) { $0 == $1 ? 1 : 0 }
    case .notEqual: return try broadcast(a, b, op) { $0 != $1 ? 1 : 0 }
    case .less: return try broadcast(a, b, op) { $0 < $1 ? 1 : 0 }
    case .lessEqual: return try broadcast(a, b, op) { $0 <= $1 ? 1 : 0 }
    case .greater: return try broadcast(a, b, op) { $0 > $1 ? 1 : 0 }
    case .greaterEqual: return try broadcast(a, b, op) { $0 >= $1 ? 1 : 0 }
    case .and, .or, .xor:
      guard a.isBool && b.isBool else {
        let which = a.isBool ? b : a
        throw TensorError(
          .type,
          "'\(op.rawValue)' works elementwise on bool tensors, not \(which.dtype.rawValue); compare first, e.g. (x > 0) \(op.rawValue) (y > 0)"
        )
      }
      switch op {
      case .and: return try broadcast(a, b, op) { $0 != 0 && $1 != 0 ? 1 : 0 }
      case .or: return try broadcast(a, b, op) { $0 != 0 || $1 != 0 ? 1 : 0 }
      default: return try broadcast(a, b, op) { ($0 != 0) != ($1 != 0) ? 1 : 0 }
      }
    case .maximum: return try broadcast(a, b, op) { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
    case .minimum: return try broadcast(a, b, op) { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
    case .arctan2: return try broadcast(a, b, op) { atan2($0, $1) }
    // NaN only where both are NaN.
    case .fmax: return try broadcast(a, b, op) { $1.isNaN || $0 >= $1 ? $0 : $1 }
    case .fmin: return try broadcast(a, b, op) { $1.isNaN || $0 <= $1 ? $0 : $1 }
    case .hypot: return try broadcast(a, b, op) { Foundation.hypot($0, $1) }
    // C's remainder: the sign of the dividend (integer division by zero gives 0, as NumPy's int loop).
    case .fmod:
      let integers = a.dtype != .float64 && b.dtype != .float64
      return try broadcast(a, b, op) { x, y in y == 0 && integers ? 0 : Foundation.fmod(x, y) }
    case .copysign: return try broadcast(a, b, op) { Foundation.copysign($0, $1) }
    case .heaviside: return try broadcast(a, b, op) { $0.isNaN ? .nan : $0 < 0 ? 0 : $0 > 0 ? 1 : $1 }
    // NumPy's npy_logaddexp: the larger plus log1p(exp(-|difference|)); equal values give x + log 2.
    case .logaddexp:
      return try broadcast(a, b, op) { x, y in
        if x == y { return x + M_LN2 }
        let d = x - y
        return d > 0 ? x + Foundation.log1p(Foundation.exp(-d)) : d <= 0 ? y + Foundation.log1p(Foundation.exp(d)) : d
      }
    case .logicalAnd: return try broadcast(a, b, op) { $0 != 0 && $1 != 0 ? 1 : 0 }
    case .logicalOr: return try broadcast(a, b, op) { $0 != 0 || $1 != 0 ? 1 : 0 }
    case .logicalXor: return try broadcast(a, b, op) { ($0 != 0) != ($1 != 0) ? 1 : 0 }
    }
  }

  /// The broadcasting loop, specialised for each operator by inlining `f`; equal shapes and a scalar side
  /// take straight loops the compiler vectorises.
  @inline(__always)
  static func broadcast(_ a: Tensor, _ b: Tensor, _ op: BinaryOperator, _ f: (Double, Double) -> Double)
    throws(TensorError) -> Tensor
  {
    let dtype: DType = op.givesBool ? .bool : .float64
    var finished = true
    if a.shape == b.shape {
      let t = Tensor(shape: a.shape, dtype: dtype) { out in
        a.data.withUnsafeBufferPointer { x in
          b.data.withUnsafeBufferPointer { y in
            finished = inChunks(out.count) { r in for i in r { out[i] = f(x[i], y[i]) } }
          }
        }
      }
      guard finished else { throw .interrupted }
      return t
    }
    guard let shape = Broadcast.shape(of: a.shape, and: b.shape) else {
      // NumPy's message, trailing space included.
      throw TensorError(
        .shape,
        "operands could not be broadcast together with shapes \(Tensor.compact(a.shape)) \(Tensor.compact(b.shape)) ")
    }
    if shape != a.shape && shape != b.shape { try MemoryBudget.reserve(shape, dtype: dtype.rawValue) }
    if b.count == 1 && shape == a.shape {
      let y = b.data[0]
      let t = Tensor(shape: shape, dtype: dtype) { out in
        a.data.withUnsafeBufferPointer { x in
          finished = inChunks(out.count) { r in for i in r { out[i] = f(x[i], y) } }
        }
      }
      guard finished else { throw .interrupted }
      return t
    }
    if a.count == 1 && shape == b.shape {
      let x = a.data[0]
      let t = Tensor(shape: shape, dtype: dtype) { out in
        b.data.withUnsafeBufferPointer { y in
          finished = inChunks(out.count) { r in for i in r { out[i] = f(x, y[i]) } }
        }
      }
      guard finished else { throw .interrupted }
      return t
    }
    let sa = Broadcast.strides(of: a.shape, to: shape)
    let sb = Broadcast.strides(of: b.shape, to: shape)
    return Tensor(shape: shape, dtype: dtype) { out in
      a.data.withUnsafeBufferPointer { x in
        b.data.withUnsafeBufferPointer { y in
          Broadcast.forEachRun(shape, sa, sb) { o, i, j, n, di, dj in
            var (i, j) = (i, j)
            for k in o..<(o + n) {
              out[k] = f(x[i], y[j])
              i += di
              j += dj
            }
          }
        }
      }
    }
  }

  /// Runs `body` over `0..<count` in chunks of 2¹⁸ (a millisecond or less each; the inner loops stay
  /// vectorised), polling the running cell's interrupt between them; false if it stopped early.
  @inline(__always)
  static func inChunks(_ count: Int, _ body: (Range<Int>) -> Void) -> Bool {
    var start = 0
    while start < count {
      let end = Swift.min(start + (1 << 18), count)
      body(start..<end)
      start = end
      if start < count && InterruptFlag.isCurrentRaised { return false }
    }
    return true
  }

  /// Applies `f` to every element; the result is float64.
  @inline(__always)
  public func map(_ f: (Double) -> Double) -> Tensor {
    Tensor(shape: shape) { out in
      data.withUnsafeBufferPointer { x in
        for i in 0..<out.count { out[i] = f(x[i]) }
      }
    }
  }

  /// Applies `f` to every element, giving a bool tensor.
  @inline(__always)
  public func test(_ f: (Double) -> Bool) -> Tensor {
    Tensor(shape: shape, dtype: .bool) { out in
      data.withUnsafeBufferPointer { x in
        for i in 0..<out.count { out[i] = f(x[i]) ? 1 : 0 }
      }
    }
  }

  /// `a op= b` in place when the result keeps `a`'s shape (NumPy's in-place ufuncs); false if it would not.
  public mutating func combineInPlace(_ b: Tensor, _ op: BinaryOperator) throws(TensorError) -> Bool {
    guard !op.givesBool, dtype == .float64, b.count == 1 || b.shape == shape else { return false }
    guard [.add, .subtract, .multiply, .divide].contains(op) else { return false }
    // A one-element right side is read with step 0.
    let step = b.count == 1 ? 0 : 1
    b.data.withUnsafeBufferPointer { y in
      data.withUnsafeMutableBufferPointer { x in
        switch op {
        case .add: for i in x.indices { x[i] += y[i * step] }
        case .subtract: for i in x.indices { x[i] -= y[i * step] }
        case .multiply: for i in x.indices { x[i] *= y[i * step] }
        default: for i in x.indices { x[i] /= y[i * step] }
        }
      }
    }
    return true
  }
}

/// Which of NumPy's own implementations of a function NumPy on this processor runs, where they are not libm's.
public enum NumPyMath {
  /// SVML's `exp`, `exp2`, `expm1`, `log`, `log2`, `log10` and `log1p` in NumPy's AVX-512 (`X86_V4`) build.
  public static let svml = ProcessorFeatures.avx512
  /// NumPy's vector `tanh`, in its AVX2 (with FMA) and AVX-512 builds.
  public static let simdTanh = ProcessorFeatures.avx2 && ProcessorFeatures.fma
}

/// NumPy's elementwise math functions (`exp`, `sqrt`, `sigmoid` …), by name.
public enum UnaryFunction: String, Sendable, CaseIterable {
  case negative, positive, abs, exp, log, log2, log10, log1p, expm1, sqrt, square, sin, cos, tan, tanh, arctan
  case arcsin, arccos, sinh, cosh, arcsinh, arccosh, arctanh, exp2, cbrt, reciprocal, sinc, deg2rad, rad2deg
  case floor, ceil, round, trunc, sign, sigmoid, relu
  case isnan, isfinite, isinf, logicalNot, signbit

  public var givesBool: Bool { [.isnan, .isfinite, .isinf, .logicalNot, .signbit].contains(self) }

  /// The function on one number, the same code the tensor loop runs.
  @inline(__always)
  public func apply(_ x: Double) -> Double {
    switch self {
    case .negative: -x
    case .positive: x
    case .abs: Swift.abs(x)
    case .exp: NumPyMath.svml ? SVMLExp.value(x) : Foundation.exp(x)
    case .log: NumPyMath.svml ? SVMLLog.value(x) : Foundation.log(x)
    case .log2: NumPyMath.svml ? SVMLLog.value(x, base: .binary) : Foundation.log2(x)
    case .log10: NumPyMath.svml ? SVMLLog.value(x, base: .decimal) : Foundation.log10(x)
    case .log1p: NumPyMath.svml ? SVMLLog.value(x, base: .onePlus) : Foundation.log1p(x)
    case .expm1: NumPyMath.svml ? SVMLExp.MinusOne.value(x) : Foundation.expm1(x)
    case .sqrt: x.squareRoot()
    case .square: x * x
    case .sin: Foundation.sin(x)
    case .cos: Foundation.cos(x)
    case .tan: Foundation.tan(x)
    case .tanh: NumPyMath.simdTanh ? NumPyTanh.value(x) : Foundation.tanh(x)
    case .arctan: Foundation.atan(x)
    case .arcsin: Foundation.asin(x)
    case .arccos: Foundation.acos(x)
    case .sinh: Foundation.sinh(x)
    case .cosh: Foundation.cosh(x)
    case .arcsinh: Foundation.asinh(x)
    case .arccosh: Foundation.acosh(x)
    case .arctanh: Foundation.atanh(x)
    case .exp2: NumPyMath.svml ? SVMLExp2.value(x) : Foundation.exp2(x)
    case .cbrt: Foundation.cbrt(x)
    case .reciprocal: 1 / x
    // NumPy's formula, so 0 gives exactly 1: y = π·(x == 0 ? 1e-20 : x), sin(y) / y.
    case .sinc: Foundation.sin(Double.pi * (x == 0 ? 1e-20 : x)) / (Double.pi * (x == 0 ? 1e-20 : x))
    case .deg2rad: x * (Double.pi / 180)
    case .rad2deg: x * (180 / Double.pi)
    case .trunc: x.rounded(.towardZero)
    case .signbit: x.sign == .minus ? 1 : 0
    case .floor: x.rounded(.down)
    case .ceil: x.rounded(.up)
    // NumPy rounds halves to even.
    case .round: x.rounded(.toNearestOrEven)
    case .sign: x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : .nan
    // Split by sign so neither branch overflows: 1/(1+e^-x) for x ≥ 0, e^x/(1+e^x) below.
    case .sigmoid: x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
    case .relu: x > 0 ? x : (x.isNaN ? x : 0)
    case .isnan: x.isNaN ? 1 : 0
    case .isfinite: x.isFinite ? 1 : 0
    case .isinf: x.isInfinite ? 1 : 0
    case .logicalNot: x == 0 ? 1 : 0
    }
  }
}

extension Tensor {
  /// A ufunc over every element, polling the running cell's interrupt between chunks (`exp` of 10⁸ values
  /// takes a second).
  public func apply(_ function: UnaryFunction) throws(TensorError) -> Tensor {
    // One loop per function, each with its constant case, so `apply(x)`'s switch folds away and the loop is
    // straight code: one loop switching on the function per element took 10-30x NumPy's time.
    var t: Tensor
    switch function {
    case .negative: t = try mapInChunks { UnaryFunction.negative.apply($0) }
    case .positive: t = try mapInChunks { UnaryFunction.positive.apply($0) }
    case .abs: t = try mapInChunks { UnaryFunction.abs.apply($0) }
    case .exp:
      t = NumPyMath.svml ? try mapBuffers(SVMLExp.apply) : try mapInChunks { Foundation.exp($0) }
    case .log: t = NumPyMath.svml ? try mapBuffers(SVMLLog.apply) : try mapInChunks { Foundation.log($0) }
    case .log2:
      t = NumPyMath.svml ? try mapBuffers(SVMLLog.applyBinary) : try mapInChunks { Foundation.log2($0) }
    case .log10:
      t = NumPyMath.svml ? try mapBuffers(SVMLLog.applyDecimal) : try mapInChunks { Foundation.log10($0) }
    case .log1p:
      t = NumPyMath.svml ? try mapBuffers(SVMLLog.applyOnePlus) : try mapInChunks { Foundation.log1p($0) }
    case .expm1:
      t = NumPyMath.svml ? try mapBuffers(SVMLExp.MinusOne.apply) : try mapInChunks { Foundation.expm1($0) }
    case .sqrt: t = try mapInChunks { UnaryFunction.sqrt.apply($0) }
    case .square: t = try mapInChunks { UnaryFunction.square.apply($0) }
    case .sin: t = try mapInChunks { UnaryFunction.sin.apply($0) }
    case .cos: t = try mapInChunks { UnaryFunction.cos.apply($0) }
    case .tan: t = try mapInChunks { UnaryFunction.tan.apply($0) }
    case .tanh:
      t = NumPyMath.simdTanh ? try mapBuffers(NumPyTanh.apply) : try mapInChunks { Foundation.tanh($0) }
    case .arctan: t = try mapInChunks { UnaryFunction.arctan.apply($0) }
    case .arcsin: t = try mapInChunks { UnaryFunction.arcsin.apply($0) }
    case .arccos: t = try mapInChunks { UnaryFunction.arccos.apply($0) }
    case .sinh: t = try mapInChunks { UnaryFunction.sinh.apply($0) }
    case .cosh: t = try mapInChunks { UnaryFunction.cosh.apply($0) }
    case .arcsinh: t = try mapInChunks { UnaryFunction.arcsinh.apply($0) }
    case .arccosh: t = try mapInChunks { UnaryFunction.arccosh.apply($0) }
    case .arctanh: t = try mapInChunks { UnaryFunction.arctanh.apply($0) }
    case .exp2: t = NumPyMath.svml ? try mapBuffers(SVMLExp2.apply) : try mapInChunks { Foundation.exp2($0) }
    case .cbrt: t = try mapInChunks { UnaryFunction.cbrt.apply($0) }
    case .reciprocal: t = try mapInChunks { UnaryFunction.reciprocal.apply($0) }
    case .sinc: t = try mapInChunks { UnaryFunction.sinc.apply($0) }
    case .deg2rad: t = try mapInChunks { UnaryFunction.deg2rad.apply($0) }
    case .rad2deg: t = try mapInChunks { UnaryFunction.rad2deg.apply($0) }
    case .floor: t = try mapInChunks { UnaryFunction.floor.apply($0) }
    case .ceil: t = try mapInChunks { UnaryFunction.ceil.apply($0) }
    case .round: t = try mapInChunks { UnaryFunction.round.apply($0) }
    case .trunc: t = try mapInChunks { UnaryFunction.trunc.apply($0) }
    case .sign: t = try mapInChunks { UnaryFunction.sign.apply($0) }
    case .sigmoid: t = try mapInChunks { UnaryFunction.sigmoid.apply($0) }
    case .relu: t = try mapInChunks { UnaryFunction.relu.apply($0) }
    case .isnan: t = try mapInChunks { UnaryFunction.isnan.apply($0) }
    case .isfinite: t = try mapInChunks { UnaryFunction.isfinite.apply($0) }
    case .isinf: t = try mapInChunks { UnaryFunction.isinf.apply($0) }
    case .logicalNot: t = try mapInChunks { UnaryFunction.logicalNot.apply($0) }
    case .signbit: t = try mapInChunks { UnaryFunction.signbit.apply($0) }
    }
    if function.givesBool { t.dtype = .bool }
    return t
  }

  /// `map`, in chunks with the interrupt polled between them.
  @inline(__always)
  /// `mapInChunks` with a kernel over each chunk's buffer (`f(x, y, count)`).
  func mapBuffers(_ f: (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void) throws(TensorError)
    -> Tensor
  {
    var finished = true
    let t = Tensor(shape: shape) { out in
      data.withUnsafeBufferPointer { x in
        guard let source = x.baseAddress, let target = out.baseAddress else { return }
        finished = Tensor.inChunks(out.count) { r in f(source + r.lowerBound, target + r.lowerBound, r.count) }
      }
    }
    guard finished else { throw .interrupted }
    return t
  }

  func mapInChunks(_ f: (Double) -> Double) throws(TensorError) -> Tensor {
    var finished = true
    let t = Tensor(shape: shape) { out in
      data.withUnsafeBufferPointer { x in
        finished = Tensor.inChunks(out.count) { r in for i in r { out[i] = f(x[i]) } }
      }
    }
    guard finished else { throw .interrupted }
    return t
  }
}

extension Tensor {
  /// A float64 comparison written straight into bools, NumPy's byte per element: `x` and `y` have the result's
  /// `count` elements, or one of them has a single element compared with every element of the other.
  ///
  /// Going through a float64 result wrote eight times the memory and then converted it (`a < 0.5` on 10⁶
  /// elements took 10× NumPy's time). Nil for an operator that is not a comparison, or when the running cell is
  /// interrupted.
  public static func compared(
    _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>, _ op: BinaryOperator, count: Int
  ) -> [Bool]? {
    let comparison: Comparisons.Operator
    switch op {
    case .equal: comparison = .equal
    case .notEqual: comparison = .notEqual
    case .less: comparison = .less
    case .lessEqual: comparison = .lessEqual
    case .greater: comparison = .greater
    case .greaterEqual: comparison = .greaterEqual
    default: return nil
    }
    guard count > 0 else { return [] }
    guard let xp = x.baseAddress, let yp = y.baseAddress, x.count == count || x.count == 1,
      y.count == count || y.count == 1
    else { return nil }
    // A side of one element against a side of `count` repeats; two of equal count pair up.
    let xFull = x.count == y.count || y.count == 1
    let yFull = x.count == y.count || x.count == 1
    let avx2 = ProcessorFeatures.avx2
    var finished = true
    let out = [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let o = buffer.baseAddress else { return }
      finished = inChunks(count) { r in
        if avx2 {
          Comparisons.runAVX2(comparison, xp, full: xFull, yp, full: yFull, into: o, r)
        } else {
          Comparisons.run(comparison, xp, full: xFull, yp, full: yFull, into: o, r)
        }
      }
      // Bools need no deinitialisation: a buffer abandoned half-written is safe to release.
      initialized = count
    }
    return finished ? out : nil
  }
}

extension Tensor {
  /// NumPy's `where(condition, x, y)` on float64: each of the three read with `shape` (broadcast), the result
  /// taking `x` where the condition is nonzero (NaN counts as true, as its truth value does) and `y` elsewhere.
  public static func select(_ condition: Tensor, _ x: Tensor, _ y: Tensor, shape: [Int]) throws(TensorError) -> Tensor {
    func spread(_ t: Tensor) throws(TensorError) -> Tensor { t.shape == shape ? t : try t.broadcast(to: shape) }
    let (c, a, b) = (try spread(condition), try spread(x), try spread(y))
    var finished = true
    let out = Tensor(shape: shape) { out in
      c.data.withUnsafeBufferPointer { cs in
        a.data.withUnsafeBufferPointer { xs in
          b.data.withUnsafeBufferPointer { ys in
            finished = inChunks(out.count) { r in for i in r { out[i] = cs[i] != 0 ? xs[i] : ys[i] } }
          }
        }
      }
    }
    guard finished else { throw .interrupted }
    return out
  }
}
