import Foundation
import TensorModule

/// More of `np`: ufuncs by name, statistics, sorting, stacking, `where`, `clip`, `linalg`.
///
/// Each converts its arrays to the shared tensor kernels and back, keeping NumPy's result dtypes.
enum NumPyFunctions {
  @discardableResult
  static func lift<T>(_ body: () throws(TensorError) -> T) throws(PyError) -> T {
    do throws(TensorError) { return try body() } catch { throw PyError(tensor: error) }
  }

  /// `order` re-sorted by `less`, ties kept in their current order.
  static func stableOrder(_ order: [Int], _ rt: Runtime, _ less: (Int, Int) -> Bool) throws(PyError) -> [Int] {
    try rt.tick()
    let ranked = order.enumerated().sorted { (a, b) in
      less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset)
    }
    return ranked.map(\.element)
  }

  static func floats(_ rt: Runtime, _ v: Value) throws(PyError) -> Tensor {
    var t = try rt.array(v).tensor
    t.dtype = .float64
    return t
  }

  /// Result arrays of integer inputs stay int64 where NumPy keeps them (sort, unique, stacking, cumsum).
  ///
  /// The tensor kernels compute in float64, which holds every int64 only up to 2⁵³: past that this is a
  /// named error rather than a silently rounded result.
  static func like(_ source: NDArray, _ t: Tensor) throws(PyError) -> Value {
    try exactInFloat([source])
    let r = NDArray.from(t)
    return ArrayArithmetic.wrap(
      source.dtype == .float64 ? r : r.astype(source.dtype == .bool && t.dtype == .bool ? .bool : source.dtype))
  }

  /// The functions whose result is a float64 for int64 and float64 arguments alike, which the numeric tier
  /// computes on scalars (`ScalarKernel`).
  static let realValued: Set<UnaryFunction> = [
    .exp, .log, .log2, .log10, .log1p, .expm1, .sqrt, .sin, .cos, .tan, .tanh, .arctan, .arcsin, .arccos, .sinh,
    .cosh, .exp2, .cbrt, .deg2rad, .rad2deg,
  ]

  static func unary(_ f: UnaryFunction, name: String? = nil) -> PyBuiltin {
    let kernel: ScalarKernel? =
      realValued.contains(f) ? .real({ f.apply($0) }, domain: { _ in true }, numpy: true) : nil
    let ufunc = name ?? (f.rawValue == "logicalNot" ? "logical_not" : f.rawValue)
    return .one(ufunc, "numpy", kernel: kernel) { (rt, v) throws(PyError) in
      let a = try rt.array(v)
      if a.dtype == .bool { try checkBoolLoop(f, ufunc) }
      return try applyUnary(f, a)
    }
  }

  /// NumPy's loop for a bool input where Tessel has none: float16 for the inexact functions, int8 for `square`
  /// and `reciprocal`, and no loop at all for `positive`, `sign` and `negative`.
  static func checkBoolLoop(_ f: UnaryFunction, _ ufunc: String) throws(PyError) {
    switch f {
    case .exp, .log, .log2, .log10, .log1p, .expm1, .sqrt, .sin, .cos, .tan, .tanh, .arctan, .arcsin, .arccos, .sinh,
      .cosh, .arcsinh, .arccosh, .arctanh, .exp2, .cbrt, .deg2rad, .rad2deg, .round:
      throw PyError(
        "NotImplementedError",
        "np.\(ufunc) of a bool array gives float16 in NumPy, which is not in Tessel yet (convert first: "
          + "x.astype(float))")
    case .square, .reciprocal:
      throw PyError(
        "NotImplementedError",
        "np.\(ufunc) of a bool array gives int8 in NumPy, which is not in Tessel yet (convert first: x.astype(int))")
    case .positive, .sign:
      throw PyError(
        "numpy._core._exceptions._UFuncNoLoopError",
        "ufunc '\(ufunc)' did not contain a loop with signature matching types "
          + "<class 'numpy.dtypes.BoolDType'> -> None")
    case .negative:
      throw PyError(
        "TypeError",
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not "
          + "function instead.")
    default: return
    }
  }

  /// A unary ufunc on an array; a Fortran-ordered input gives a Fortran-ordered result, as NumPy's ufuncs keep
  /// the layout.
  static func applyUnary(_ f: UnaryFunction, _ given: NDArray) throws(PyError) -> Value {
    if given.isFortranOnly {
      let r = try applyUnary(f, given.reversedAxes())
      if case .object(let o) = r, let arr = o as? NDArray { return .object(arr.reversedAxes()) }
      return r
    }
    let a = given
    // Ints and bools are their own floor, ceiling and truncation (NumPy keeps their dtype); an int's reciprocal
    // is C's integer division (1 / 0 is the smallest int64, with NumPy's warning).
    if a.dtype != .float64, [.floor, .ceil, .trunc].contains(f) { return ArrayArithmetic.wrap(a.copy()) }
    if a.dtype == .bool, f == .abs { return ArrayArithmetic.wrap(a.copy()) }
    if a.dtype == .int64, f == .reciprocal {
      return ArrayArithmetic.wrap(NDArray(ints: a.ints.map { $0 == 0 ? Int.min : 1 / $0 }, shape: a.shape))
    }
    // The int64 results of int64 inputs in int64 arithmetic, wrapping as NumPy's (through float64, squares
    // past 2⁶³ became the minimum int64 and every value past 2⁵³ was rounded).
    if a.dtype == .int64, let integer = integerUnary(f) {
      return ArrayArithmetic.wrap(NDArray(ints: a.ints.map(integer), shape: a.shape))
    }
    var t = a.tensor
    t.dtype = .float64
    var r = try lift { () throws(TensorError) in try t.apply(f) }
    if f.givesBool { r.dtype = .bool }
    let out = NDArray.from(r)
    if a.dtype == .int64, [.negative, .positive, .abs, .square, .sign].contains(f) {
      return ArrayArithmetic.wrap(out.astype(.int64))
    }
    return ArrayArithmetic.wrap(out)
  }

  /// The int64 form of the unary functions whose int64 result NumPy computes in int64.
  static func integerUnary(_ f: UnaryFunction) -> ((Int) -> Int)? {
    switch f {
    case .negative: { 0 &- $0 }
    case .positive: { $0 }
    case .square: { $0 &* $0 }
    case .sign: { $0.signum() }
    default: nil
    }
  }

  /// `cumsum`/`cumprod` of an int64 or bool array: int64, exact and wrapping as NumPy's.
  static func integerAccumulation(_ arr: NDArray, product: Bool, axis: Int?) throws(PyError) -> Value {
    let values = try lift { () throws(TensorError) in
      try Tensor.accumulateIntegers(arr.ints, shape: arr.shape, product: product, axis: axis)
    }
    return .object(NDArray(ints: values, shape: axis == nil ? [arr.count] : arr.shape))
  }

  static func axisArgument(_ v: Value?, _ rt: Runtime) throws(PyError) -> Int? {
    guard let v, !v.isNone else { return nil }
    return try rt.index(v)
  }

  /// `axis=` as an int, a tuple of ints, or None (every axis).
  static func axesArgument(_ v: Value?, _ rt: Runtime) throws(PyError) -> [Int]? {
    guard let v, !v.isNone else { return nil }
    if case .object(let o) = v, o.tag == .tuple {
      var axes: [Int] = []
      for item in unsafeDowncast(o, to: PyTuple.self).items { axes.append(try rt.index(item)) }
      return axes
    }
    return [try rt.index(v)]
  }

  /// Arguments Tessel binds but does not implement stop the call by name instead of being ignored.
  static func unsupported(_ function: String, _ names: [String], _ values: [Value?]) throws(PyError) {
    for (name, v) in zip(names, values) {
      if let v, !v.isNone {
        throw PyError("NotImplementedError", "\(function)(\(name)=...) is not in Tessel yet")
      }
    }
  }

  static func statistic(_ name: String, ddofDefault: Double = 0, sqrtResult: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis", "dtype", "out", "ddof", "keepdims"], required: 1)
      try unsupported(name, ["dtype", "out"], [p[2], p[3]])
      let t = try floats(rt, p[0] ?? .none)
      let axes = try axesArgument(p[1], rt)
      let ddof = try p[4].map { (d) throws(PyError) in try rt.double(d) } ?? ddofDefault
      let keep = try p[5].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      var r = try lift { () throws(TensorError) in
        try t.variance(axes: axes.map { .some($0) } ?? .all, ddof: ddof, keepdims: keep)
      }
      if sqrtResult { r = r.map { $0.squareRoot() } }
      return ArrayArithmetic.wrap(NDArray.from(r))
    }
  }

  static func argExtreme(_ name: String, _ r: Reduction) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis"], required: 1)
      let t = try floats(rt, p[0] ?? .none)
      if t.count == 0 { throw PyError("ValueError", "attempt to get \(name) of an empty sequence") }
      let axis = try axisArgument(p[1], rt)
      let out = try lift { () throws(TensorError) in try t.reduce(r, axes: axis.map { .some([$0]) } ?? .all) }
      return ArrayArithmetic.wrap(NDArray.from(out).astype(.int64))
    }
  }

  /// NumPy's `kind=` and `stable=`, as the order of ties they give for `arr`'s dtype.
  ///
  /// `kind` is read by its first letter (quick, heap, stable or merge); NumPy 2.4 sorts heap as quick.
  static func sortKind(_ kind: Value?, stable: Value?, _ arr: NDArray, _ rt: Runtime) throws(PyError)
    -> Tensor.ArgsortKind
  {
    let element: Tensor.SortElement = arr.dtype == .bool ? .bool : (arr.dtype == .int64 ? .integer : .float)
    let givenKind = kind.flatMap { $0.isNone ? nil : $0 }
    if let stable, !stable.isNone {
      if givenKind != nil {
        throw PyError(
          "ValueError", "`kind` and keyword parameters can't be provided at the same time. Use only one of them.")
      }
      return try rt.truthy(stable) ? .stable : .quicksort(element)
    }
    guard let givenKind else { return .quicksort(element) }
    guard case .object(let o) = givenKind, let name = (o as? PyStr)?.value else {
      throw PyError("TypeError", "sort kind must be str, not \(rt.typeName(givenKind))")
    }
    switch name.first?.lowercased() {
    case "q", "h": return .quicksort(element)
    case "s", "m": return .stable
    default: throw PyError("ValueError", "sort kind must be one of 'quick', 'heap', or 'stable' (got '\(name)')")
    }
  }

  /// `np.partition` / `np.argpartition` from bound (a, kth, axis, kind, order): NumPy's checks of `kth`
  /// (integers, not bools, at most 1-d), `kind` and `order`; `axis=None` partitions the flattened array.
  static func partition(_ arr: NDArray, _ p: [Value?], indices: Bool, _ rt: Runtime) throws(PyError) -> Tensor {
    if let kind = p[3], !kind.isNone {
      let name = (kind.object as? PyStr)?.value ?? ""
      if name != "introselect" { throw PyError("ValueError", "select kind must be 'introselect' (got '\(name)')") }
    }
    if let order = p[4], !order.isNone {
      throw PyError("ValueError", "Cannot specify order when the array has no fields.")
    }
    try exactInFloat([arr])
    let kthArray = try rt.array(p[1] ?? .none)
    if kthArray.dtype == .bool { throw PyError("ValueError", "Booleans unacceptable as partition index") }
    guard kthArray.dtype == .int64 else { throw PyError("TypeError", "Partition index must be integer") }
    guard kthArray.shape.count <= 1 else {
      if case .object(let o) = p[1] ?? .none, o is NDArray {
        throw PyError("ValueError", "object too deep for desired array")
      }
      throw PyError(
        "ValueError",
        "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."
      )
    }
    let element: Tensor.SortElement = arr.dtype == .bool ? .bool : (arr.dtype == .int64 ? .integer : .float)
    var t = arr.tensor
    t.dtype = .float64
    var axis = -1
    if let given = p[2] {
      if given.isNone { t = t.reshaped([t.count]) } else { axis = try rt.index(given) }
    }
    let kth = kthArray.ints
    let source = t
    return try lift { () throws(TensorError) in
      try source.partitioned(axis: axis, kth: kth, element: element, indices: indices)
    }
  }

  /// `np.cumsum` / `np.cumprod` (a, axis, dtype, out).
  ///
  /// `dtype=` casts the elements first, as NumPy accumulates in it; integers and bools accumulate exactly in
  /// int64.
  static func accumulation(_ rt: Runtime, _ a: Arguments, product: Bool) throws(PyError) -> Value {
    let name = product ? "cumprod" : "cumsum"
    let p = try a.bind(name, ["a", "axis", "dtype", "out"], required: 1)
    try unsupported(name, ["out"], [p[3]])
    var arr = try rt.array(p[0] ?? .none)
    if let d = p[2], let dtype = try DTypes.parse(d, rt: rt), dtype != arr.dtype {
      guard dtype != .bool else { throw PyError("NotImplementedError", "\(name)(dtype=bool) is not in Tessel yet") }
      arr = arr.astype(dtype)
    }
    let axis = try axisArgument(p[1], rt)
    if arr.dtype != .float64 { return try integerAccumulation(arr, product: product, axis: axis) }
    let t = arr.tensor
    return .object(NDArray.from(try lift { () throws(TensorError) in try t.accumulate(product: product, axis: axis) }))
  }

  /// Stops with a named error when an int64 array holds a value float64 cannot (beyond ±2⁵³), for the
  /// functions that move int64 values through the float64 tensor kernels.
  static func exactInFloat(_ arrays: [NDArray]) throws(PyError) {
    for a in arrays where a.dtype == .int64 {
      let (low, high) = NumPyCounting.extremes(a.ints)
      if low < -(1 << 53) || high > 1 << 53 {
        throw PyError(
          "NotImplementedError",
          "this function on int64 values beyond 2**53 is not in Tessel yet (they would be rounded)")
      }
    }
  }

  /// `concatenate`, `stack` (with `axis=`, `nil` when passed None) and the `*stack` helpers (no axis).
  static func stacker(
    _ name: String, axis defaultAxis: Int? = nil,
    _ combine: @escaping ([Tensor], Int?) throws(TensorError) -> Tensor
  ) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let takesAxis = defaultAxis != nil
      let p = try a.bind(name, takesAxis ? ["arrays", "axis", "out"] : ["tup"], required: 1)
      if takesAxis { try unsupported(name, ["out"], [p[2]]) }
      let axis: Int? =
        takesAxis ? (try p[1].map { (v) throws(PyError) in try axisArgument(v, rt) } ?? defaultAxis) : nil
      var arrays: [NDArray] = []
      for v in try rt.collect(p[0] ?? .none) { arrays.append(try rt.array(v)) }
      guard let first = arrays.first else { throw PyError("ValueError", "need at least one array to concatenate") }
      let kind = arrays.map(\.dtype).reduce(first.dtype, DType.promote)
      if kind == .int64 { try exactInFloat(arrays) }
      let t = try lift { () throws(TensorError) in try combine(arrays.map(\.tensor), axis) }
      let r = NDArray.from(t)
      return .object(kind == .float64 ? r : r.astype(kind))
    }
  }

  static let all: [PyBuiltin] =
    [
      UnaryFunction.exp, .log, .log2, .log10, .log1p, .expm1, .sqrt, .square, .sin, .cos, .tan, .tanh, .arctan, .arcsin,
      .arccos, .sinh, .cosh, .floor, .ceil, .trunc, .sign, .isnan, .isfinite, .isinf, .logicalNot, .exp2, .cbrt,
      .reciprocal, .deg2rad, .rad2deg,
    ].map { unary($0) }
    + [
      statistic("var", sqrtResult: false), statistic("std", sqrtResult: true),
      argExtreme("argmax", .argmax), argExtreme("argmin", .argmin),
      stacker("concatenate", axis: 0) { (ts, axis) throws(TensorError) in
        // axis=None: the arrays flattened first.
        guard let axis else { return try Tensor.concatenate(ts.map { $0.reshaped([$0.count]) }, axis: 0) }
        return try Tensor.concatenate(ts, axis: axis)
      },
      stacker("vstack") { (ts, _) throws(TensorError) in
        try Tensor.concatenate(ts.map { $0.ndim == 1 ? $0.reshaped([1, $0.count]) : $0 }, axis: 0)
      },
      stacker("hstack") { (ts, _) throws(TensorError) in
        try Tensor.concatenate(ts, axis: ts.first?.ndim == 1 ? 0 : 1)
      },
      stacker("stack", axis: 0) { (ts, axis) throws(TensorError) in
        guard let axis else { throw TensorError(.type, "'NoneType' object cannot be interpreted as an integer") }
        return try Tensor.stack(ts, axis: axis)
      },
      stacker("dstack") { (ts, _) throws(TensorError) in
        // NumPy's atleast_3d: a number is (1, 1, 1), a vector (1, N, 1), a matrix (M, N, 1).
        let deep = ts.map { t in
          switch t.ndim {
          case 0: t.reshaped([1, 1, 1])
          case 1: t.reshaped([1, t.count, 1])
          case 2: t.reshaped(t.shape + [1])
          default: t
          }
        }
        return try Tensor.concatenate(deep, axis: 2)
      },
      stacker("column_stack") { (ts, _) throws(TensorError) in
        try Tensor.concatenate(ts.map { $0.ndim == 1 ? $0.reshaped([$0.count, 1]) : $0 }, axis: 1)
      },
      .general("sort", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("sort", ["a", "axis", "kind"], required: 1)
        let arr = try rt.array(p[0] ?? .none)
        // `axis=None` sorts the flattened array.
        if let given = p[1], given.isNone { return .object(try arr.sortedCopy(axis: nil)) }
        return .object(try arr.sortedCopy(axis: try axisArgument(p[1], rt) ?? -1))
      },
      .general("argsort", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("argsort", ["a", "axis", "kind"], required: 1, keywordOnly: ["stable"])
        let arr = try rt.array(p[0] ?? .none)
        try exactInFloat([arr])
        let kind = try sortKind(p[2], stable: p[3], arr, rt)
        let t = try floats(rt, p[0] ?? .none)
        if let given = p[1], given.isNone {
          let flat = t.reshaped([t.count])
          return .object(
            NDArray.from(try lift { () throws(TensorError) in try flat.argsorted(kind: kind) }).astype(.int64))
        }
        let axis = try axisArgument(p[1], rt) ?? -1
        return .object(
          NDArray.from(try lift { () throws(TensorError) in try t.argsorted(axis: axis, kind: kind) }).astype(.int64))
      },
      .general("partition", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("partition", ["a", "kth", "axis", "kind", "order"], required: 2)
        let arr = try rt.array(p[0] ?? .none)
        return try like(arr, try partition(arr, p, indices: false, rt))
      },
      .general("argpartition", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("argpartition", ["a", "kth", "axis", "kind", "order"], required: 2)
        let arr = try rt.array(p[0] ?? .none)
        return .object(NDArray.from(try partition(arr, p, indices: true, rt)).astype(.int64))
      },
      .general("lexsort", "numpy") { (rt, a) throws(PyError) in
        // Stable sorts by each key in turn, so the last key decides first (NaN after every number).
        let p = try a.bind("lexsort", ["keys", "axis"], required: 1)
        try exactInFloat([try rt.array(p[0] ?? .none)])
        let t = try floats(rt, p[0] ?? .none)
        guard t.ndim >= 1, t.count > 0 || t.ndim == 2 else {
          throw PyError("TypeError", "need sequence of keys with len > 0 in lexsort")
        }
        guard t.ndim <= 2 else { throw PyError("NotImplementedError", "lexsort over keys of more than 1 dimension") }
        let n = t.ndim == 1 ? t.count : t.shape[1]
        let rows = t.ndim == 1 ? 1 : t.shape[0]
        var order = Array(0..<n)
        for r in 0..<rows {
          let key = Array(t.data[(r * n)..<((r + 1) * n)])
          order = try NumPyFunctions.stableOrder(order, rt) { (i, j) in
            let x = key[i]
            let y = key[j]
            return x < y || (y.isNaN && !x.isNaN)
          }
        }
        return .object(NDArray(ints: order, shape: [n]))
      },
      .general("unique", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind(
          "unique", ["ar"], required: 1, keywordOnly: ["return_index", "return_inverse", "return_counts"])
        let arr = try rt.array(p[0] ?? .none)
        var t = arr.tensor
        t.dtype = .float64
        let (values, counts) = try lift { () throws(TensorError) in try t.unique() }
        let u = try like(arr, values)
        func flag(_ v: Value?) throws(PyError) -> Bool {
          try v.map { (c) throws(PyError) in try rt.truthy(c) } ?? false
        }
        let (wantIndex, wantInverse, wantCounts) = (try flag(p[1]), try flag(p[2]), try flag(p[3]))
        guard wantIndex || wantInverse || wantCounts else { return u }
        var out = [u]
        if wantIndex || wantInverse {
          // Each element's place among the sorted unique values (every NaN is the one NaN at the end).
          let sorted = values.data
          let places = t.data.map { x -> Int in
            if x.isNaN { return sorted.count - 1 }
            var (lo, hi) = (0, sorted.count)
            while lo < hi {
              let mid = (lo + hi) / 2
              if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return lo
          }
          if wantIndex {
            var first = [Int](repeating: -1, count: sorted.count)
            for (i, k) in places.enumerated() where first[k] < 0 { first[k] = i }
            out.append(.object(NDArray(ints: first, shape: [first.count])))
          }
          if wantInverse { out.append(.object(NDArray(ints: places, shape: arr.shape))) }
        }
        if wantCounts { out.append(.object(NDArray(ints: counts, shape: [counts.count]))) }
        return .tuple(out)
      },
      .general("cumsum", "numpy") { (rt, a) throws(PyError) in try accumulation(rt, a, product: false) },
      .general("select", "numpy") { (rt, a) throws(PyError) in
        // NumPy's loop: from the last case back, `where(condition, choice, result)`, starting at the default,
        // each choice and the default made arrays first (so the result's dtype is theirs together).
        let p = try a.bind("select", ["condlist", "choicelist", "default"], required: 2)
        let conditions = try rt.collect(p[0] ?? .none)
        let choices = try rt.collect(p[1] ?? .none)
        guard conditions.count == choices.count else {
          throw PyError("ValueError", "list of cases must be same length as list of conditions")
        }
        guard !conditions.isEmpty else {
          throw PyError("ValueError", "select with an empty condition list is not possible")
        }
        var masks: [NDArray] = []
        for (i, c) in conditions.enumerated() {
          let mask = try rt.array(c)
          guard mask.dtype == .bool else {
            throw PyError("TypeError", "invalid entry \(i) in condlist: should be boolean ndarray")
          }
          masks.append(mask)
        }
        guard let choose = try rt.importModule("numpy").attributes["where"] else {
          throw PyError("AttributeError", "module 'numpy' has no attribute 'where'")
        }
        var result = Value.object(try rt.array(p[2] ?? .int(0)))
        for i in masks.indices.reversed() {
          result = try rt.call(choose, [.object(masks[i]), .object(try rt.array(choices[i])), result])
        }
        return result
      },
      .general("where", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("where", ["condition", "x", "y"], required: 1)
        let cond = try rt.array(p[0] ?? .none)
        guard let x = p[1], let y = p[2] else {
          if p[1] != nil || p[2] != nil {
            throw PyError("ValueError", "either both or neither of x and y should be given")
          }
          let nz = cond.tensor.nonzero()
          return .tuple(nz.map { .object(NDArray(ints: $0, shape: [$0.count])) })
        }
        guard let xa = try ArrayArithmetic.operand(x, rt: rt) else { throw NDArray.unsupportedElement(x, rt) }
        guard let ya = try ArrayArithmetic.operand(y, rt: rt) else { throw NDArray.unsupportedElement(y, rt) }
        let kind = ArrayArithmetic.resultType(xa, ya)
        guard
          let shape = Broadcast.shape(
            of: cond.shape, and: Broadcast.shape(of: xa.array.shape, and: ya.array.shape) ?? [])
        else {
          throw PyError("ValueError", "operands could not be broadcast together")
        }
        if kind == .float64 {
          // Float64 results take the tensor kernel: the element-by-element path below made a Python value of
          // every element (42x NumPy's time on 10⁶).
          var (left, right) = (xa.array.tensor, ya.array.tensor)
          left.dtype = .float64
          right.dtype = .float64
          let r = try lift { () throws(TensorError) in try Tensor.select(cond.tensor, left, right, shape: shape) }
          return .object(NDArray(doubles: r.data, shape: shape))
        }
        let c = try cond.broadcast(to: shape).map { cond.scalar(at: $0) }
        let xs = try xa.array.broadcast(to: shape)
        let ys = try ya.array.broadcast(to: shape)
        var values: [Value] = []
        for k in 0..<c.count {
          values.append(try rt.truthy(c[k]) ? xa.array.scalar(at: xs[k]) : ya.array.scalar(at: ys[k]))
        }
        let converted = values.map { v -> Value in
          switch (kind, v) {
          case (.float64, .i64(let i)): .f64(Double(i))
          case (.float64, .npBool(let b)): .f64(b ? 1 : 0)
          case (.int64, .npBool(let b)): .i64(b ? 1 : 0)
          default: v
          }
        }
        return .object(try NDArray.fromScalars(converted, dtype: kind, shape: shape, rt: rt))
      },
      .general("clip", "numpy") { (rt, a) throws(PyError) in
        // NumPy's `minimum(maximum(a, a_min), a_max)`: NaN in either propagates, array bounds broadcast.
        let p = try a.bind("clip", ["a", "a_min", "a_max", "out"], required: 1, keywordOnly: ["min", "max"])
        for (positional, keyword) in [(p[1], p[4]), (p[2], p[5])] where positional != nil && keyword != nil {
          throw PyError("ValueError", "Passed more than one argument for the same bound")
        }
        var r = p[0] ?? .none
        let (lo, hi) = (p[1] ?? p[4] ?? .none, p[2] ?? p[5] ?? .none)
        if !lo.isNone { r = try pairwise(rt, r, lo, .maximum) }
        if !hi.isNone { r = try pairwise(rt, r, hi, .minimum) }
        if lo.isNone && hi.isNone { r = ArrayArithmetic.wrap(try rt.array(r).copy()) }
        guard let out = p[3], !out.isNone else { return r }
        return try written(r, into: out, ufunc: "clip", rt: rt)
      },
      .general("round", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("round", ["a", "decimals"], required: 1)
        let arr = try rt.array(p[0] ?? .none)
        let d = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0
        if arr.dtype != .float64 { return ArrayArithmetic.wrap(arr.copy()) }
        // NumPy rounds half to even after scaling by 10**decimals.
        let scale = Foundation.pow(10.0, Double(d))
        let r = arr.doubles.map {
          d >= 0
            ? ($0 * scale).rounded(.toNearestOrEven) / scale
            : ($0 / Foundation.pow(10.0, Double(-d))).rounded(.toNearestOrEven) * Foundation.pow(10.0, Double(-d))
        }
        return ArrayArithmetic.wrap(NDArray(doubles: r, shape: arr.shape))
      },
      .two("maximum", "numpy") { (rt, x, y) throws(PyError) in try pairwise(rt, x, y, .maximum) },
      .two("minimum", "numpy") { (rt, x, y) throws(PyError) in try pairwise(rt, x, y, .minimum) },
      .general("allclose", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("allclose", ["a", "b", "rtol", "atol"], required: 2)
        let x = try floats(rt, p[0] ?? .none)
        let y = try floats(rt, p[1] ?? .none)
        let rtol = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 1e-5
        let atol = try p[3].map { (v) throws(PyError) in try rt.double(v) } ?? 1e-8
        guard let shape = Broadcast.shape(of: x.shape, and: y.shape) else {
          throw PyError.notBroadcastable(x.shape, y.shape)
        }
        let xb = try lift { () throws(TensorError) in try x.broadcast(to: shape) }
        let yb = try lift { () throws(TensorError) in try y.broadcast(to: shape) }
        return .bool(zip(xb.data, yb.data).allSatisfy { Swift.abs($0 - $1) <= atol + rtol * Swift.abs($1) })
      },
      .general("quantile", "numpy") { (rt, a) throws(PyError) in try quantile(rt, a, "quantile", scale: 1) },
      .general("percentile", "numpy") { (rt, a) throws(PyError) in try quantile(rt, a, "percentile", scale: 100) },
      .two("outer", "numpy") { (rt, x, y) throws(PyError) in
        let (xa, ya) = (try rt.array(x), try rt.array(y))
        try exactInFloat([xa, ya])
        let (a, b) = (try floats(rt, x), try floats(rt, y))
        let r = NDArray.from(try lift { () throws(TensorError) in try Linalg.outer(a, b) })
        let kind = DType.promote(xa.dtype, ya.dtype)
        return .object(kind == .float64 ? r : r.astype(kind == .bool ? .bool : .int64))
      },
      .general("prod", "numpy") { (rt, a) throws(PyError) in try ArrayMethods.reduce(rt, a, .prod) },
    ]

  /// `np.any`/`np.all` and the methods.
  static func truth(_ name: String, _ all: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis"], required: 1)
      let arr = try rt.array(p[0] ?? .none)
      if let ax = p[1], !ax.isNone {
        var t = arr.tensor
        t.dtype = .float64
        let axis = try rt.index(ax)
        var r = try lift { () throws(TensorError) in try t.reduce(all ? .all : .any, axes: .some([axis])) }
        r.dtype = .bool
        return ArrayArithmetic.wrap(NDArray.from(r))
      }
      let b = arr.bools
      return .npBool(all ? b.allSatisfy { $0 } : b.contains(true))
    }
  }

  static let more: [PyBuiltin] = [
    truth("any", false), truth("all", true),
    .general("searchsorted", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("searchsorted", ["a", "v", "side"], required: 2)
      try exactInFloat([try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none)])
      let sorted = try rt.array(p[0] ?? .none).doubles
      let left = try p[2].map { (s) throws(PyError) in try rt.string(s, "side") != "right" } ?? true
      let v = p[1] ?? .none
      if case .object(let o) = v, o.tag == .ndarray || o.tag == .list {
        let vs = try rt.array(v)
        return .object(NDArray(ints: vs.doubles.map { Tensor.insertionPoint(sorted, $0, left: left) }, shape: vs.shape))
      }
      return .i64(Tensor.insertionPoint(sorted, try rt.double(v), left: left))
    },
    .two("intersect1d", "numpy") { (rt, x, y) throws(PyError) in
      let a = try rt.array(x)
      let b = try rt.array(y)
      try exactInFloat([a, b])
      let common = Set(b.doubles)
      var t = Tensor(Array(Set(a.doubles.filter { common.contains($0) })))
      t = try lift { () throws(TensorError) in try t.sorted() }
      let kind = DType.promote(a.dtype, b.dtype)
      let r = NDArray.from(t)
      return .object(kind == .float64 ? r : r.astype(kind))
    },
  ]

  /// `r` written into the `out=` array of ufunc `ufunc`, which is returned.
  static func written(_ r: Value, into out: Value, ufunc: String, rt: Runtime) throws(PyError) -> Value {
    guard case .object(let o) = out, o.tag == .ndarray else {
      throw PyError("TypeError", "return arrays must be of ArrayType")
    }
    try unsafeDowncast(o, to: NDArray.self).receive(try rt.array(r), ufunc: ufunc)
    return out
  }

  static func pairwise(_ rt: Runtime, _ x: Value, _ y: Value, _ op: TensorModule.BinaryOperator) throws(PyError)
    -> Value
  {
    guard let a = try ArrayArithmetic.operand(x, rt: rt), let b = try ArrayArithmetic.operand(y, rt: rt) else {
      throw PyError("TypeError", "unsupported operand types")
    }
    let kind = ArrayArithmetic.resultType(a, b)
    if kind != .float64 && [.maximum, .minimum, .fmax, .fmin].contains(op) {
      // As integers: through float64 every value past 2⁵³ was rounded.
      guard let shape = Broadcast.shape(of: a.array.shape, and: b.array.shape) else {
        throw PyError.notBroadcastable(a.array.shape, b.array.shape)
      }
      let larger = op == .maximum || op == .fmax
      let values = ArrayArithmetic.integerPairs(a.array, b.array, shape) {
        larger ? Swift.max($0, $1) : Swift.min($0, $1)
      }
      return ArrayArithmetic.wrap(NDArray(ints: values, shape: shape).astype(kind))
    }
    let r = NDArray.from(try lift { () throws(TensorError) in try Tensor.combine(a.array.tensor, b.array.tensor, op) })
    return ArrayArithmetic.wrap(kind == .float64 ? r : r.astype(kind))
  }

  static func quantile(_ rt: Runtime, _ a: Arguments, _ name: String, scale: Double) throws(PyError) -> Value {
    let p = try a.bind(name, ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], required: 2)
    try unsupported(name, ["out"], [p[3]])
    var method = Tensor.QuantileMethod.linear
    if let m = p[5], !m.isNone {
      let given = try rt.string(m, "method")
      let numpy = [
        "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
        "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
      ]
      guard numpy.contains(given) else {
        throw PyError(
          "ValueError",
          "'\(given)' is not a valid method. Use one of: dict_keys([\(numpy.map { "'\($0)'" }.joined(separator: ", "))])"
        )
      }
      guard let known = Tensor.QuantileMethod(rawValue: given) else {
        throw PyError("NotImplementedError", "\(name)(method='\(given)') is not in Tessel yet")
      }
      method = known
    }
    let source = try rt.array(p[0] ?? .none)
    let keepdims = try p[6].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
    let t = try floats(rt, p[0] ?? .none)
    var q = try floats(rt, p[1] ?? .none)
    q = q.map { $0 / scale }
    if q.data.contains(where: { !($0 >= 0 && $0 <= 1) }) {
      throw PyError(
        "ValueError",
        scale == 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]")
    }
    let axis = try axisArgument(p[2], rt)
    let r = try lift { () throws(TensorError) in try t.quantile(q, axis: axis, keepdims: keepdims, method: method) }
    // The methods that pick an element keep its dtype.
    let picks = method == .lower || method == .higher || method == .nearest
    return ArrayArithmetic.wrap(picks && source.dtype == .int64 ? NDArray.from(r).astype(.int64) : NDArray.from(r))
  }

  /// `np.linalg`.
  static func linalg() -> PyModule {
    .make(
      "numpy.linalg",
      functions: NumPyLinalg.functions + NumPyNumerics.linalg + [
        .one("inv", "numpy.linalg") { (rt, v) throws(PyError) in
          let t = try floats(rt, v)
          return .object(NDArray.from(try lift { () throws(TensorError) in try Linalg.inv(t) }))
        },
        .one("det", "numpy.linalg") { (rt, v) throws(PyError) in
          let t = try floats(rt, v)
          return .f64(try lift { () throws(TensorError) in try Linalg.det(t) })
        },
        .two("solve", "numpy.linalg") { (rt, x, y) throws(PyError) in
          let (a, b) = (try floats(rt, x), try floats(rt, y))
          return .object(NDArray.from(try lift { () throws(TensorError) in try Linalg.solve(a, b) }))
        },
        .general("norm", "numpy.linalg") { (rt, a) throws(PyError) in
          let p = try a.bind("norm", ["x", "ord", "axis", "keepdims"], required: 1)
          let t = try floats(rt, p[0] ?? .none)
          let ord = try NumPyNumerics.order(rt, p[1])
          let axes = try axesArgument(p[2], rt)
          let keep = try p[3].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
          let r = try lift { () throws(TensorError) in try Linalg.norm(t, ord: ord, axis: axes, keepdims: keep) }
          return ArrayArithmetic.wrap(NDArray.from(r))
        },
      ],
      values: ["LinAlgError": .object(BuiltinTypes.exception(named: "LinAlgError") ?? BuiltinTypes.exception)])
  }
}
