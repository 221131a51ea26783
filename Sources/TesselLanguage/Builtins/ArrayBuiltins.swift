import Foundation
import TensorModule

/// NumPy's array routines beyond the basic shapes: `repeat tile roll diff meshgrid column_stack swapaxes
/// moveaxis atleast_1d atleast_2d broadcast_to split array_split empty empty_like logspace`.
enum ArrayBuiltins {
  static func tensorBuiltin(
    _ name: String, _ parameters: [Parameter], _ summary: String, _ details: String,
    _ body: @escaping @Sendable (BuiltinCall, Tensor) throws(TesselError) -> Tensor
  ) -> Builtin {
    Builtin(name, parameters, summary, details: details) { c throws(TesselError) in
      .tensor(try body(c, try c.tensor(parameters[0].name)))
    }
  }

  /// `split`/`array_split`: a count of sections or the split points.
  static func split(_ name: String, equal: Bool) -> Builtin {
    Builtin(
      name, [Parameter("ary"), Parameter("indices_or_sections"), Parameter("axis", .optional(.number(0)))],
      equal
        ? "Splits into equal sections (an error if they are not), or at the given indices."
        : "Splits into sections (the first ones one longer if they do not divide evenly), or at the given indices.",
      details: "Example: \(name)(arange(6), 3); \(name)(x, [2, 5])"
    ) { c throws(TesselError) in
      let a = try c.tensor("ary")
      let axis = try c.integer("axis")
      let given = c.value("indices_or_sections")
      let parts = try c.lift { () throws(TensorError) in
        guard a.ndim > 0 else { throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension 0") }
        if case .number = given {
          return try a.split(
            at: try a.splitPoints(sections: try c.integerValue(given), axis: axis, equal: equal), axis: axis)
        }
        return try a.split(at: try c.integerList(given), axis: axis)
      }
      return .list(parts.map(Value.tensor))
    }
  }

  static let all: [Builtin] = [
    tensorBuiltin(
      "repeat", [Parameter("a"), Parameter("repeats"), Parameter("axis", .optional(.none))],
      "Each element repeated (of the flattened tensor unless axis is given); repeats is one count or one per element.",
      "Example: repeat([1, 2], 3)  →  array([1., 1., 1., 2., 2., 2.])"
    ) { c, a throws(TesselError) in
      let (repeats, axis) = (try c.integers("repeats"), try c.optionalAxis())
      return try c.lift { () throws(TensorError) in try a.repeated(repeats, axis: axis) }
    },
    tensorBuiltin(
      "tile", [Parameter("A"), Parameter("reps")], "The tensor repeated reps times along each axis.",
      "Example: tile([1, 2], (2, 2))  →  array([[1., 2., 1., 2.], [1., 2., 1., 2.]])"
    ) { c, a throws(TesselError) in
      let reps = try c.integers("reps")
      return try c.lift { () throws(TensorError) in try a.tiled(reps) }
    },
    tensorBuiltin(
      "roll", [Parameter("a"), Parameter("shift"), Parameter("axis", .optional(.none))],
      "Elements shifted along an axis (the flattened tensor by default), wrapping around.",
      "Example: roll([1, 2, 3, 4], 1)  →  array([4., 1., 2., 3.])"
    ) { c, a throws(TesselError) in
      let shift = try c.integers("shift")
      let axes: [Int]? = if case .some(let list) = try c.axes() { list } else { nil }
      return try c.lift { () throws(TensorError) in try a.rolled(shift, axes: axes) }
    },
    tensorBuiltin(
      "diff", [Parameter("a"), Parameter("n", .optional(.number(1))), Parameter("axis", .optional(.number(-1)))],
      "The n-th discrete difference along an axis: a[1:] - a[:-1], n times.",
      "Example: diff([1, 4, 9, 16])  →  array([3., 5., 7.])"
    ) { c, a throws(TesselError) in
      let (n, axis) = (try c.integer("n"), try c.integer("axis"))
      return try c.lift { () throws(TensorError) in try a.differenced(n, axis: axis) }
    },
    tensorBuiltin(
      "swapaxes", [Parameter("a"), Parameter("axis1"), Parameter("axis2")], "The tensor with two axes interchanged.",
      "Example: swapaxes(M, 0, 2)"
    ) { c, a throws(TesselError) in
      let (i, j) = (try c.integer("axis1"), try c.integer("axis2"))
      return try c.lift { () throws(TensorError) in
        let (p, q) = (try a.normalize([i])[0], try a.normalize([j])[0])
        var order = Array(0..<a.ndim)
        order.swapAt(p, q)
        return a.transposed(order)
      }
    },
    tensorBuiltin(
      "moveaxis", [Parameter("a"), Parameter("source"), Parameter("destination")],
      "The tensor with axes moved to new positions, the others keeping their order.",
      "Example: moveaxis(zeros((3, 4, 5)), 0, -1).shape  →  (4, 5, 3)"
    ) { c, a throws(TesselError) in
      let (source, destination) = (try c.integers("source"), try c.integers("destination"))
      return try c.lift { () throws(TensorError) in try a.movingAxes(source, to: destination) }
    },
    tensorBuiltin(
      "broadcast_to", [Parameter("array"), Parameter("shape")], "The tensor stretched to a shape by broadcasting.",
      "Example: broadcast_to([1, 2, 3], (2, 3))"
    ) { c, a throws(TesselError) in
      let shape = try c.shape("shape")
      return try c.lift { () throws(TensorError) in try a.broadcast(to: shape) }
    },
    tensorBuiltin(
      "atleast_1d", [Parameter("arys")], "A number as a 1-element vector; tensors unchanged.", "Example: atleast_1d(3)"
    ) { _, a throws(TesselError) in a.ndim == 0 ? a.reshaped([1]) : a },
    tensorBuiltin(
      "atleast_2d", [Parameter("arys")], "A vector as a 1-row matrix (a number as 1×1); matrices unchanged.",
      "Example: atleast_2d([1, 2]).shape  →  (1, 2)"
    ) { _, a throws(TesselError) in a.ndim >= 2 ? a : a.reshaped([1, a.count]) },
    Builtin(
      "column_stack", [Parameter("tup")], "Vectors as the columns of a matrix (matrices joined column-wise).",
      details: "Example: column_stack([x, y]).shape  →  (n, 2)"
    ) { c throws(TesselError) in
      let parts = try ShapeBuiltins.parts(c, "tup").map { $0.ndim < 2 ? $0.reshaped([$0.count, 1]) : $0 }
      return .tensor(try c.lift { () throws(TensorError) in try Tensor.concatenate(parts, axis: 1) })
    },
    Builtin(
      "meshgrid", [Parameter("xi", .variadic), Parameter("indexing", .optional(.string("xy")))],
      "Coordinate grids from coordinate vectors ('xy': the first varies along columns; 'ij': along rows).",
      details: "Example: X, Y = meshgrid(linspace(-1, 1, 5), linspace(0, 1, 3))  # both 3×5"
    ) { c throws(TesselError) in
      guard case .tuple(let items) = c.value("xi") else { return .tuple([]) }
      var vectors: [Tensor] = []
      for item in items {
        guard let t = try TensorValues.operand(item) else { throw c.bad("xi", expected: "coordinate vectors") }
        vectors.append(t.reshaped([t.count]))
      }
      let indexing = try c.string("indexing")
      guard indexing == "xy" || indexing == "ij" else {
        throw TesselError("ValueError", "Valid values for `indexing` are 'xy' and 'ij'.")
      }
      var shape = vectors.map(\.count)
      var position = Array(vectors.indices)
      if indexing == "xy" && vectors.count > 1 {
        shape.swapAt(0, 1)
        position.swapAt(0, 1)
      }
      let grids = try c.lift { () throws(TensorError) in
        try vectors.indices.map { i throws(TensorError) in
          var own = [Int](repeating: 1, count: shape.count)
          own[position[i]] = vectors[i].count
          return try vectors[i].reshaped(own).broadcast(to: shape)
        }
      }
      return .tuple(grids.map(Value.tensor))
    },
    split("split", equal: true),
    split("array_split", equal: false),
    Builtin(
      "empty", [Parameter("shape")],
      "A tensor of the shape, filled with zeros (NumPy leaves it uninitialised; Tessel never shows stale memory).",
      details: "Example: empty((2, 3))"
    ) { c throws(TesselError) in
      .tensor(Tensor(repeating: 0, shape: try c.shape("shape")))
    },
    tensorBuiltin(
      "empty_like", [Parameter("prototype")], "Zeros with the prototype's shape (see empty).", "Example: empty_like(x)"
    ) {
      _, a throws(TesselError) in Tensor(repeating: 0, shape: a.shape)
    },
    Builtin(
      "logspace",
      [
        Parameter("start"), Parameter("stop"), Parameter("num", .optional(.number(50))),
        Parameter("endpoint", .optional(.bool(true))), Parameter("base", .optional(.number(10))),
      ],
      "base ** linspace(start, stop, num): values evenly spaced on a log scale.",
      details: "Example: logspace(-3, 0, 4)  →  array([0.001, 0.01, 0.1, 1.])"
    ) { c throws(TesselError) in
      let (start, stop, base) = (try c.number("start"), try c.number("stop"), try c.number("base"))
      let num = try c.integer("num")
      guard num >= 0 else { throw c.bad("num", expected: "a non-negative count", got: "\(num)", kind: "ValueError") }
      try c.lift { () throws(TensorError) in try MemoryBudget.reserve(count: num) }
      let exponents = CreateBuiltins.linspace(start, stop, num, endpoint: try c.bool("endpoint"))
      return .tensor(Tensor(exponents.map { Foundation.pow(base, $0) }))
    },
  ]
}

extension BuiltinCall {
  /// An integer from an already fetched value, as a tensor error (for use inside `lift`).
  func integerValue(_ v: Value) throws(TensorError) -> Int {
    guard let d = v.numeric, let i = Operators.exactInt(d) else { throw TensorError(.type, "expected an integer") }
    return i
  }

  /// Integers from an already fetched sequence, as a tensor error (for use inside `lift`).
  func integerList(_ v: Value) throws(TensorError) -> [Int] {
    let items: [Value]
    if case .tensor(let t) = v {
      items = t.data.map { .number($0) }
    } else {
      do { items = try Operators.elements(of: v) ?? [v] } catch { throw TensorError(.memory, error.message) }
    }
    var out: [Int] = []
    for item in items { out.append(try integerValue(item)) }
    return out
  }
}
