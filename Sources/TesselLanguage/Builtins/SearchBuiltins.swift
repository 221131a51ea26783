import TensorModule

/// Finding positions: `searchsorted digitize interp nonzero argwhere`, as NumPy defines them (NaN sorts last).
enum SearchBuiltins {
  static func insertionPoint(_ a: [Double], _ v: Double, left: Bool) -> Int {
    Tensor.insertionPoint(a, v, left: left)
  }

  /// Integer positions as a float tensor of `shape`, or a number when `v` was a number.
  static func positions(_ values: [Int], like v: Value, _ shape: [Int]) -> Value {
    if v.numeric != nil { return .number(Double(values[0])) }
    return .tensor(Tensor(shape: shape, data: values.map(Double.init)))
  }

  static let all: [Builtin] = [
    Builtin(
      "searchsorted", [Parameter("a"), Parameter("v"), Parameter("side", .optional(.string("left")))],
      "Where v would be inserted into the sorted a to keep it sorted: before equal elements ('left') or after ('right').",
      details: "Example: searchsorted([1, 2, 3], 2)  →  1, searchsorted([1, 2, 3], 2, side='right')  →  2"
    ) { c throws(TesselError) in
      let (a, v) = (try c.tensor("a", ndim: 1), try c.tensor("v"))
      let side = try c.string("side")
      guard side == "left" || side == "right" else {
        throw c.bad("side", expected: "'left' or 'right'", got: "'\(side)'", kind: "ValueError")
      }
      let found = v.data.map { insertionPoint(a.data, $0, left: side == "left") }
      return positions(found, like: c.value("v"), v.shape)
    },
    Builtin(
      "digitize", [Parameter("x"), Parameter("bins"), Parameter("right", .optional(.bool(false)))],
      "The index of the bin each x falls in: i with bins[i-1] <= x < bins[i] (increasing bins; right=True closes the right edge).",
      details: "Example: digitize([0.2, 6.4, 3.0], [0, 1, 2.5, 4])  →  array([1., 4., 3.])"
    ) { c throws(TesselError) in
      let (x, bins) = (try c.tensor("x"), try c.tensor("bins", ndim: 1))
      let right = try c.bool("right")
      let b = bins.data
      let found = try c.lift { () throws(TensorError) in try Tensor.digitize(x.data, bins: b, right: right) }
      return positions(found, like: c.value("x"), x.shape)
    },
    Builtin(
      "interp",
      [
        Parameter("x"), Parameter("xp"), Parameter("fp"), Parameter("left", .optional(.none)),
        Parameter("right", .optional(.none)),
      ],
      "Piecewise-linear interpolation of the points (xp, fp) at x; xp increasing. Outside, fp's end values (or left/right).",
      details: "Example: interp(2.5, [1, 2, 3], [3, 2, 0])  →  1.0"
    ) { c throws(TesselError) in
      let (x, xp, fp) = (try c.tensor("x"), try c.tensor("xp", ndim: 1), try c.tensor("fp", ndim: 1))
      guard xp.count == fp.count else { throw TesselError("ValueError", "fp and xp are not of the same length.") }
      guard xp.count > 0 else { throw TesselError("ValueError", "array of sample points is empty") }
      let left = try c.optionalNumber("left") ?? fp.data[0]
      let right = try c.optionalNumber("right") ?? fp.data[fp.count - 1]
      let out = x.map { Tensor.interpolate($0, xp.data, fp.data, left, right) }
      return TensorValues.value(x.dtype == .bool ? Tensor(shape: out.shape, data: out.data) : out)
    },
    Builtin(
      "nonzero", [Parameter("a")], "The indices of the non-zero (true) elements, one index array per axis.",
      details: "Example: rows, cols = nonzero(A > 0)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      guard a.ndim > 0 else {
        throw TesselError(
          "ValueError", "Calling nonzero on 0d arrays is not allowed. Use atleast_1d(a).nonzero() instead.")
      }
      return .tuple(a.nonzero().map { .tensor(Tensor($0.map(Double.init))) })
    },
    Builtin(
      "argwhere", [Parameter("a")], "The indices of the non-zero (true) elements, one row per element.",
      details: "Example: argwhere(x > 0)  # shape (count, ndim)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let perAxis = a.ndim == 0 ? [] : a.nonzero()
      let n = perAxis.first?.count ?? (a.ndim == 0 && a.data[0] != 0 ? 1 : 0)
      let rows = (0..<n).flatMap { i in perAxis.map { Double($0[i]) } }
      return .tensor(Tensor(shape: [n, a.ndim], data: rows))
    },
  ]
}

extension SearchBuiltins {
  /// `unravel_index`: flat positions as one index per axis of `shape` (C order).
  static let unravel = Builtin(
    "unravel_index", [Parameter("indices"), Parameter("shape")],
    "Flat indices as a tuple of coordinates in a tensor of the shape (row-major).",
    details: "Example: unravel_index(argmax(A), A.shape)  # the (row, column) of the largest element"
  ) { c throws(TesselError) in
    let (indices, shape) = (try c.tensor("indices"), try c.shape("shape"))
    let size = shape.reduce(1, *)
    var coordinates = [[Double]](repeating: [], count: shape.count)
    for flat in indices.data {
      guard let i = Operators.exactInt(flat) else { throw TesselError.type("only int indices permitted") }
      guard i >= 0 && i < size else {
        throw TesselError("ValueError", "index \(i) is out of bounds for array with size \(size)")
      }
      var rest = i
      for k in shape.indices.reversed() {
        coordinates[k].append(Double(rest % shape[k]))
        rest /= shape[k]
      }
    }
    let scalar = c.value("indices").numeric != nil
    return .tuple(
      coordinates.map { scalar ? .number($0[0]) : .tensor(Tensor(shape: indices.shape, data: $0)) })
  }

  /// `nan_to_num`: NaN → `nan`, ±inf → `posinf`/`neginf` (the largest finite doubles by default).
  static let nanToNum = Builtin(
    "nan_to_num",
    [
      Parameter("x"), Parameter("copy", .optional(.bool(true))), Parameter("nan", .optional(.number(0))),
      Parameter("posinf", .optional(.none)), Parameter("neginf", .optional(.none)),
    ],
    "NaN replaced by 0 (or nan=), +inf and -inf by the largest finite numbers (or posinf=, neginf=).",
    details: "Example: nan_to_num(log(p))"
  ) { c throws(TesselError) in
    let x = try c.tensor("x")
    let nan = try c.number("nan")
    let posinf = try c.optionalNumber("posinf") ?? Double.greatestFiniteMagnitude
    let neginf = try c.optionalNumber("neginf") ?? -Double.greatestFiniteMagnitude
    if x.isBool { return c.value("x") }
    return TensorValues.value(x.map { $0.isNaN ? nan : $0 == .infinity ? posinf : $0 == -.infinity ? neginf : $0 })
  }
}
