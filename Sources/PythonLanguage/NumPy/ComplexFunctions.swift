import Foundation
import TensorModule

/// The `np` functions that take complex numbers: each wraps the real-array function of the same name and
/// handles a call only when a complex value or dtype takes part, so real calls run exactly as before.
enum ComplexFunctions {
  typealias Handler = (Runtime, Arguments) throws(PyError) -> Value?

  /// Replaces each named function of the module with its complex-aware wrapper.
  static func install(in attributes: inout [String: Value]) {
    for (name, handler) in handlers {
      if case .object(let o)? = attributes[name], o.tag == .builtin {
        attributes[name] = .object(wrapping(unsafeDowncast(o, to: PyBuiltin.self), handler))
      } else {
        attributes[name] = .object(
          PyBuiltin.general(name, "numpy") { (rt, a) throws(PyError) in
            guard let r = try handler(rt, a) else { throw PyError("TypeError", "\(name)() got unsupported arguments") }
            return r
          })
      }
    }
    attributes["complex128"] = .object(NumPyTypes.complex128)
    attributes["cdouble"] = .object(NumPyTypes.complex128)
    attributes["complexfloating"] = .object(NumPyTypes.complexFloating)
  }

  /// The builtin `f` with `handler` tried first.
  ///
  /// One- and two-argument functions keep their fixed-arity bodies (no argument list on the real path, as loops
  /// call `np.exp(x)` on numbers); for them the handler runs only when an argument holds complex numbers.
  static func wrapping(_ f: PyBuiltin, _ handler: @escaping Handler) -> PyBuiltin {
    switch f.body {
    case .one(let body):
      return PyBuiltin(
        f.name, qualifiedName: f.qualifiedName, doc: f.doc, kernel: f.kernel,
        .one { (rt, v) throws(PyError) in
          if ComplexArrays.holdsComplex(v), let r = try handler(rt, Arguments([v])) { return r }
          return try body(rt, v)
        })
    case .two(let body):
      return PyBuiltin(
        f.name, qualifiedName: f.qualifiedName, doc: f.doc, kernel: f.kernel,
        .two { (rt, x, y) throws(PyError) in
          if ComplexArrays.holdsComplex(x) || ComplexArrays.holdsComplex(y), let r = try handler(rt, Arguments([x, y]))
          {
            return r
          }
          return try body(rt, x, y)
        })
    default: break
    }
    let original = Value.object(f)
    let general: (Runtime, Arguments) throws(PyError) -> Value = { (rt, a) throws(PyError) in
      if let r = try handler(rt, a) { return r }
      return try rt.call(original, a.positional, a.keywords)
    }
    return PyBuiltin(f.name, qualifiedName: f.qualifiedName, doc: f.doc, kernel: f.kernel, .general(general))
  }

  static func complexIn(_ a: Arguments) -> Bool {
    a.positional.contains(where: ComplexArrays.holdsComplex) || a.keywords.contains { ComplexArrays.holdsComplex($0.1) }
  }

  /// A one-argument function on complex input.
  static func unary(_ name: String, _ body: @escaping (Runtime, NDComplexArray) throws(PyError) -> Value) -> (
    String, Handler
  ) {
    (
      name,
      { (rt, a) throws(PyError) -> Value? in
        guard let first = a.positional.first, ComplexArrays.holdsComplex(first) else { return nil }
        if a.positional.count > 1 || !a.keywords.isEmpty { throw ComplexArrays.unsupported("np.\(name) with options") }
        return try body(rt, try ComplexArrays.make(first, rt: rt))
      }
    )
  }

  /// A function NumPy computes as an operator.
  static func binary(_ name: String, _ op: BinaryOperator) -> (String, Handler) {
    (
      name,
      { (rt, a) throws(PyError) -> Value? in
        guard complexIn(a) else { return nil }
        guard a.positional.count == 2, a.keywords.isEmpty else {
          throw ComplexArrays.unsupported("np.\(name) with options")
        }
        return try rt.binary(op, try operand(a.positional[0], rt), try operand(a.positional[1], rt))
      }
    )
  }

  /// Lists and tuples holding complex numbers become arrays before an operator meets them.
  static func operand(_ v: Value, _ rt: Runtime) throws(PyError) -> Value {
    if case .object(let o) = v, o.tag == .list || o.tag == .tuple { return .object(try ComplexArrays.make(v, rt: rt)) }
    return v
  }

  /// `np.zeros(shape, dtype=complex)` and its kin.
  static func filled(_ name: String, _ value: Double) -> (String, Handler) {
    (
      name,
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind(name, ["shape", "dtype"], required: 1)
        guard let d = p[1], ComplexArrays.isComplexDType(d, rt: rt) else { return nil }
        let shape = try NumPyModule.shapeArgument(p[0] ?? .none, rt: rt)
        do throws(TensorError) { try MemoryBudget.reserve(shape + [2]) } catch { throw PyError(tensor: error) }
        let n = shape.reduce(1, *)
        var pairs = [Double](repeating: 0, count: 2 * n)
        if value != 0 { for k in 0..<n { pairs[2 * k] = value } }
        return .object(NDComplexArray(pairs: pairs, shape: shape))
      }
    )
  }

  /// `np.zeros_like(z)` and its kin for a complex source or dtype.
  static func like(_ name: String, _ value: Double) -> (String, Handler) {
    (
      name,
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind(name, ["a", "dtype"], required: 1)
        let complexDType = p[1].map { ComplexArrays.isComplexDType($0, rt: rt) } ?? false
        guard complexDType || ComplexArrays.holdsComplex(p[0] ?? .none) else { return nil }
        let shape: [Int]
        if let z = ComplexArrays.of(p[0] ?? .none) {
          shape = z.shape
        } else if ComplexArrays.holdsComplex(p[0] ?? .none) {
          shape = try ComplexArrays.make(p[0] ?? .none, rt: rt).shape
        } else {
          shape = try rt.array(p[0] ?? .none).shape
        }
        if let d = p[1], !d.isNone, !complexDType {
          throw ComplexArrays.unsupported("np.\(name) with dtype \(try rt.repr(d))")
        }
        let n = shape.reduce(1, *)
        var pairs = [Double](repeating: 0, count: 2 * n)
        if value != 0 { for k in 0..<n { pairs[2 * k] = value } }
        return .object(NDComplexArray(pairs: pairs, shape: shape))
      }
    )
  }

  nonisolated(unsafe) static let handlers: [(String, Handler)] = [
    (
      "array",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("array", ["object", "dtype"], required: 1)
        return try make(rt, p[0] ?? .none, p[1], copy: true)
      }
    ),
    (
      "asarray",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("asarray", ["a", "dtype"], required: 1)
        return try make(rt, p[0] ?? .none, p[1], copy: false)
      }
    ),
    filled("zeros", 0), filled("ones", 1), filled("empty", 0),
    like("zeros_like", 0), like("ones_like", 1), like("empty_like", 0),
    (
      "full",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("full", ["shape", "fill_value", "dtype"], required: 2)
        let complexDType = p[2].map { ComplexArrays.isComplexDType($0, rt: rt) } ?? false
        let fill = p[1] ?? .none
        guard complexDType || ComplexArrays.holdsComplex(fill) else { return nil }
        if let d = p[2], !d.isNone, !complexDType {
          throw ComplexArrays.unsupported("np.full of a complex value with dtype \(try rt.repr(d))")
        }
        let shape = try NumPyModule.shapeArgument(p[0] ?? .none, rt: rt)
        do throws(TensorError) { try MemoryBudget.reserve(shape + [2]) } catch { throw PyError(tensor: error) }
        let value = try ComplexArrays.make(fill, rt: rt)
        guard value.count == 1 else { throw ComplexArrays.unsupported("np.full with an array fill value") }
        let n = shape.reduce(1, *)
        var pairs = [Double](repeating: 0, count: 2 * n)
        for k in 0..<n {
          pairs[2 * k] = value.pairs[0]
          pairs[2 * k + 1] = value.pairs[1]
        }
        return .object(NDComplexArray(pairs: pairs, shape: shape))
      }
    ),
    unary("real") { (_, z) throws(PyError) in
      z.ndim == 0 ? .f64(z.pairs[0]) : .object(NDArray(doubles: z.realParts, shape: z.shape))
    },
    unary("imag") { (_, z) throws(PyError) in
      z.ndim == 0 ? .f64(z.pairs[1]) : .object(NDArray(doubles: z.imagParts, shape: z.shape))
    },
    unary("conj") { (_, z) throws(PyError) in ComplexArrays.conjugate(z) },
    unary("conjugate") { (_, z) throws(PyError) in ComplexArrays.conjugate(z) },
    unary("absolute") { (_, z) throws(PyError) in ComplexArrays.absolute(z) },
    unary("exp") { (_, z) throws(PyError) in ComplexArithmetic.wrap(ComplexArithmetic.map(z, ComplexArithmetic.exp)) },
    unary("sqrt") { (_, z) throws(PyError) in ComplexArithmetic.wrap(ComplexArithmetic.map(z, ComplexArithmetic.sqrt))
    },
    unary("square") { (_, z) throws(PyError) in
      ComplexArithmetic.wrap(ComplexArithmetic.map(z) { ComplexArithmetic.fusedProduct($0, $0) })
    },
    unary("reciprocal") { (_, z) throws(PyError) in
      ComplexArithmetic.wrap(ComplexArithmetic.map(z, ComplexArithmetic.reciprocal))
    },
    unary("negative") { (_, z) throws(PyError) in ComplexArithmetic.wrap(ComplexArithmetic.map(z) { (-$0.re, -$0.im) })
    },
    unary("positive") { (_, z) throws(PyError) in ComplexArithmetic.wrap(z) },
    unary("iscomplex") { (_, z) throws(PyError) in
      ArrayArithmetic.wrap(NDArray(bools: (0..<z.count).map { z.pairs[2 * $0 + 1] != 0 }, shape: z.shape))
    },
    unary("isreal") { (_, z) throws(PyError) in
      ArrayArithmetic.wrap(NDArray(bools: (0..<z.count).map { z.pairs[2 * $0 + 1] == 0 }, shape: z.shape))
    },
    unary("iscomplexobj") { (_, _) throws(PyError) in .bool(true) },
    unary("isrealobj") { (_, _) throws(PyError) in .bool(false) },
    (
      "sum",
      { (rt, a) throws(PyError) -> Value? in
        guard let first = a.positional.first, ComplexArrays.holdsComplex(first) else { return nil }
        try ComplexArrays.onlyWholeArray("np.sum", a)
        return ComplexArrays.scalar(ComplexArrays.sum(try ComplexArrays.make(first, rt: rt)))
      }
    ),
    (
      "mean",
      { (rt, a) throws(PyError) -> Value? in
        guard let first = a.positional.first, ComplexArrays.holdsComplex(first) else { return nil }
        try ComplexArrays.onlyWholeArray("np.mean", a)
        return ComplexArrays.scalar(ComplexArrays.mean(try ComplexArrays.make(first, rt: rt)))
      }
    ),
    (
      "angle",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("angle", ["z", "deg"], required: 1)
        let deg = try p[1].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
        let z = p[0] ?? .none
        // NumPy: arctan2(z.imag, z.real), times 180/pi for degrees.
        let (re, im): (Value, Value)
        if ComplexArrays.holdsComplex(z) {
          let c = try ComplexArrays.make(z, rt: rt)
          re = .object(NDArray(doubles: c.realParts, shape: c.shape))
          im = .object(NDArray(doubles: c.imagParts, shape: c.shape))
        } else {
          let x = try rt.array(z).astype(.float64)
          re = .object(x)
          im = .object(NDArray(doubles: [Double](repeating: 0, count: x.count), shape: x.shape))
        }
        let arctan2 = try rt.getAttribute(.object(try rt.importModule("numpy")), "arctan2")
        let r = try rt.call(arctan2, [im, re])
        return deg ? try rt.binary(.mul, r, .float(180.0 / Double.pi)) : r
      }
    ),
    (
      "real_if_close",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("real_if_close", ["a", "tol"], required: 1)
        guard let v = p[0], ComplexArrays.holdsComplex(v) else { return nil }
        let z = try ComplexArrays.make(v, rt: rt)
        let tol = try p[1].map { (t) throws(PyError) in try rt.double(t) } ?? 100
        // NumPy: tol > 1 counts machine epsilons.
        let bound = tol > 1 ? tol * Double.ulpOfOne : tol
        if z.imagParts.allSatisfy({ Swift.abs($0) < bound }) {
          return .object(NDArray(doubles: z.realParts, shape: z.shape))
        }
        return .object(z)
      }
    ),
    (
      "roots",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("roots", ["p"], required: 1)
        if ComplexArrays.holdsComplex(p[0] ?? .none) { throw ComplexArrays.unsupported("np.roots") }
        return try roots(try rt.array(p[0] ?? .none))
      }
    ),
    (
      "round",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("round", ["a", "decimals", "out"], required: 1)
        guard let v = p[0], ComplexArrays.holdsComplex(v) else { return nil }
        if let out = p[2], !out.isNone { throw ComplexArrays.unsupported("np.round(out=)") }
        return try round(try ComplexArrays.make(v, rt: rt), p[1] ?? .int(0), rt: rt)
      }
    ),
    (
      "isclose",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("isclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
        guard ComplexArrays.holdsComplex(p[0] ?? .none) || ComplexArrays.holdsComplex(p[1] ?? .none) else { return nil }
        return try isclose(rt, p)
      }
    ),
    (
      "allclose",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("allclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
        guard ComplexArrays.holdsComplex(p[0] ?? .none) || ComplexArrays.holdsComplex(p[1] ?? .none) else { return nil }
        let close = try isclose(rt, p)
        if case .object(let o) = close, o.tag == .ndarray {
          return .bool(!unsafeDowncast(o, to: NDArray.self).bools.contains(false))
        }
        return .bool(try rt.truthy(close))
      }
    ),
    (
      "diag",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("diag", ["v", "k"], required: 1)
        guard let v = p[0], ComplexArrays.holdsComplex(v) else { return nil }
        let z = try ComplexArrays.make(v, rt: rt)
        let k = try p[1].map { (x) throws(PyError) in try rt.index(x) } ?? 0
        return try diag(z, k)
      }
    ),
    (
      "dot",
      { (rt, a) throws(PyError) -> Value? in
        guard a.positional.count == 2, a.keywords.isEmpty, complexIn(a) else { return nil }
        return try dot(a.positional[0], a.positional[1], rt: rt)
      }
    ),
    (
      "vdot",
      { (rt, a) throws(PyError) -> Value? in
        guard a.positional.count == 2, a.keywords.isEmpty, complexIn(a) else { return nil }
        guard let x = try ComplexArithmetic.operand(a.positional[0], rt: rt),
          let y = try ComplexArithmetic.operand(a.positional[1], rt: rt)
        else { return nil }
        guard x.count == y.count else {
          throw PyError("ValueError", "cannot reshape array of size \(y.count) into shape (\(x.count),)")
        }
        let (re, im) = ComplexBLAS.dot(x.pairs, y.pairs, conjugate: true)
        return ComplexArrays.scalar((re, im))
      }
    ),
    (
      "where",
      { (rt, a) throws(PyError) -> Value? in
        guard a.positional.count == 3, a.keywords.isEmpty, complexIn(a) else { return nil }
        return try select(a.positional[0], a.positional[1], a.positional[2], rt: rt)
      }
    ),
    (
      "concatenate",
      { (rt, a) throws(PyError) -> Value? in
        let p = try a.bind("concatenate", ["arrays", "axis"], required: 1, keywordOnly: ["out", "dtype", "casting"])
        guard let list = p[0], ComplexArrays.holdsComplex(list) else { return nil }
        try NumPyFunctions.unsupported("concatenate", ["out", "dtype", "casting"], [p[2], p[3], p[4]])
        let axis = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0
        return try concatenate(try rt.collect(list).map { (v) throws(PyError) in try complexArray(v, rt) }, axis: axis)
      }
    ),
    (
      "hstack",
      { (rt, a) throws(PyError) -> Value? in
        guard let list = a.positional.first, a.positional.count == 1, ComplexArrays.holdsComplex(list) else {
          return nil
        }
        let parts = try rt.collect(list).map { (v) throws(PyError) in try complexArray(v, rt) }
        return try concatenate(parts, axis: parts.allSatisfy { $0.ndim <= 1 } ? 0 : 1, promote: 1)
      }
    ),
    (
      "vstack",
      { (rt, a) throws(PyError) -> Value? in
        guard let list = a.positional.first, a.positional.count == 1, ComplexArrays.holdsComplex(list) else {
          return nil
        }
        let parts = try rt.collect(list).map { (v) throws(PyError) in try complexArray(v, rt) }
        return try concatenate(parts, axis: 0, promote: 2)
      }
    ),
    binary("matmul", .matmul),
    binary("add", .add), binary("subtract", .sub), binary("multiply", .mul), binary("divide", .truediv),
    binary("true_divide", .truediv), binary("power", .pow),
  ]

  static func complexArray(_ v: Value, _ rt: Runtime) throws(PyError) -> NDComplexArray {
    guard let z = try ComplexArithmetic.operand(v, rt: rt) else { throw ComplexArrays.unsupported("this argument") }
    return z
  }

  /// `np.where(condition, x, y)` with complex values: the three broadcast together.
  static func select(_ condition: Value, _ x: Value, _ y: Value, rt: Runtime) throws(PyError) -> Value {
    let c = try rt.array(condition)
    let (p, q) = (try complexArray(x, rt), try complexArray(y, rt))
    guard let s1 = Broadcast.shape(of: c.shape, and: p.shape), let shape = Broadcast.shape(of: s1, and: q.shape) else {
      throw PyError.notBroadcastable(c.shape, p.shape, q.shape)
    }
    let n = shape.reduce(1, *)
    let truth =
      c.shape == shape
      ? c.bools
      : NDArray(bools: c.bools, shape: c.shape).taken(
        try NDArray.broadcastIndices(Array(0..<c.count), from: c.shape, to: shape), shape: shape
      ).bools
    let ip = p.shape == shape ? Array(0..<n) : try ComplexArithmetic.broadcastPositions(p, shape)
    let iq = q.shape == shape ? Array(0..<n) : try ComplexArithmetic.broadcastPositions(q, shape)
    var out = [Double](repeating: 0, count: 2 * n)
    for k in 0..<n {
      let (re, im) = truth[k] ? p.element(ip[k]) : q.element(iq[k])
      out[2 * k] = re
      out[2 * k + 1] = im
    }
    return ComplexArithmetic.wrap(NDComplexArray(pairs: out, shape: shape))
  }

  /// `np.concatenate` of arrays holding complex numbers (real ones converted); `promote` gives each at least
  /// that many axes first, as `hstack` (1) and `vstack` (2) do.
  static func concatenate(_ parts: [NDComplexArray], axis given: Int, promote: Int = 0) throws(PyError) -> Value {
    guard !parts.isEmpty else { throw PyError("ValueError", "need at least one array to concatenate") }
    let arrays = parts.map { z -> NDComplexArray in
      var shape = z.shape
      if promote >= 1 && shape.isEmpty { shape = [1] }
      if promote >= 2 && shape.count == 1 { shape = [1] + shape }
      return shape == z.shape ? z : NDComplexArray(pairs: z.pairs, shape: shape)
    }
    let ndim = arrays[0].ndim
    if ndim == 0 { throw PyError("ValueError", "zero-dimensional arrays cannot be concatenated") }
    guard given >= -ndim && given < ndim else {
      throw PyError("AxisError", "axis \(given) is out of bounds for array of dimension \(ndim)")
    }
    let axis = given < 0 ? given + ndim : given
    for (k, z) in arrays.enumerated() {
      guard z.ndim == ndim else {
        throw PyError(
          "ValueError",
          "all the input arrays must have same number of dimensions, but the array at index 0 has \(ndim) "
            + "dimension(s) and the array at index \(k) has \(z.ndim) dimension(s)")
      }
      for d in 0..<ndim where d != axis && z.shape[d] != arrays[0].shape[d] {
        throw PyError(
          "ValueError",
          "all the input array dimensions except for the concatenation axis must match exactly, but along "
            + "dimension \(d), the array at index 0 has size \(arrays[0].shape[d]) and the array at index \(k) has "
            + "size \(z.shape[d])")
      }
    }
    var shape = arrays[0].shape
    shape[axis] = arrays.reduce(0) { $0 + $1.shape[axis] }
    let outer = shape[..<axis].reduce(1, *)
    let inner = shape[(axis + 1)...].reduce(1, *)
    var out: [Double] = []
    out.reserveCapacity(2 * shape.reduce(1, *))
    for o in 0..<outer {
      for z in arrays {
        let block = 2 * z.shape[axis] * inner
        out += z.pairs[(o * block)..<((o + 1) * block)]
      }
    }
    return .object(NDComplexArray(pairs: out, shape: shape))
  }

  /// `np.dot` with complex numbers: NumPy's `dot` of vectors and matrices runs the same BLAS calls as `@`, and a
  /// scalar side multiplies.
  static func dot(_ a: Value, _ b: Value, rt: Runtime) throws(PyError) -> Value {
    guard let x = try ComplexArithmetic.operand(a, rt: rt), let y = try ComplexArithmetic.operand(b, rt: rt) else {
      throw ComplexArrays.unsupported("np.dot of these arguments")
    }
    if x.ndim == 0 || y.ndim == 0 {
      // NumPy makes the scalar the second factor and runs zaxpy.
      let (scalar, array) = x.ndim == 0 ? (x, y) : (y, x)
      let out = ComplexBLAS.scaled(scalar.element(0), array.pairs, shape: array.shape)
      return ComplexArithmetic.wrap(NDComplexArray(pairs: out, shape: array.shape))
    }
    guard x.ndim <= 2, y.ndim <= 2 else { throw ComplexArrays.unsupported("np.dot of arrays of more than 2 axes") }
    let last = x.shape[x.ndim - 1]
    let inner = y.ndim == 1 ? y.shape[0] : y.shape[0]
    guard last == inner else {
      throw PyError(
        "ValueError",
        "shapes \(Tensor.compact(x.shape)) and \(Tensor.compact(y.shape)) not aligned: \(last) (dim \(x.ndim - 1)) "
          + "!= \(inner) (dim 0)")
    }
    return try ComplexArithmetic.matmul(x, y)
  }

  /// `np.round` of complex numbers: NumPy rounds the real and the imaginary parts each as a float array.
  static func round(_ z: NDComplexArray, _ decimals: Value, rt: Runtime) throws(PyError) -> Value {
    let roundFunction = try rt.getAttribute(.object(try rt.importModule("numpy")), "round")
    let re = try rt.call(roundFunction, [.object(NDArray(doubles: z.realParts, shape: z.shape)), decimals])
    let im = try rt.call(roundFunction, [.object(NDArray(doubles: z.imagParts, shape: z.shape)), decimals])
    let r = NDComplexArray.from(real: try rt.array(re).doubles, imag: try rt.array(im).doubles, shape: z.shape)
    return ComplexArithmetic.wrap(r)
  }

  /// NumPy's `isclose`: `|x − y| ≤ atol + rtol·|y|` where `y` is finite, or `x == y` (NaNs equal with
  /// `equal_nan`), with complex magnitudes.
  static func isclose(_ rt: Runtime, _ p: [Value?]) throws(PyError) -> Value {
    guard let x = try ComplexArithmetic.operand(p[0] ?? .none, rt: rt),
      let y = try ComplexArithmetic.operand(p[1] ?? .none, rt: rt)
    else { throw ComplexArrays.unsupported("np.isclose of these arguments") }
    let rtol = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 1e-5
    let atol = try p[3].map { (v) throws(PyError) in try rt.double(v) } ?? 1e-8
    let equalNaN = try p[4].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    guard let shape = Broadcast.shape(of: x.shape, and: y.shape) else {
      throw PyError.notBroadcastable(x.shape, y.shape)
    }
    let n = shape.reduce(1, *)
    let ix = x.shape == shape ? Array(0..<n) : try ComplexArithmetic.broadcastPositions(x, shape)
    let iy = y.shape == shape ? Array(0..<n) : try ComplexArithmetic.broadcastPositions(y, shape)
    let out = (0..<n).map { k -> Bool in
      let (u, v) = (x.element(ix[k]), y.element(iy[k]))
      let difference = ComplexArithmetic.arrayAbs((u.re - v.re, u.im - v.im))
      let finite = v.re.isFinite && v.im.isFinite
      var close =
        (difference <= atol + rtol * ComplexArithmetic.arrayAbs(v) && finite) || (u.re == v.re && u.im == v.im)
      if equalNaN { close = close || ((u.re.isNaN || u.im.isNaN) && (v.re.isNaN || v.im.isNaN)) }
      return close
    }
    return ArrayArithmetic.wrap(NDArray(bools: out, shape: shape))
  }

  /// `np.diag`: a vector on the `k`-th diagonal of a square matrix of zeros, or a matrix's `k`-th diagonal (a
  /// view in NumPy, so read-only here while the matrix lives).
  static func diag(_ z: NDComplexArray, _ k: Int) throws(PyError) -> Value {
    switch z.ndim {
    case 1:
      let n = z.count + Swift.abs(k)
      do throws(TensorError) { try MemoryBudget.reserve([n, n, 2]) } catch { throw PyError(tensor: error) }
      var pairs = [Double](repeating: 0, count: 2 * n * n)
      for i in 0..<z.count {
        let (row, column) = k >= 0 ? (i, i + k) : (i - k, i)
        pairs[2 * (row * n + column)] = z.pairs[2 * i]
        pairs[2 * (row * n + column) + 1] = z.pairs[2 * i + 1]
      }
      return .object(NDComplexArray(pairs: pairs, shape: [n, n]))
    case 2:
      let (rows, columns) = (z.shape[0], z.shape[1])
      var ps: [Int] = []
      var (i, j) = k >= 0 ? (0, k) : (-k, 0)
      while i < rows && j < columns {
        ps.append(i * columns + j)
        i += 1
        j += 1
      }
      let r = z.picked(ps, shape: [ps.count])
      r.viewOf = z.root
      z.root.views.append(WeakObject(r))
      return .object(r)
    default:
      throw PyError("ValueError", "Input must be 1- or 2-d.")
    }
  }

  /// `np.roots(p)` as NumPy computes it: leading and trailing zeros stripped, the eigenvalues of the companion
  /// matrix (first row `-p[1:] / p[0]`, ones below the diagonal), then a zero root for each trailing zero.
  static func roots(_ coefficients: NDArray) throws(PyError) -> Value {
    guard coefficients.ndim <= 1 else { throw PyError("ValueError", "Input must be a rank-1 array.") }
    let p = coefficients.doubles
    guard let first = p.firstIndex(where: { $0 != 0 }), let last = p.lastIndex(where: { $0 != 0 }) else {
      return .object(NDArray(doubles: [], shape: [0]))
    }
    let trailing = p.count - last - 1
    let kept = Array(p[first...last])
    let n = kept.count
    var wr: [Double] = []
    var wi: [Double] = []
    if n > 1 {
      var companion = [Double](repeating: 0, count: (n - 1) * (n - 1))
      for k in 1..<n { companion[k - 1] = -kept[k] / kept[0] }
      for i in 1..<(n - 1) { companion[i * (n - 1) + i - 1] = 1 }
      (wr, wi, _) = try NumPyFunctions.lift { () throws(TensorError) in
        try Linalg.eigGeneral(Tensor(shape: [n - 1, n - 1], data: companion), vectors: false)
      }
    }
    wr += [Double](repeating: 0, count: trailing)
    wi += [Double](repeating: 0, count: trailing)
    return NumPyLinalg.eigenPairs(wr, wi, nil).0
  }

  /// `np.array`/`np.asarray` when complex numbers or a complex dtype take part; nil otherwise.
  static func make(_ rt: Runtime, _ v: Value, _ dtype: Value?, copy: Bool) throws(PyError) -> Value? {
    let complexDType = dtype.map { ComplexArrays.isComplexDType($0, rt: rt) } ?? false
    guard complexDType || ComplexArrays.holdsComplex(v) else { return nil }
    if !copy, let z = ComplexArrays.of(v), dtype?.isNone ?? true || complexDType { return .object(z) }
    let z = try ComplexArrays.make(v, rt: rt)
    if let d = dtype, !d.isNone, !complexDType {
      // NumPy refuses to make a real array of complex Python numbers, and casts complex arrays.
      if ComplexArrays.of(v) == nil {
        throw PyError("TypeError", "can't convert complex to \(try DTypes.parse(d, rt: rt)?.name ?? "float")")
      }
      return try ComplexArrays.astype(z, d, rt: rt)
    }
    return .object(z)
  }
}
