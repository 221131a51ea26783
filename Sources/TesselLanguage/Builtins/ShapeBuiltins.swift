import TensorModule

/// Shapes: `reshape transpose concatenate stack hstack vstack flatten squeeze expand_dims tril triu where flip
/// tolist item astype len`.
enum ShapeBuiltins {
  /// The tensors of a sequence argument (`concatenate([a, b])`).
  static func parts(_ c: BuiltinCall, _ name: String) throws(TesselError) -> [Tensor] {
    // A tensor is a sequence of its rows, as NumPy reads `stack(array)`.
    if case .tensor(let t) = c.value(name), t.ndim > 0 { return (0..<t.shape[0]).map { t.row($0) } }
    guard let items = try Operators.elements(of: c.value(name)) else {
      throw c.bad(name, expected: "a list or tuple of tensors")
    }
    var out: [Tensor] = []
    for item in items {
      guard let t = try TensorValues.operand(item) else { throw c.bad(name, expected: "a list or tuple of tensors") }
      out.append(t)
    }
    return out
  }

  static let all: [Builtin] = [
    Builtin(
      "reshape", [Parameter("a"), Parameter("shape", .variadic)],
      "The same elements in a new shape; one dimension may be -1 (inferred).",
      details: "Example: reshape(arange(6), (2, 3)); x.reshape(-1, 1)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      guard case .tuple(var dims) = c.value("shape"), !dims.isEmpty else {
        throw c.bad("shape", expected: "a shape", got: "nothing")
      }
      if dims.count == 1, let inner = try Operators.elements(of: dims[0]) { dims = inner }
      var shape: [Int] = []
      for d in dims {
        guard let x = d.numeric, let i = Operators.exactInt(x) else { throw c.bad("shape", expected: "integers") }
        shape.append(i)
      }
      return .tensor(try c.lift { () throws(TensorError) in try a.reshape(shape) })
    },
    Builtin(
      "transpose", [Parameter("a"), Parameter("axes", .variadic)],
      "Axes reversed (a matrix's transpose), or permuted by axes.",
      details: "Example: transpose(A) is A.T; transpose(M, (2, 0, 1)); M.transpose(2, 0, 1)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      guard case .tuple(var given) = c.value("axes"), !given.isEmpty else { return .tensor(a.T) }
      if given.count == 1, let inner = try Operators.elements(of: given[0]) { given = inner }
      if given.count == 1, case .none = given[0] { return .tensor(a.T) }
      var axes: [Int] = []
      for g in given {
        guard let d = g.numeric, let i = Operators.exactInt(d) else { throw c.bad("axes", expected: "integers") }
        axes.append(i)
      }
      // Checks range and duplicates (normalize sorts, so the permutation itself is converted below).
      _ = try c.lift { () throws(TensorError) in try a.normalize(axes) }
      guard axes.count == a.ndim else {
        throw c.bad("axes", expected: "\(a.ndim) axes", got: "\(axes.count)", kind: "ValueError")
      }
      return .tensor(a.transposed(axes.map { $0 < 0 ? $0 + a.ndim : $0 }))
    },
    Builtin(
      "concatenate", [Parameter("arrays"), Parameter("axis", .optional(.number(0)))],
      "Joins tensors along an existing axis.", details: "Example: concatenate([a, b])"
    ) { c throws(TesselError) in
      let ps = try parts(c, "arrays")
      let axis = try c.integer("axis")
      return .tensor(try c.lift { () throws(TensorError) in try Tensor.concatenate(ps, axis: axis) })
    },
    Builtin(
      "stack", [Parameter("arrays"), Parameter("axis", .optional(.number(0)))],
      "Joins same-shaped tensors along a new axis.", details: "Example: stack([x, y], axis=1)"
    ) { c throws(TesselError) in
      let ps = try parts(c, "arrays")
      let axis = try c.integer("axis")
      return .tensor(try c.lift { () throws(TensorError) in try Tensor.stack(ps, axis: axis) })
    },
    Builtin(
      "hstack", [Parameter("tup")], "Joins column-wise (vectors end to end).", details: "Example: hstack([a, b])"
    ) { c throws(TesselError) in
      let ps = try parts(c, "tup")
      let axis = ps.allSatisfy { $0.ndim <= 1 } ? 0 : 1
      return .tensor(
        try c.lift { () throws(TensorError) in
          try Tensor.concatenate(ps.map { $0.ndim == 0 ? $0.reshaped([1]) : $0 }, axis: axis)
        })
    },
    Builtin(
      "vstack", [Parameter("tup")], "Stacks rows (vectors become 1 × n rows).", details: "Example: vstack([a, b])"
    ) { c throws(TesselError) in
      let ps = try parts(c, "tup").map { $0.ndim < 2 ? $0.reshaped([1, $0.count]) : $0 }
      return .tensor(try c.lift { () throws(TensorError) in try Tensor.concatenate(ps, axis: 0) })
    },
    Builtin("flatten", [Parameter("a")], "The elements as a vector, row by row.", details: "Example: A.flatten()") {
      c throws(TesselError) in
      let a = try c.tensor("a")
      return .tensor(a.reshaped([a.count]))
    },
    Builtin(
      "squeeze", [Parameter("a"), Parameter("axis", .optional(.none))], "Drops axes of length 1.",
      details: "Example: squeeze(zeros((1, 3))).shape  →  (3,)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let axes = try c.axes()
      return TensorValues.value(
        try c.lift { () throws(TensorError) in try a.squeeze(axes == .all ? nil : MathBuiltins.axesList(axes)) })
    },
    Builtin(
      "expand_dims", [Parameter("a"), Parameter("axis")], "Inserts an axis of length 1.",
      details: "Example: expand_dims(x, 0).shape  →  (1, n)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let axis = try c.integer("axis")
      let k = axis < 0 ? axis + a.ndim + 1 : axis
      guard k >= 0 && k <= a.ndim else {
        throw TesselError("AxisError", "axis \(axis) is out of bounds for array of dimension \(a.ndim + 1)")
      }
      return .tensor(a.expandingDims(at: k))
    },
    Builtin(
      "tril", [Parameter("m"), Parameter("k", .optional(.number(0)))], "The lower triangle (zeros above diagonal k)."
    ) {
      c throws(TesselError) in
      let (m, k) = (try c.tensor("m"), try c.integer("k"))
      return .tensor(try c.lift { () throws(TensorError) in try m.triangle(upper: false, k: k) })
    },
    Builtin(
      "triu", [Parameter("m"), Parameter("k", .optional(.number(0)))], "The upper triangle (zeros below diagonal k)."
    ) {
      c throws(TesselError) in
      let (m, k) = (try c.tensor("m"), try c.integer("k"))
      return .tensor(try c.lift { () throws(TensorError) in try m.triangle(upper: true, k: k) })
    },
    Builtin(
      "where", [Parameter("condition"), Parameter("x", .optional(.none)), Parameter("y", .optional(.none))],
      "x where condition holds, else y (broadcast); with the condition alone, the indices where it holds.",
      details: "Example: where(x > 0, x, 0)"
    ) { c throws(TesselError) in
      let cond = try c.tensor("condition")
      guard c.isGiven("x") || c.isGiven("y") else {
        return .tuple(cond.nonzero().prefix(max(cond.ndim, 1)).map { .tensor(Tensor($0.map(Double.init))) })
      }
      let (x, y) = (try c.tensor("x"), try c.tensor("y"))
      return TensorValues.value(
        try c.lift { () throws(TensorError) in
          // cond·x + (1-cond)·y would turn inf·0 into nan, so select instead.
          let shape = try Tensor.combine(try Tensor.combine(cond, x, .add), y, .add).shape
          let zero = Tensor(repeating: 0, shape: shape)
          let (cb, xb, yb) = (
            try Tensor.combine(cond, zero, .add), try Tensor.combine(x, zero, .add), try Tensor.combine(y, zero, .add)
          )
          var out = xb
          for i in out.data.indices where cb.data[i] == 0 { out.data[i] = yb.data[i] }
          out.dtype = x.isBool && y.isBool ? .bool : .float64
          return out
        })
    },
    Builtin(
      "flip", [Parameter("m"), Parameter("axis", .optional(.none))],
      "Reverses the order of elements along an axis (all axes by default)."
    ) {
      c throws(TesselError) in
      let m = try c.tensor("m")
      let axis = try c.optionalAxis()
      return .tensor(try c.lift { () throws(TensorError) in try m.flipped(axis) })
    },
    Builtin("tolist", [Parameter("a")], "The elements as (nested) lists of numbers.", details: "Example: x.tolist()") {
      c throws(TesselError) in
      func list(_ t: Tensor) -> Value {
        if t.ndim == 0 { return TensorValues.value(t) }
        return .list((0..<t.shape[0]).map { list(t.row($0)) })
      }
      return list(try c.tensor("a"))
    },
    Builtin("item", [Parameter("a")], "The single element of a one-element tensor, as a number.") {
      c throws(TesselError) in
      let a = try c.tensor("a")
      guard a.count == 1 else {
        throw TesselError("ValueError", "can only convert an array of size 1 to a Python scalar (size \(a.count))")
      }
      return TensorValues.value(a.reshaped([]))
    },
    Builtin(
      "astype", [Parameter("a"), Parameter("dtype")], "The tensor as float64 or bool.",
      details: "Example: (x > 0).astype('float64')"
    ) {
      c throws(TesselError) in
      guard let name = try Dtypes.name(c, "dtype") else { throw c.bad("dtype", expected: "a dtype", got: "None") }
      return .tensor(try Dtypes.cast(try c.tensor("a"), name, c))
    },
    Builtin("shape", [Parameter("a")], "The shape, as a tuple.") { c throws(TesselError) in
      .tuple(try c.tensor("a").shape.map { .number(Double($0)) })
    },
    Builtin("ndim", [Parameter("a")], "The number of axes.") { c throws(TesselError) in
      .number(Double(try c.tensor("a").ndim))
    },
    Builtin("size", [Parameter("a")], "The number of elements.") { c throws(TesselError) in
      .number(Double(try c.tensor("a").count))
    },
  ]
}
