import Foundation
import TensorModule

/// `numpy.dtype` objects: `a.dtype`, `np.float64` compared with them.
final class PyDTypeObject: PyObject, @unchecked Sendable {
  let dtype: DType
  /// `dtype('complex128')`, which has no `DType` of its own: complex arrays are their own class.
  let isComplex: Bool
  init(_ dtype: DType) {
    self.dtype = dtype
    self.isComplex = false
    super.init(tag: .other)
  }
  init(complex: ()) {
    self.dtype = .float64
    self.isComplex = true
    super.init(tag: .other)
  }
  override var type: PyType { NumPyTypes.dtypeType }

  var name: String { isComplex ? "complex128" : dtype.name }
  var itemSize: Int { isComplex ? 16 : dtype.itemSize }

  static func of(_ v: Value) -> PyDTypeObject? {
    if case .object(let o) = v, let d = o as? PyDTypeObject { return d }
    return nil
  }
}

extension NumPyTypes {
  static let ndarray = BuiltinTypes.make(
    "ndarray", [BuiltinTypes.object], layout: .ndarray, module: "numpy",
    methods: ArrayMethods.all + ProtocolMethods.container("ndarray"),
    attributes: ArrayMethods.attributes)
  static let dtypeType = BuiltinTypes.make(
    "dtype", [BuiltinTypes.object], module: "numpy",
    methods: [
      .one("__repr__", "dtype") { (_, v) throws(PyError) in .str("dtype('\(PyDTypeObject.of(v)?.name ?? "?")')") },
      .one("__str__", "dtype") { (_, v) throws(PyError) in .str(PyDTypeObject.of(v)?.name ?? "?") },
      .two("__eq__", "dtype") { (rt, a, b) throws(PyError) in
        if PyDTypeObject.of(a)?.isComplex == true || ComplexArrays.isComplexDType(b, rt: rt) {
          return .bool(PyDTypeObject.of(a)?.isComplex == true && ComplexArrays.isComplexDType(b, rt: rt))
        }
        return .bool(DTypes.of(a) == (try DTypes.parse(b, rt: rt)))
      },
      .one("__hash__", "dtype") { (_, v) throws(PyError) in
        .int(PyDTypeObject.of(v)?.isComplex == true ? 15 : Int(DTypes.of(v)?.rawValue ?? 0))
      },
    ],
    attributes: [
      "name": .object(
        PyProperty(
          getter: .object(
            PyBuiltin.one("name", "dtype") { (_, v) throws(PyError) in .str(PyDTypeObject.of(v)?.name ?? "?") }))
      ),
      "itemsize": .object(
        PyProperty(
          getter: .object(
            PyBuiltin.one("itemsize", "dtype") { (_, v) throws(PyError) in .int(PyDTypeObject.of(v)?.itemSize ?? 8) }
          ))),
    ])
}

enum DTypes {
  static func of(_ v: Value) -> DType? {
    if case .object(let o) = v, let d = o as? PyDTypeObject, !d.isComplex { return d.dtype }
    return nil
  }

  /// `dtype=` arguments: `float`, `int`, `bool`, `np.float64`, `"float64"`, a dtype object.
  static func parse(_ v: Value, rt: Runtime) throws(PyError) -> DType? {
    if v.isNone { return nil }
    if let d = of(v) { return d }
    if case .object(let o) = v {
      if o === BuiltinTypes.float || o === NumPyTypes.float64 { return .float64 }
      if o === BuiltinTypes.int || o === NumPyTypes.int64 { return .int64 }
      if o === BuiltinTypes.bool || o === NumPyTypes.bool { return .bool }
      if o.tag == .str {
        switch unsafeDowncast(o, to: PyStr.self).value {
        case "float64", "float", "f8", "double": return .float64
        case "int64", "int", "i8": return .int64
        case "bool", "?": return .bool
        default: break
        }
      }
    }
    if ComplexArrays.isComplexDType(v, rt: rt) {
      throw PyError(
        "NotImplementedError",
        "dtype complex128 is not supported here; Tessel makes complex arrays with np.array, np.asarray, np.zeros, "
          + "np.ones, np.empty, np.full and astype")
    }
    throw PyError(
      "NotImplementedError", "dtype \(try rt.repr(v)) is not supported; Tessel has bool, int64, float64 and complex128")
  }
}

extension Runtime {
  func array(_ v: Value) throws(PyError) -> NDArray {
    if case .object(let o) = v, o.tag == .ndarray { return unsafeDowncast(o, to: NDArray.self) }
    return try NDArray.make(v, dtype: nil, rt: self)
  }

  func arrayValue(_ a: NDArray) -> Value { .object(a) }
}

/// The `np` module: creation, elementwise functions, reductions and products, as far as Tessel has them.
enum NumPyModule {
  static func shapeArgument(_ v: Value, rt: Runtime) throws(PyError) -> [Int] {
    if case .object(let o) = v, o.tag == .tuple || o.tag == .list {
      var out: [Int] = []
      for x in try rt.collect(v) { out.append(try rt.index(x)) }
      return out
    }
    return [try rt.index(v)]
  }

  static func filled(_ rt: Runtime, _ a: Arguments, _ name: String, _ value: Double) throws(PyError) -> Value {
    let p = try a.bind(name, ["shape", "dtype"], required: 1)
    let shape = try shapeArgument(p[0] ?? .none, rt: rt)
    do throws(TensorError) { try MemoryBudget.reserve(shape) } catch { throw PyError(tensor: error) }
    let n = shape.reduce(1, *)
    switch try DTypes.parse(p[1] ?? .none, rt: rt) ?? .float64 {
    case .float64: return .object(NDArray(doubles: [Double](repeating: value, count: n), shape: shape))
    case .int64:
      return .object(NDArray(ints: [Int](repeating: NumberCasts.int64(casting: value), count: n), shape: shape))
    case .bool: return .object(NDArray(bools: [Bool](repeating: value != 0, count: n), shape: shape))
    }
  }

  /// `zeros_like(a, dtype=None)` and its kin: `a`'s shape, and its dtype unless one is given.
  static func like(_ name: String, _ value: Double) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "dtype"], required: 1)
      let source = try rt.array(p[0] ?? .none)
      let dtype = try DTypes.parse(p[1] ?? .none, rt: rt) ?? source.dtype
      return try filled(
        rt, Arguments([.tuple(source.shape.map { .int($0) }), .object(PyDTypeObject(dtype))]), name, value)
    }
  }

  /// `np.float64(x)`, `np.int64(x)`, `np.bool_(x)`: NumPy scalars (an array argument converts elementwise).
  static func scalarConstructor(_ dtype: DType) -> Runtime.ConstructorRef {
    Runtime.ConstructorRef { (rt, a) throws(PyError) -> Value in
      guard let v = a.positional.first else {
        switch dtype {
        case .float64: return .f64(0)
        case .int64: return .i64(0)
        case .bool: return .npBool(false)
        }
      }
      if case .object(let o) = v, o.tag == .ndarray || o.tag == .list || o.tag == .tuple {
        return ArrayArithmetic.wrap(try NDArray.make(v, dtype: dtype, rt: rt))
      }
      switch dtype {
      case .float64:
        // NumPy reads None as NaN here (`float(None)` raises).
        if case .none = v { return .f64(.nan) }
        if case .object(let o) = v, o.tag == .complex, let m = o.type.lookup("__float__") {
          return .f64(try rt.double(try rt.call(m, v)))
        }
        if case .object(let o) = v, o.tag == .str {
          return .f64(try Constructors.parseFloat(unsafeDowncast(o, to: PyStr.self).value))
        }
        return .f64(try rt.double(v, "float() argument must be a string or a real number", quoted: true))
      case .int64:
        guard case .int(let i) = try rt.toInt(v) else {
          throw PyError("OverflowError", "Python int too large to convert to C long")
        }
        return .i64(i)
      case .bool: return .npBool(try rt.truthy(v))
      }
    }
  }

  static func make(_ rt: Runtime) -> PyModule {
    rt.constructors[ObjectIdentifier(NumPyTypes.float64)] = scalarConstructor(.float64)
    rt.constructors[ObjectIdentifier(NumPyTypes.int64)] = scalarConstructor(.int64)
    rt.constructors[ObjectIdentifier(NumPyTypes.bool)] = scalarConstructor(.bool)
    rt.constructors[ObjectIdentifier(NumPyTypes.complex128)] = ComplexArrays.constructor()
    // `np.dtype('float64')`, `np.dtype(int)`, `np.dtype(complex)`.
    rt.constructors[ObjectIdentifier(NumPyTypes.dtypeType)] = Runtime.ConstructorRef {
      (rt, a) throws(PyError) -> Value in
      let p = try a.bind("dtype", ["dtype"], required: 1)
      let v = p[0] ?? .none
      if ComplexArrays.isComplexDType(v, rt: rt) { return .object(PyDTypeObject(complex: ())) }
      if v.isNone { return .object(PyDTypeObject(.float64)) }
      guard let d = try DTypes.parse(v, rt: rt) else { return .object(PyDTypeObject(.float64)) }
      return .object(PyDTypeObject(d))
    }
    rt.constructors[ObjectIdentifier(Poly1D.pyType)] = Runtime.ConstructorRef { (rt, a) throws(PyError) -> Value in
      let p = try a.bind("poly1d", ["c_or_r", "r", "variable"], required: 1)
      let roots = try p[1].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      let variable = try p[2].flatMap { (v) throws(PyError) in v.isNone ? nil : try rt.string(v, "variable") }
      return .object(try Poly1D.make(rt, p[0] ?? .none, roots: roots, variable: variable))
    }
    let functions: [PyBuiltin] = [
      .general("array", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("array", ["object", "dtype"], required: 1)
        return .object(try NDArray.make(p[0] ?? .none, dtype: try DTypes.parse(p[1] ?? .none, rt: rt), rt: rt))
      },
      .general("asarray", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("asarray", ["a", "dtype"], required: 1)
        let dtype = try DTypes.parse(p[1] ?? .none, rt: rt)
        if case .object(let o)? = p[0], o.tag == .ndarray {
          let arr = unsafeDowncast(o, to: NDArray.self)
          if dtype == nil || dtype == arr.dtype { return .object(arr) }
        }
        return .object(try NDArray.make(p[0] ?? .none, dtype: dtype, rt: rt))
      },
      .general("zeros", "numpy") { (rt, a) throws(PyError) in try filled(rt, a, "zeros", 0) },
      .general("ones", "numpy") { (rt, a) throws(PyError) in try filled(rt, a, "ones", 1) },
      like("zeros_like", 0), like("ones_like", 1), like("empty_like", 0),
      .general("full_like", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("full_like", ["a", "fill_value", "dtype"], required: 2)
        let source = try rt.array(p[0] ?? .none)
        let dtype = try DTypes.parse(p[2] ?? .none, rt: rt) ?? source.dtype
        return try filled(
          rt, Arguments([.tuple(source.shape.map { .int($0) }), .object(PyDTypeObject(dtype))]), "full_like",
          try rt.double(p[1] ?? .none))
      },
      // NumPy leaves `empty`'s memory as it finds it; Tessel's is zeroed, which is one of the values it may hold.
      .general("empty", "numpy") { (rt, a) throws(PyError) in try filled(rt, a, "empty", 0) },
      .general("full", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("full", ["shape", "fill_value", "dtype"], required: 2)
        let fill = p[1] ?? .none
        var dtype = try DTypes.parse(p[2] ?? .none, rt: rt)
        if dtype == nil {
          switch fill {
          case .int, .i64: dtype = .int64
          case .bool, .npBool: dtype = .bool
          default: dtype = .float64
          }
        }
        if dtype == .int64, case .object(let o) = fill, o.tag == .ndarray || o.tag == .list {
          try NumPyFunctions.exactInFloat([try rt.array(fill)])
        } else if dtype == .int64, let v = try? rt.index(fill), v.magnitude > 1 << 53 {
          throw PyError(
            "NotImplementedError", "np.full of an int64 beyond 2**53 is not in Tessel yet (it would be rounded)")
        }
        return try filled(
          rt, Arguments([p[0] ?? .none, .object(PyDTypeObject(dtype ?? .float64))]), "full", try rt.double(fill))
      },
      .general("arange", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("arange", ["start", "stop", "step", "dtype"], required: 1)
        var values = [p[0] ?? .none, p[1] ?? .none, p[2] ?? .none].filter { !$0.isNone }
        if values.count == 1 { values.insert(.int(0), at: 0) }
        if values.count == 2 { values.append(.int(1)) }
        let isInt = values.allSatisfy { if case .int = $0 { true } else if case .i64 = $0 { true } else { false } }
        if isInt {
          let (start, stop, step) = (try rt.index(values[0]), try rt.index(values[1]), try rt.index(values[2]))
          if step == 0 { throw PyError("ZeroDivisionError", "division by zero") }
          let n = PyRange.count(start, stop, step)
          do throws(TensorError) { try MemoryBudget.reserve(count: n) } catch { throw PyError(tensor: error) }
          let arr = NDArray(ints: (0..<n).map { start + $0 * step }, shape: [n])
          if let d = try DTypes.parse(p[3] ?? .none, rt: rt), d != .int64 { return .object(arr.astype(d)) }
          return .object(arr)
        }
        let (start, stop, step) = (try rt.double(values[0]), try rt.double(values[1]), try rt.double(values[2]))
        if step == 0 { throw PyError("ZeroDivisionError", "division by zero") }
        let n = try NumberCasts.arangeLength((stop - start) / step)
        do throws(TensorError) { try MemoryBudget.reserve(count: n) } catch { throw PyError(tensor: error) }
        return .object(NDArray(doubles: (0..<n).map { start + Double($0) * step }, shape: [n]))
      },
      .general("linspace", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("linspace", ["start", "stop", "num", "endpoint"], required: 2)
        let start = try rt.double(p[0] ?? .none)
        let stop = try rt.double(p[1] ?? .none)
        let num = try p[2].map { (n) throws(PyError) in try rt.index(n) } ?? 50
        let endpoint = try p[3].map { (e) throws(PyError) in try rt.truthy(e) } ?? true
        if num < 0 { throw PyError("ValueError", "Number of samples, \(num), must be non-negative.") }
        do throws(TensorError) { try MemoryBudget.reserve(count: num) } catch { throw PyError(tensor: error) }
        let div = Double(endpoint ? num - 1 : num)
        let step = (stop - start) / div
        // NumPy's linspace: start + i * step, with the last sample exactly `stop`.
        var out = (0..<num).map { start + Double($0) * (div > 0 ? step : 0) }
        if endpoint && num > 1 { out[num - 1] = stop }
        return .object(NDArray(doubles: out, shape: [num]))
      },
      .general("eye", "numpy") { (rt, a) throws(PyError) in
        let p = try a.bind("eye", ["N", "M", "k", "dtype"], required: 1)
        let n = try rt.index(p[0] ?? .none)
        let m = try p[1].flatMap { (v) throws(PyError) -> Int? in v.isNone ? nil : try rt.index(v) } ?? n
        let k = try p[2].map { (v) throws(PyError) in try rt.index(v) } ?? 0
        let dtype = try DTypes.parse(p[3] ?? .none, rt: rt) ?? .float64
        if n < 0 || m < 0 { throw PyError("ValueError", "negative dimensions are not allowed") }
        do throws(TensorError) { try MemoryBudget.reserve([n, m]) } catch { throw PyError(tensor: error) }
        var out = [Double](repeating: 0, count: n * m)
        // Row i's one sits at column i + k, where that column exists.
        for i in 0..<n where i + k >= 0 && i + k < m { out[i * m + i + k] = 1 }
        let eye = NDArray(doubles: out, shape: [n, m])
        return .object(dtype == .float64 ? eye : eye.astype(dtype))
      },
      .two("dot", "numpy") { (rt, x, y) throws(PyError) in
        try ArrayArithmetic.dot(try rt.array(x), try rt.array(y), rt: rt)
      },
      .two("matmul", "numpy") { (rt, x, y) throws(PyError) in
        try ArrayArithmetic.matmul(try rt.array(x), try rt.array(y))
      },
      // `np.abs` is this same function, as in NumPy (`np.abs.__name__` is 'absolute'); bools stay bools.
      .one("absolute", "numpy") { (rt, v) throws(PyError) in
        ArrayArithmetic.wrap(ArrayArithmetic.absolute(try rt.array(v)))
      },
      .general("sum", "numpy") { (rt, a) throws(PyError) in try ArrayMethods.reduce(rt, a, .sum) },
      .general("mean", "numpy") { (rt, a) throws(PyError) in try ArrayMethods.reduce(rt, a, .mean) },
      .general("max", "numpy") { (rt, a) throws(PyError) in try ArrayMethods.reduce(rt, a, .max) },
      .general("min", "numpy") { (rt, a) throws(PyError) in try ArrayMethods.reduce(rt, a, .min) },
      .general("amax", "numpy") { (rt, a) throws(PyError) in try ArrayMethods.reduce(rt, a, .max) },
      .general("amin", "numpy") { (rt, a) throws(PyError) in try ArrayMethods.reduce(rt, a, .min) },
      .general("shares_memory", "numpy") { (rt, a) throws(PyError) in
        guard a.positional.count == 2 else { throw PyError("TypeError", "shares_memory expected 2 arguments") }
        let x = try rt.array(a.positional[0])
        let y = try rt.array(a.positional[1])
        return .bool(
          x.storage === y.storage && !x.positions().isEmpty && !Set(x.positions()).isDisjoint(with: y.positions()))
      },
    ]
    let module = PyModule.make(
      "numpy",
      functions: functions + NumPyFunctions.all + NumPyFunctions.more + NumPyCounting.functions
        + NumPyShaping.functions + NumPyUfuncs.functions + NumPyAxes.functions
        + NumPyStatistics.functions + NumPyNumerics.functions + NumPyPolynomials.functions + NumPyConveniences.functions
        + NumPyEditing.functions
        + NumPyDiagonals.functions
        + NumPyPrintOptions.functions + NumPyIndexTricks.functions + NumPyIteration.functions + [NumPyPad.function],
      values: [
        "float64": .object(NumPyTypes.float64), "int64": .object(NumPyTypes.int64), "bool_": .object(NumPyTypes.bool),
        "generic": .object(NumPyTypes.generic), "number": .object(NumPyTypes.number),
        "integer": .object(NumPyTypes.integer), "signedinteger": .object(NumPyTypes.signedInteger),
        "inexact": .object(NumPyTypes.inexact), "floating": .object(NumPyTypes.floating),
        "ndarray": .object(NumPyTypes.ndarray), "dtype": .object(NumPyTypes.dtypeType), "pi": .float(Double.pi),
        "e": .float(M_E), "inf": .float(.infinity),
        "nan": .float(.nan), "newaxis": .none, "True_": .npBool(true), "False_": .npBool(false),
      ])
    ComplexFunctions.install(in: &module.attributes)
    module.attributes["abs"] = module.attributes["absolute"]
    NumPyUfunc.install(in: &module.attributes)
    NumPyIndexTricks.install(in: &module.attributes)
    NumPyIteration.install(in: &module.attributes)
    // NumPy's second name for np.round: its own function, named `around`.
    if case .object(let o)? = module.attributes["round"], o.tag == .builtin {
      let round = unsafeDowncast(o, to: PyBuiltin.self)
      module.attributes["around"] = .object(PyBuiltin("around", doc: round.doc, kernel: round.kernel, round.body))
    }
    module.attributes["poly1d"] = .object(Poly1D.pyType)
    NumPyConveniences.install(in: &module.attributes)
    module.attributes["r_"] = .object(NumPyEditing.concatenator("r_", columns: false))
    module.attributes["c_"] = .object(NumPyEditing.concatenator("c_", columns: true))
    module.attributes["linalg"] = .object(NumPyFunctions.linalg())
    module.attributes["fft"] = .object(NumPyFFT.make())
    module.attributes["lib"] = .object(NumPyStrideTricks.make())
    module.attributes["exceptions"] = .object(
      PyModule.make(
        "numpy.exceptions", functions: [],
        values: ["AxisError": .object(BuiltinTypes.exception(named: "AxisError") ?? BuiltinTypes.exception)]))
    module.attributes["random"] = .object(NumPyRandom.make(rt))
    return module
  }
}
