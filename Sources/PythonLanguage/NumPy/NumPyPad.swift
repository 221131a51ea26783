import TensorModule

/// `np.pad` in the modes `constant`, `edge`, `wrap`, `reflect` and `symmetric` (even reflection): each output
/// element is the input element its index maps to along every axis, or, in `constant` mode, the fill of the
/// last axis whose padding it lies in (NumPy pads the axes in turn, later ones over the corners).
enum NumPyPad {
  static let modes = ["constant", "edge", "wrap", "reflect", "symmetric"]
  static let otherModes = ["linear_ramp", "maximum", "mean", "median", "minimum", "empty"]

  static let function = PyBuiltin.general("pad", "numpy") { (rt, a) throws(PyError) in
    let p = try a.bind(
      "pad", ["array", "pad_width", "mode"], required: 2,
      keywordOnly: ["constant_values", "end_values", "reflect_type", "stat_length"])
    if ComplexArrays.of(p[0] ?? .none) != nil {
      throw PyError("NotImplementedError", "np.pad of a complex128 array is not in Tessel yet")
    }
    let x = try rt.array(p[0] ?? .none)
    let mode = try p[2].map { (v) throws(PyError) in try rt.string(v, "mode") } ?? "constant"
    if otherModes.contains(mode) {
      throw PyError("NotImplementedError", "np.pad(mode='\(mode)') is not in Tessel yet")
    }
    guard modes.contains(mode) else { throw PyError("ValueError", "mode '\(mode)' is not supported") }
    // The keywords each mode takes.
    let allowed: [String: [String]] = [
      "constant": ["constant_values"], "reflect": ["reflect_type"], "symmetric": ["reflect_type"],
    ]
    let names = ["constant_values", "end_values", "reflect_type", "stat_length"]
    let unsupported = zip(names, p[3...]).filter { $0.1 != nil && !(allowed[mode] ?? []).contains($0.0) }.map {
      "'\($0.0)'"
    }
    if !unsupported.isEmpty {
      throw PyError(
        "ValueError", "unsupported keyword arguments for mode '\(mode)': {\(unsupported.joined(separator: ", "))}")
    }
    if let kind = p[5], try rt.string(kind, "reflect_type") != "even" {
      throw PyError("NotImplementedError", "np.pad(reflect_type='odd') is not in Tessel yet")
    }
    guard try rt.array(p[1] ?? .none).dtype == .int64 else {
      throw PyError("TypeError", "`pad_width` must be of integral type.")
    }
    let widths = try pairs(rt, p[1] ?? .none, ndim: x.ndim, asIndex: true).map { (Int($0.0), Int($0.1)) }
    let fills =
      try p[3].map { (v) throws(PyError) in try pairs(rt, v, ndim: x.ndim, asIndex: false) }
      ?? Array(repeating: (0, 0), count: x.ndim)
    for (k, n) in x.shape.enumerated() where n == 0 && mode != "constant" && (widths[k].0 > 0 || widths[k].1 > 0) {
      throw PyError("ValueError", "can't extend empty axis \(k) using modes other than 'constant' or 'empty'")
    }
    return .object(try padded(x, widths, fills, mode))
  }

  /// NumPy's `_as_pairs`: one number, a pair, or a pair per axis (widths checked non-negative).
  static func pairs(_ rt: Runtime, _ v: Value, ndim: Int, asIndex: Bool) throws(PyError) -> [(Double, Double)] {
    let a = try rt.array(v)
    let values = a.doubles
    let negative = PyError("ValueError", "index can't contain negative values")
    if a.ndim < 3 && (a.count == 1 || (a.count == 2 && a.shape != [2, 1])) {
      let pair = a.count == 1 ? (values[0], values[0]) : (values[0], values[1])
      if asIndex && (pair.0 < 0 || pair.1 < 0) { throw negative }
      return Array(repeating: pair, count: ndim)
    }
    if asIndex && values.contains(where: { $0 < 0 }) { throw negative }
    guard let shape = Broadcast.shape(of: a.shape, and: [ndim, 2]), shape == [ndim, 2] else {
      let given = "(" + a.shape.map(String.init).joined(separator: ",") + (a.ndim == 1 ? ",)" : ")")
      throw PyError(
        "ValueError",
        "operands could not be broadcast together with remapped shapes [original->remapped]: \(given)  and requested shape (\(ndim),2)"
      )
    }
    let reader = Broadcast.strides(of: a.shape, to: [ndim, 2])
    return (0..<ndim).map { k in (values[k * reader[0] + 0 * reader[1]], values[k * reader[0] + reader[1]]) }
  }

  /// Where output index i of an axis of n elements, `before` of them padding, reads: an index into the input,
  /// −1 for the front padding's fill and −2 for the back's (constant mode).
  static func sources(_ n: Int, _ before: Int, _ after: Int, _ mode: String) -> [Int] {
    (0..<(n + before + after)).map { i in
      let j = i - before
      if j >= 0 && j < n { return j }
      switch mode {
      case "constant": return j < 0 ? -1 : -2
      case "edge": return j < 0 ? 0 : n - 1
      case "wrap": return ((j % n) + n) % n
      case "reflect":
        if n == 1 { return 0 }
        let period = 2 * (n - 1)
        let r = ((j % period) + period) % period
        return r < n ? r : period - r
      default:
        let period = 2 * n
        let r = ((j % period) + period) % period
        return r < n ? r : period - 1 - r
      }
    }
  }

  static func padded(_ x: NDArray, _ widths: [(Int, Int)], _ fills: [(Double, Double)], _ mode: String) throws(PyError)
    -> NDArray
  {
    let maps = x.shape.indices.map { k in sources(x.shape[k], widths[k].0, widths[k].1, mode) }
    let shape = maps.map(\.count)
    do throws(TensorError) { _ = try MemoryBudget.reserve(shape, itemSize: 8, dtype: "float64") } catch {
      throw PyError(tensor: error)
    }
    let count = shape.reduce(1, *)
    let strides = Tensor.strides(for: x.shape)
    // Each output element: an input position, or −(1 + the fill's index) in `fills` flattened.
    var reads = [Int](repeating: 0, count: count)
    var index = [Int](repeating: 0, count: shape.count)
    for e in 0..<count {
      var position = 0
      var fill = -1
      for k in 0..<shape.count {
        let m = maps[k][index[k]]
        if m < 0 { fill = 2 * k + (m == -1 ? 0 : 1) } else { position += m * strides[k] }
      }
      reads[e] = fill >= 0 ? -(1 + fill) : position
      Broadcast.advance(&index, in: shape)
    }
    let flatFills = fills.flatMap { [$0.0, $0.1] }
    switch x.dtype {
    case .float64:
      let v = x.doubles
      return NDArray(doubles: reads.map { $0 >= 0 ? v[$0] : flatFills[-$0 - 1] }, shape: shape)
    case .int64:
      let v = x.ints
      return NDArray(ints: reads.map { $0 >= 0 ? v[$0] : NumberCasts.int64(casting: flatFills[-$0 - 1]) }, shape: shape)
    case .bool:
      let v = x.bools
      return NDArray(bools: reads.map { $0 >= 0 ? v[$0] : flatFills[-$0 - 1] != 0 }, shape: shape)
    }
  }
}
