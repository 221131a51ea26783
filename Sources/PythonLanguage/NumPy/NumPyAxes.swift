import TensorModule

/// Reordering and cutting arrays: `transpose`, `swapaxes`, `moveaxis`, `squeeze`, `expand_dims` and
/// `atleast_2d` return views as NumPy's do; `flip`, `roll`, `triu`/`tril`, `split`/`array_split` and `diff`
/// along any axis run the tensor module's kernels.
extension NDArray {
  /// The view with axes reordered: result axis k is this array's axis `axes[k]`.
  func permuted(_ axes: [Int]) throws(PyError) -> NDArray {
    let ks = axes.map { $0 < 0 ? $0 + ndim : $0 }
    guard ks.count == ndim, Set(ks) == Set(0..<ndim) else { throw PyError("ValueError", "axes don't match array") }
    return view(shape: ks.map { shape[$0] }, strides: ks.map { strides[$0] }, offset: offset)
  }

  /// `np.flip`: a view that walks each of `axes` backwards (NumPy returns a view, so writes go through).
  func flipped(_ axes: [Int]) throws(PyError) -> NDArray {
    var strides = self.strides
    var offset = self.offset
    for k in axes {
      guard k >= 0 && k < ndim else {
        throw PyError("AxisError", "axis \(k) is out of bounds for array of dimension \(ndim)")
      }
      if shape[k] > 0 { offset += (shape[k] - 1) * strides[k] }
      strides[k] = -strides[k]
    }
    return view(shape: shape, strides: strides, offset: offset)
  }

  func normalizedAxis(_ axis: Int, extra: Int = 0) throws(PyError) -> Int {
    let n = ndim + extra
    let k = axis < 0 ? axis + n : axis
    guard k >= 0 && k < n else {
      throw PyError("AxisError", "axis \(axis) is out of bounds for array of dimension \(n)")
    }
    return k
  }
}

enum NumPyAxes {
  /// `a.transpose()`, `a.transpose(1, 0, 2)`, `a.transpose((1, 0, 2))`, `np.transpose(a, axes)`.
  static func transpose(_ a: NDArray, _ axes: [Value], _ rt: Runtime) throws(PyError) -> Value {
    if axes.isEmpty || (axes.count == 1 && axes[0].isNone) {
      return .object(a.view(shape: a.shape.reversed(), strides: a.strides.reversed(), offset: a.offset))
    }
    let order =
      axes.count == 1 ? try NumPyShaping.ints(axes[0], rt) : try axes.map { (v) throws(PyError) in try rt.index(v) }
    return .object(try a.permuted(order))
  }

  static let method = PyBuiltin.general("transpose", "ndarray") { (rt, a) throws(PyError) in
    guard let first = a.positional.first else { throw PyError("TypeError", "transpose() needs an array") }
    return try transpose(try ArrayMethods.array(first), Array(a.positional.dropFirst()), rt)
  }

  /// `np.atleast_1d/2d/3d`: a view with axes of one added (a 1-d array becomes a row, then (1, n, 1)); an array
  /// with enough axes is returned as it is; several arguments give a tuple.
  static func atLeast(_ n: Int) -> PyBuiltin {
    .general("atleast_\(n)d", "numpy") { (rt, a) throws(PyError) in
      try a.noKeywords("atleast_\(n)d")
      var out: [Value] = []
      for v in a.positional {
        if case .object(let o) = v, let arr = o as? NDArray, arr.ndim >= n {
          out.append(v)
          continue
        }
        let x = try rt.array(v)
        var shape = x.shape
        var strides = x.strides
        switch (n, x.ndim) {
        case (_, 0):
          shape = [Int](repeating: 1, count: n)
          strides = [Int](repeating: 0, count: n)
        case (2, 1), (3, 1):
          shape = [1] + shape + (n == 3 ? [1] : [])
          strides = [0] + strides + (n == 3 ? [0] : [])
        case (3, 2):
          shape += [1]
          strides += [0]
        default: break
        }
        out.append(.object(x.view(shape: shape, strides: strides, offset: x.offset)))
      }
      return out.count == 1 ? out[0] : .tuple(out)
    }
  }

  static let functions: [PyBuiltin] = [
    .general("transpose", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("transpose", ["a", "axes"], required: 1)
      return try transpose(try rt.array(p[0] ?? .none), p[1].map { [$0] } ?? [], rt)
    },
    .general("swapaxes", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("swapaxes", ["a", "axis1", "axis2"], required: 3)
      let x = try rt.array(p[0] ?? .none)
      let i = try x.normalizedAxis(try rt.index(p[1] ?? .none))
      let j = try x.normalizedAxis(try rt.index(p[2] ?? .none))
      var order = Array(0..<x.ndim)
      order.swapAt(i, j)
      return .object(try x.permuted(order))
    },
    .general("moveaxis", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("moveaxis", ["a", "source", "destination"], required: 3)
      let x = try rt.array(p[0] ?? .none)
      let source = try NumPyShaping.ints(p[1] ?? .none, rt)
      let destination = try NumPyShaping.ints(p[2] ?? .none, rt)
      let order = try NumPyFunctions.lift { () throws(TensorError) in
        try x.tensor.movedAxesOrder(source, to: destination)
      }
      return .object(try x.permuted(order))
    },
    atLeast(1), atLeast(2), atLeast(3),
    .general("squeeze", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("squeeze", ["a", "axis"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      var drop: Set<Int>
      if let given = try NumPyFunctions.axesArgument(p[1], rt) {
        drop = []
        for g in given {
          let k = try x.normalizedAxis(g)
          guard x.shape[k] == 1 else {
            throw PyError("ValueError", "cannot select an axis to squeeze out which has size not equal to one")
          }
          drop.insert(k)
        }
      } else {
        drop = Set(x.shape.indices.filter { x.shape[$0] == 1 })
      }
      let keep = x.shape.indices.filter { !drop.contains($0) }
      return ArrayArithmetic.wrap(
        x.view(shape: keep.map { x.shape[$0] }, strides: keep.map { x.strides[$0] }, offset: x.offset))
    },
    .general("expand_dims", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("expand_dims", ["a", "axis"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      let given = try NumPyShaping.ints(p[1] ?? .none, rt)
      let n = x.ndim + given.count
      var at: [Int] = []
      for g in given {
        let k = g < 0 ? g + n : g
        guard k >= 0 && k < n else {
          throw PyError("AxisError", "axis \(g) is out of bounds for array of dimension \(n)")
        }
        guard !at.contains(k) else { throw PyError("ValueError", "repeated axis") }
        at.append(k)
      }
      var shape: [Int] = []
      var strides: [Int] = []
      var next = 0
      for k in 0..<n {
        if at.contains(k) {
          shape.append(1)
          strides.append(0)
        } else {
          shape.append(x.shape[next])
          strides.append(x.strides[next])
          next += 1
        }
      }
      return .object(x.view(shape: shape, strides: strides, offset: x.offset))
    },
    .general("flip", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("flip", ["m", "axis"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      let axes = try NumPyFunctions.axesArgument(p[1], rt) ?? Array(0..<x.ndim)
      return .object(try x.flipped(axes.map { (k) throws(PyError) in try x.normalizedAxis(k) }))
    },
    flipper("fliplr", axis: 1), flipper("flipud", axis: 0),
    .general("roll", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("roll", ["a", "shift", "axis"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      let shifts = try NumPyShaping.ints(p[1] ?? .none, rt)
      let axes = try NumPyFunctions.axesArgument(p[2], rt)
      return try NumPyFunctions.like(
        x, try NumPyFunctions.lift { () throws(TensorError) in try x.tensor.rolled(shifts, axes: axes) })
    },
    triangle("triu", upper: true), triangle("tril", upper: false),
    splitter("split", equal: true), splitter("array_split", equal: false),
    splitter("vsplit", equal: true, fixedAxis: 0), splitter("hsplit", equal: true, fixedAxis: 1),
    splitter("dsplit", equal: true, fixedAxis: 2),
    .general("diff", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("diff", ["a", "n", "axis"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      let n = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 1
      if n < 0 { throw PyError("ValueError", "order must be non-negative but got \(n)") }
      guard x.ndim >= 1 else { throw PyError("ValueError", "diff requires input that is at least one dimensional") }
      let axis = try x.normalizedAxis(try NumPyFunctions.axisArgument(p[2], rt) ?? -1)
      if x.dtype == .bool {
        // NumPy's diff of booleans is not_equal, applied n times.
        var t = x.tensor
        for _ in 0..<n {
          t = try NumPyFunctions.lift { () throws(TensorError) in try t.differenced(1, axis: axis) }.map {
            $0 != 0 ? 1 : 0
          }
        }
        t.dtype = .bool
        return .object(NDArray.from(t))
      }
      if x.dtype == .int64 {
        // Exactly, in int64 (wrapping as NumPy): the axis moved last, lane by lane, and moved back.
        var order = Array(0..<x.ndim)
        order.remove(at: axis)
        order.append(axis)
        let moved = try x.permuted(order)
        let lane = moved.shape[moved.ndim - 1]
        let values = moved.ints
        var out: [Int] = []
        for l in 0..<(lane == 0 ? 0 : values.count / lane) {
          var row = Array(values[(l * lane)..<((l + 1) * lane)])
          for _ in 0..<min(n, lane) { row = zip(row.dropFirst(), row).map { $0 &- $1 } }
          out += row
        }
        var shape = moved.shape
        shape[shape.count - 1] = max(0, lane - n)
        var inverse = order
        for (k, o) in order.enumerated() { inverse[o] = k }
        return .object(try NDArray(ints: out, shape: shape).permuted(inverse).astype(.int64))
      }
      return try NumPyFunctions.like(
        x, try NumPyFunctions.lift { () throws(TensorError) in try x.tensor.differenced(n, axis: axis) })
    },
  ]

  static func triangle(_ name: String, upper: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["m", "k"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      let k = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0
      return try NumPyFunctions.like(
        x, try NumPyFunctions.lift { () throws(TensorError) in try x.tensor.triangle(upper: upper, k: k) })
    }
  }

  /// `split(a, 3)` (equal parts) or `split(a, [2, 5])` (at those indices), along `axis`.
  ///
  /// `np.fliplr` (axis 1, arrays of 2 or more dimensions) and `np.flipud` (axis 0).
  static func flipper(_ name: String, axis: Int) -> PyBuiltin {
    .one(name, "numpy") { (rt, v) throws(PyError) in
      let x = try rt.array(v)
      guard x.ndim > axis else { throw PyError("ValueError", "Input must be >= \(axis + 1)-d.") }
      return .object(try x.flipped([axis]))
    }
  }

  /// `np.split`, `np.array_split`, and `vsplit`/`hsplit`/`dsplit` (a fixed axis; `hsplit` splits a 1-D array
  /// along its only axis).
  static func splitter(_ name: String, equal: Bool, fixedAxis: Int? = nil) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let names = fixedAxis == nil ? ["ary", "indices_or_sections", "axis"] : ["ary", "indices_or_sections"]
      let p = try a.bind(name, names, required: 2)
      let x = try rt.array(p[0] ?? .none)
      var axis = 0
      if let fixedAxis {
        let needed = fixedAxis == 1 ? 1 : Swift.max(fixedAxis + 1, 2)
        guard x.shape.count >= needed else {
          throw PyError(
            "ValueError", "\(name) only works on arrays of \(needed) or more dimensions")
        }
        axis = fixedAxis == 1 && x.shape.count == 1 ? 0 : fixedAxis
      } else {
        axis = try NumPyFunctions.axisArgument(p[2], rt) ?? 0
      }
      let spec = p[1] ?? .none
      let k = try x.normalizedAxis(axis)
      let points: [Int]
      if case .object(let o) = spec, o.tag == .list || o.tag == .tuple || o.tag == .ndarray {
        points = try NumPyShaping.ints(spec, rt)
      } else {
        let sections = try rt.index(spec)
        let t = x.tensor
        points = try NumPyFunctions.lift { () throws(TensorError) in
          try t.splitPoints(sections: sections, axis: k, equal: equal)
        }
      }
      // Each part is `x[..., start:end, ...]` along the axis: a view, as NumPy's.
      let n = x.shape[k]
      func bound(_ v: Int) -> Int { Swift.min(Swift.max(v < 0 ? v + n : v, 0), n) }
      let bounds = [0] + points.map(bound) + [n]
      return .list(
        zip(bounds, bounds.dropFirst()).map { start, end in
          var shape = x.shape
          shape[k] = Swift.max(end - start, 0)
          return .object(x.view(shape: shape, strides: x.strides, offset: x.offset + start * x.strides[k]))
        })
    }
  }
}
