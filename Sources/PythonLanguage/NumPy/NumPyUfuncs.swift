import TensorModule

/// NumPy's named ufuncs: `np.add` … `np.remainder` are Python's operators (the one operator table), the
/// comparisons likewise, and the rest are the tensor module's binary and unary kernels.
enum NumPyUfuncs {
  /// Each operator under its ufunc name from the operator's record, plus NumPy's aliases (`np.matmul` is BLAS's
  /// own entry).
  static let operators: [(String, BinaryOperator)] =
    BinaryOperator.allCases.filter { $0 != .matmul }.map { ($0.ufuncName, $0) } + [
      ("true_divide", .truediv), ("mod", .mod),
    ]

  static let comparisons: [(String, CompareOperator)] = [
    ("equal", .eq), ("not_equal", .ne), ("less", .lt), ("less_equal", .le), ("greater", .gt),
    ("greater_equal", .ge),
  ]

  /// Kernels whose result is float64 whatever the inputs (`np.hypot(3, 4)` is `5.0`).
  static let floatKernels: [(String, TensorModule.BinaryOperator)] = [
    ("arctan2", .arctan2), ("hypot", .hypot), ("copysign", .copysign), ("heaviside", .heaviside),
    ("logaddexp", .logaddexp),
  ]

  /// `np.gcd` and `np.lcm`: integer ufuncs (bools count as 0 and 1), broadcast, results non-negative.
  static func integerKernel(_ name: String, _ f: @escaping (Int, Int) -> Int) -> PyBuiltin {
    .two(name, "numpy") { (rt, x, y) throws(PyError) in
      let (a, b) = (try rt.array(x), try rt.array(y))
      if a.dtype == .float64 || b.dtype == .float64 {
        func loop(_ v: Value, _ arr: NDArray) -> String {
          switch v {
          case .float: "<class 'numpy.dtypes._PyFloatDType'>"
          case .int: "<class 'numpy.dtypes._PyLongDType'>"
          default:
            "<class 'numpy.dtypes.\(arr.dtype == .float64 ? "Float64DType" : arr.dtype == .bool ? "BoolDType" : "Int64DType")'>"
          }
        }
        throw PyError(
          "numpy._core._exceptions._UFuncNoLoopError",
          "ufunc '\(name)' did not contain a loop with signature matching types (\(loop(x, a)), \(loop(y, b))) -> None")
      }
      guard let shape = Broadcast.shape(of: a.shape, and: b.shape) else {
        throw PyError.notBroadcastable(a.shape, b.shape)
      }
      let (xs, ys) = (a.astype(.int64), b.astype(.int64))
      let (pa, pb) = (try xs.broadcast(to: shape), try ys.broadcast(to: shape))
      let out = zip(pa, pb).map { f(xs.storage.ints[$0], ys.storage.ints[$1]) }
      return ArrayArithmetic.wrap(NDArray(ints: out, shape: shape))
    }
  }

  static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a.magnitude, b.magnitude)
    while y != 0 { (x, y) = (y, x % y) }
    return Int(truncatingIfNeeded: x)
  }

  static let functions: [PyBuiltin] =
    [
      integerKernel("gcd", gcd),
      integerKernel("lcm") { a, b in
        let g = gcd(a, b)
        return g == 0 ? 0 : Int(truncatingIfNeeded: (a.magnitude / UInt(g)) &* b.magnitude)
      },
    ]
    + operators.map { (name, op) in
      .two(name, "numpy") { (rt, x, y) throws(PyError) in
        guard let r = try ArrayArithmetic.binary(op, .object(try rt.array(x)), .object(try rt.array(y)), rt: rt) else {
          throw PyError("TypeError", "ufunc '\(name)' not supported for the input types")
        }
        return r
      }
    }
    + comparisons.map { (name, op) in
      .two(name, "numpy") { (rt, x, y) throws(PyError) in
        guard let r = try ArrayArithmetic.compare(op, .object(try rt.array(x)), .object(try rt.array(y)), rt: rt)
        else { throw PyError("TypeError", "ufunc '\(name)' not supported for the input types") }
        return r
      }
    }
    + floatKernels.map { (name, op) in
      .two(name, "numpy") { (rt, x, y) throws(PyError) in
        var a = try rt.array(x).tensor
        var b = try rt.array(y).tensor
        a.dtype = .float64
        b.dtype = .float64
        return ArrayArithmetic.wrap(
          NDArray.from(try NumPyFunctions.lift { () throws(TensorError) in try Tensor.combine(a, b, op) }))
      }
    }
    + [
      .two("fmax", "numpy") { (rt, x, y) throws(PyError) in try NumPyFunctions.pairwise(rt, x, y, .fmax) },
      .two("fmin", "numpy") { (rt, x, y) throws(PyError) in try NumPyFunctions.pairwise(rt, x, y, .fmin) },
      .two("divmod", "numpy") { (rt, x, y) throws(PyError) in
        let a = Value.object(try rt.array(x))
        let b = Value.object(try rt.array(y))
        guard let q = try ArrayArithmetic.binary(.floordiv, a, b, rt: rt),
          let r = try ArrayArithmetic.binary(.mod, a, b, rt: rt)
        else { throw PyError("TypeError", "ufunc 'divmod' not supported for the input types") }
        return .tuple([q, r])
      },
      .two("fmod", "numpy") { (rt, x, y) throws(PyError) in try NumPyFunctions.pairwise(rt, x, y, .fmod) },
      logical("logical_and", .logicalAnd), logical("logical_or", .logicalOr), logical("logical_xor", .logicalXor),
      invert("invert"), invert("bitwise_not"), invert("bitwise_invert"),
      .one("fabs", "numpy") { (rt, v) throws(PyError) in
        let a = try rt.array(v)
        if a.dtype == .bool { try NumPyFunctions.checkBoolLoop(.sqrt, "fabs") }
        return try NumPyFunctions.applyUnary(.abs, a.astype(.float64))
      },
    ]
    + [UnaryFunction.negative, .positive, .arcsinh, .arccosh, .arctanh, .sinc, .signbit].map {
      NumPyFunctions.unary($0)
    }
    // NumPy's other names for kernels (`np.degrees` is `rad2deg`).
    + [("degrees", .rad2deg), ("radians", .deg2rad), ("rint", .round), ("fix", .trunc)].map {
      (name: String, f: UnaryFunction) in NumPyFunctions.unary(f, name: name)
    }

  /// `np.invert(x)` (`~x`): bitwise not of integers, logical not of bools, no float loop.
  static func invert(_ name: String) -> PyBuiltin {
    .one(name, "numpy") { (rt, v) throws(PyError) in
      let a = try rt.array(v)
      if a.dtype == .float64 {
        throw PyError(
          "TypeError",
          "ufunc 'invert' not supported for the input types, and the inputs could "
            + "not be safely coerced to any supported types according to the casting rule ''safe''")
      }
      let r = try ArrayArithmetic.unary(.invert, a)
      if case .object(let o) = r, let arr = o as? NDArray, arr.ndim == 0 { return ArrayArithmetic.wrap(arr) }
      return r
    }
  }

  /// `np.logical_and(x, y)`: the operands' truth values combined, a bool result.
  static func logical(_ name: String, _ op: TensorModule.BinaryOperator) -> PyBuiltin {
    .two(name, "numpy") { (rt, x, y) throws(PyError) in
      let a = try rt.array(x).tensor
      let b = try rt.array(y).tensor
      var r = try NumPyFunctions.lift { () throws(TensorError) in try Tensor.combine(a, b, op) }
      r.dtype = .bool
      return ArrayArithmetic.wrap(NDArray.from(r))
    }
  }
}
