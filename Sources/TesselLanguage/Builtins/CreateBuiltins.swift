import TensorModule

/// Making tensors: `array zeros ones full eye arange linspace zeros_like ones_like full_like diag copy`.
enum CreateBuiltins {
  static let all: [Builtin] = [
    Builtin(
      "array", [Parameter("object"), Parameter("dtype", .optional(.none))],
      "A tensor from numbers, bools, nested lists or another tensor.",
      details: "dtype: None, 'float64' or 'bool'.\nExample: array([[1, 2], [3, 4]]).shape  →  (2, 2)"
    ) { c throws(TesselError) in
      var t = try c.tensor("object")
      if let d = try Dtypes.name(c, "dtype") { t = try Dtypes.cast(t, d, c) }
      return .tensor(t)
    },
    Builtin(
      "zeros", [Parameter("shape")], "A tensor of zeros.", details: "Example: zeros((2, 3))"
    ) { c throws(TesselError) in
      .tensor(Tensor(repeating: 0, shape: try c.shape("shape")))
    },
    Builtin(
      "ones", [Parameter("shape")], "A tensor of ones.", details: "Example: ones(3)  →  array([1., 1., 1.])"
    ) { c throws(TesselError) in
      .tensor(Tensor(repeating: 1, shape: try c.shape("shape")))
    },
    Builtin(
      "full", [Parameter("shape"), Parameter("fill_value")], "A tensor with every element fill_value.",
      details: "Example: full((2, 2), 7)"
    ) { c throws(TesselError) in
      .tensor(Tensor(repeating: try c.number("fill_value"), shape: try c.shape("shape")))
    },
    Builtin(
      "eye", [Parameter("N"), Parameter("M", .optional(.none)), Parameter("k", .optional(.number(0)))],
      "The identity matrix (N × M, ones on diagonal k).", details: "Example: eye(3)"
    ) { c throws(TesselError) in
      let n = try c.shape("N")[0]
      let m = c.isGiven("M") ? try c.shape("M")[0] : n
      let k = try c.integer("k")
      return .tensor(try c.lift { () throws(TensorError) in try Tensor.identity(n, columns: m, k: k) })
    },
    Builtin(
      "arange", [Parameter("start"), Parameter("stop", .optional(.none)), Parameter("step", .optional(.number(1)))],
      "Evenly spaced values in [start, stop) by step, as NumPy's arange.",
      details: "Length ceil((stop - start) / step).\nExample: arange(5)  →  array([0., 1., 2., 3., 4.])"
    ) { c throws(TesselError) in
      var start = try c.number("start")
      var stop: Double
      if c.isGiven("stop") { stop = try c.number("stop") } else { (start, stop) = (0, start) }
      let step = try c.number("step")
      guard step != 0 else { throw c.bad("step", expected: "a non-zero step", got: "0", kind: "ValueError") }
      let length = ((stop - start) / step).rounded(.up)
      guard length.isFinite, length < 0x1p62 else { throw TesselError("ValueError", "Maximum allowed size exceeded") }
      let n = max(0, Int(length))
      try c.lift { () throws(TensorError) in try MemoryBudget.reserve(count: n) }
      return .tensor(Tensor((0..<n).map { start + Double($0) * step }))
    },
    Builtin(
      "linspace",
      [
        Parameter("start"), Parameter("stop"), Parameter("num", .optional(.number(50))),
        Parameter("endpoint", .optional(.bool(true))),
      ],
      "num evenly spaced values from start to stop (inclusive by default).",
      details:
        "step = (stop - start) / (num - 1); the last value is exactly stop, as in NumPy.\nExample: linspace(0, 1, 5)"
    ) { c throws(TesselError) in
      let (start, stop) = (try c.number("start"), try c.number("stop"))
      let num = try c.integer("num")
      guard num >= 0 else { throw c.bad("num", expected: "a non-negative count", got: "\(num)", kind: "ValueError") }
      try c.lift { () throws(TensorError) in try MemoryBudget.reserve(count: num) }
      return .tensor(Tensor(linspace(start, stop, num, endpoint: try c.bool("endpoint"))))
    },
    Builtin(
      "zeros_like", [Parameter("a")], "Zeros with a's shape.", details: "Example: zeros_like(x)"
    ) { c throws(TesselError) in
      .tensor(Tensor(repeating: 0, shape: try c.tensor("a").shape))
    },
    Builtin(
      "ones_like", [Parameter("a")], "Ones with a's shape.", details: "Example: ones_like(x)"
    ) { c throws(TesselError) in
      .tensor(Tensor(repeating: 1, shape: try c.tensor("a").shape))
    },
    Builtin(
      "full_like", [Parameter("a"), Parameter("fill_value")], "fill_value with a's shape.",
      details: "Example: full_like(x, 0.5)"
    ) { c throws(TesselError) in
      .tensor(Tensor(repeating: try c.number("fill_value"), shape: try c.tensor("a").shape))
    },
    Builtin(
      "diag", [Parameter("v"), Parameter("k", .optional(.number(0)))],
      "A vector's diagonal matrix, or a matrix's k-th diagonal.", details: "Example: diag([1, 2])"
    ) { c throws(TesselError) in
      let t = try c.tensor("v")
      let k = try c.integer("k")
      return .tensor(try c.lift { () throws(TensorError) in try t.diag(k) })
    },
    Builtin(
      "copy", [Parameter("a")], "A copy (tensors are values already, so this is the same tensor).",
      details: "Example: b = copy(a)"
    ) { c throws(TesselError) in
      c.value("a")
    },
  ]
}

extension CreateBuiltins {
  /// NumPy's `linspace` values: `start + i·step`, the last exactly `stop` when it is included.
  static func linspace(_ start: Double, _ stop: Double, _ num: Int, endpoint: Bool) -> [Double] {
    let div = Double(endpoint ? num - 1 : num)
    let step = (stop - start) / div
    var values = (0..<num).map { i in div > 0 ? start + Double(i) * step : start }
    if endpoint && num > 1 { values[num - 1] = stop }
    return values
  }
}

/// `astype` and `dtype=`: float64 and bool.
enum Dtypes {
  /// A dtype argument's name: a string (`'float64'`) or a type (`float`, `np.float64`, `bool`); nil for None.
  static func name(_ c: BuiltinCall, _ parameter: String) throws(TesselError) -> String? {
    switch c.value(parameter) {
    case .none: return nil
    case .string(let s): return s
    case .builtin(let b) where ["float", "int", "bool"].contains(b.name): return b.name
    default: throw c.bad(parameter, expected: "a dtype ('float64', 'bool', float, int or bool)")
    }
  }

  static func cast(_ t: Tensor, _ name: String, _ c: BuiltinCall) throws(TesselError) -> Tensor {
    var out = t
    switch name {
    case "float64", "float", "float32", "int", "int64", "int32":
      out.dtype = .float64
      if name.hasPrefix("int") { out.data = out.data.map { $0.rounded(.towardZero) } }
    case "bool":
      out.data = out.data.map { $0 != 0 ? 1 : 0 }
      out.dtype = .bool
    default:
      throw TesselError("TypeError", "data type '\(name)' not understood; Tessel has float64 and bool")
    }
    return out
  }
}
