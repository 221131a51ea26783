import Foundation
import TensorModule

extension NumPyGenerators {
  /// `multivariate_hypergeometric(colors, nsample, size=None, method='marginals')`, with NumPy's checks in its
  /// order and its messages.
  static func multivariateHypergeometric(_ rt: Runtime, _ g: NumPyGenerator, _ a: Arguments) throws(PyError)
    -> Value
  {
    let p = try a.bind("multivariate_hypergeometric", ["colors", "nsample", "size", "method"], required: 2)
    let method = try p[3].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "marginals"
    guard method == "count" || method == "marginals" else {
      throw PyError("ValueError", "method must be \"count\" or \"marginals\".")
    }
    let nsample: Int
    do throws(PyError) { nsample = try rt.index(p[1] ?? .none) } catch {
      throw PyError("ValueError", "nsample must be an integer")
    }
    if nsample < 0 { throw PyError("ValueError", "nsample must be nonnegative.") }
    let invalid = PyError(
      "ValueError", "colors must be a one-dimensional sequence of nonnegative integers not exceeding \(Int.max).")
    let colorArray: NDArray
    do throws(PyError) { colorArray = try rt.array(p[0] ?? .none) } catch { throw invalid }
    guard colorArray.ndim == 1, colorArray.count == 0 || colorArray.dtype == .int64 else { throw invalid }
    let colors = colorArray.ints
    guard colors.allSatisfy({ $0 >= 0 }) else { throw invalid }
    var total = 0
    for c in colors {
      let (sum, overflow) = total.addingReportingOverflow(c)
      if overflow {
        throw PyError(
          "ValueError", "sum(colors) must not exceed the maximum value of a 64 bit signed integer (\(Int.max))")
      }
      total = sum
    }
    if method == "marginals" && total >= 1_000_000_000 {
      throw PyError("ValueError", "When method is \"marginals\", sum(colors) must be less than 1000000000.")
    }
    if method == "count" && total > Int.max / 8 {
      throw PyError("ValueError", "When method is 'count', sum(colors) must not exceed \(Int.max / 8)")
    }
    if nsample > total { throw PyError("ValueError", "nsample > sum(colors)") }
    var shape = [colors.count]
    if let size = p[2], !size.isNone { shape = try NumPyModule.shapeArgument(size, rt: rt) + shape }
    let variates = colors.isEmpty ? 0 : shape.reduce(1, *) / colors.count
    try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
    if method == "count" { try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve([total]) } }
    let out = g.draws.multivariateHypergeometric(
      colors: colors, sample: nsample, variates: variates, counting: method == "count")
    return .object(NDArray(ints: out, shape: shape))
  }

  /// The Generator's methods, NumPy's parameter names and checks.
  static let definitions: [(String, Body)] =
    sampling + distributions + [
      // `spawn(n)`: Generators seeded from this one's SeedSequence's children.
      method("__getattr__") { (rt, g, a) throws(PyError) in
        // `bit_generator`, a property in NumPy; any other missing name is NumPy's AttributeError.
        let name = try rt.string(a.positional.first ?? .none, "name")
        if name == "bit_generator" { return .object(g.bitGenerator) }
        throw PyError("AttributeError", "'numpy.random._generator.Generator' object has no attribute '\(name)'")
      },
      method("multivariate_hypergeometric") { (rt, g, a) throws(PyError) in
        try multivariateHypergeometric(rt, g, a)
      },
      method("spawn") { (rt, g, a) throws(PyError) in
        let p = try a.bind("spawn", ["n_children"], required: 1)
        let n = try rt.index(p[0] ?? .none)
        return .list(g.seed.spawn(Swift.max(n, 0)).map { .object(NumPyGenerator($0)) })
      },
    ]

  static let sampling: [(String, Body)] = [
    method("__repr__") { (_, g, _) throws(PyError) in
      .str("Generator(PCG64) at 0x" + Repr.address(g).dropFirst(2).uppercased())
    },
    method("multinomial") { (rt, g, a) throws(PyError) in
      try NumPyMultinomial.draw(rt, "multinomial", a, legacy: false) { n, p in g.draws.binomial(n, p) }
    },
    method("random") { (rt, g, a) throws(PyError) in
      let p = try a.bind("random", ["size", "dtype", "out"])
      try onlyFloat64(p[1], rt)
      return try plain(rt, g, try optionalSize(rt, p[0]), .uniform)
    },
    method("standard_normal") { (rt, g, a) throws(PyError) in
      let p = try a.bind("standard_normal", ["size", "dtype", "out"])
      try onlyFloat64(p[1], rt)
      return try plain(rt, g, try optionalSize(rt, p[0]), .normal)
    },
    method("standard_exponential") { (rt, g, a) throws(PyError) in
      let p = try a.bind("standard_exponential", ["size", "dtype", "method", "out"])
      try onlyFloat64(p[1], rt)
      if let m = p[2], case .object(let o) = m, let s = o as? PyStr, s.value == "inv" {
        throw PyError("NotImplementedError", "standard_exponential(method='inv') is not supported yet")
      }
      return try plain(rt, g, try optionalSize(rt, p[0]), .exponential)
    },
    method("integers") { (rt, g, a) throws(PyError) in
      let p = try a.bind("integers", ["low", "high", "size", "dtype", "endpoint"], required: 1)
      if let d = p[3], !d.isNone, try DTypes.parse(d, rt: rt) != .int64 {
        throw PyError("NotImplementedError", "integers(dtype=\(try rt.repr(d))) is not supported; Tessel draws int64")
      }
      for v in [p[0], p[1]] {
        if case .object(let o)? = v, o.tag == .ndarray || o.tag == .list || o.tag == .tuple {
          throw PyError("NotImplementedError", "integers() with array bounds is not supported yet")
        }
      }
      var low = try bound("integers", p, 0, rt) ?? 0
      var high: Int
      if let h = try bound("integers", p, 1, rt) {
        high = h
      } else {
        high = low
        low = 0
      }
      let closed = try p[4].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      if !closed {
        guard high > Int.min else { throw PyError("ValueError", "high is out of bounds for int64") }
        high -= 1
      }
      guard low <= high else {
        throw PyError("ValueError", low == 0 ? "high \(closed ? "<" : "<=") 0" : "low \(closed ? ">" : ">=") high")
      }
      let size = try optionalSize(rt, p[2])
      guard let size else {
        let v = g.draws.integer(low, through: high)
        if let d = p[3], case .object(let o) = d, o === BuiltinTypes.int { return .int(v) }
        return .i64(v)
      }
      let n = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(size) }
      var draws = g.draws
      defer { g.draws = draws }
      var failure: PyError?
      let values = draws.integers(n, low, through: high) {
        do throws(PyError) { try rt.checkInterrupt() } catch { failure = error }
        return failure != nil
      }
      if let failure { throw failure }
      return .object(NDArray(ints: values, shape: size))
    },
    method("choice") { (rt, g, a) throws(PyError) in try choice(rt, g, a) },
    method("multivariate_normal") { (rt, g, a) throws(PyError) in
      try multivariateNormal(rt, a, legacy: false) { k in (0..<k).map { _ in g.draws.standardNormal() } }
    },
    method("permutation") { (rt, g, a) throws(PyError) in
      let p = try a.bind("permutation", ["x", "axis"], required: 1)
      try axisZero(p[1], rt)
      let x = p[0] ?? .none
      switch x {
      case .int, .i64, .bool:
        let n = try rt.index(x)
        try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(count: max(0, n)) }
        let arr = NDArray(ints: Array(0..<max(0, n)), shape: [max(0, n)])
        try NumPyRandom.shuffleRows(arr, rt) { g.draws.shuffleOrder($0) }
        return .object(arr)
      default:
        let arr = try rt.array(x).copy()
        guard arr.ndim > 0 else { throw PyError("AxisError", "axis 0 is out of bounds for array of dimension 0") }
        try NumPyRandom.shuffleRows(arr, rt) { g.draws.shuffleOrder($0) }
        return .object(arr)
      }
    },
    method("bytes") { (rt, g, a) throws(PyError) in
      let p = try a.bind("bytes", ["length"], required: 1)
      let n = try rt.index(p[0] ?? .none)
      try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(count: Swift.max(0, n / 8 + 1)) }
      guard let bytes = g.draws.bytes(n) else { throw PyError("ValueError", "negative dimensions are not allowed") }
      return .object(PyBytes(bytes))
    },
    method("dirichlet") { (rt, g, a) throws(PyError) in
      let p = try a.bind("dirichlet", ["alpha", "size"], required: 1)
      let alpha = try NumPyNumerics.vector(rt, p[0] ?? .none, "alpha")
      if alpha.contains(where: { $0 < 0 }) { throw PyError("ValueError", "alpha < 0") }
      let k = alpha.count
      let shape = (try optionalSize(rt, p[1]) ?? []) + [k]
      let total = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
      var out = [Double](repeating: 0, count: total)
      if k > 0, let largest = alpha.max(), largest < 0.1 {
        // NumPy's stick-breaking by beta draws when every alpha is small (gamma draws underflow there).
        var tail = [Double](repeating: 0, count: k)
        var sum = 0.0
        for j in stride(from: k - 1, through: 0, by: -1) {
          sum += alpha[j]
          tail[j] = sum
        }
        if sum > 0 {
          for start in stride(from: 0, to: total, by: k) {
            var rest = 1.0
            for j in 0..<(k - 1) {
              let v = g.draws.beta(alpha[j], tail[j + 1])
              out[start + j] = rest * v
              rest *= 1 - v
              if tail[j + 1] == 0 { break }
            }
            out[start + k - 1] = rest
          }
        }
      } else if k > 0 {
        for start in stride(from: 0, to: total, by: k) {
          var sum = 0.0
          for j in 0..<k {
            out[start + j] = g.draws.standardGamma(alpha[j])
            sum = sum + out[start + j]
          }
          let inverse = 1 / sum
          for j in 0..<k { out[start + j] *= inverse }
        }
      }
      return .object(NDArray(doubles: out, shape: shape))
    },
    method("permuted") { (rt, g, a) throws(PyError) in
      let p = try Arguments(a.positional, []).bind("permuted", ["x"], required: 1)
      var axisValue: Value = .none
      var outValue: Value = .none
      for (k, v) in a.keywords {
        switch k {
        case "axis": axisValue = v
        case "out": outValue = v
        default: throw PyError("TypeError", "permuted() got an unexpected keyword argument '\(k)'")
        }
      }
      let x = try rt.array(p[0] ?? .none)
      var out = x.copy()
      if !outValue.isNone {
        guard case .object(let o) = outValue, let given = o as? NDArray else {
          throw PyError("TypeError", "out must be a numpy array")
        }
        try given.checkWritable()
        guard given.shape == x.shape else { throw PyError("ValueError", "out must have the same shape as x") }
        guard given.dtype.rawValue >= x.dtype.rawValue else {
          throw PyError(
            "TypeError",
            "Cannot cast array data from dtype('\(x.dtype.name)') to dtype('\(given.dtype.name)') according to the rule 'safe'"
          )
        }
        try given.assign(x.astype(given.dtype))
        out = given
      }
      // Every element with axis=None; otherwise each lane along the axis (the others in C order), each by
      // NumPy's shuffle from its last element down.
      let positions = out.positions()
      var lanes: [[Int]] = [positions]
      if !axisValue.isNone {
        let k = try out.normalizedAxis(try rt.index(axisValue))
        let n = out.shape[k]
        let inner = out.shape[(k + 1)...].reduce(1, *)
        let outer = out.shape[..<k].reduce(1, *)
        lanes = []
        for o in 0..<outer {
          for i in 0..<inner { lanes.append((0..<n).map { positions[(o * n + $0) * inner + i] }) }
        }
      }
      for lane in lanes {
        for (i, j) in g.draws.shuffleOrder(lane.count) where i != j { out.swapElements(lane[i], lane[j]) }
      }
      return .object(out)
    },
    method("shuffle") { (rt, g, a) throws(PyError) in
      let p = try a.bind("shuffle", ["x", "axis"], required: 1)
      try axisZero(p[1], rt)
      let x = p[0] ?? .none
      if case .object(let o) = x, o.tag == .list {
        let list = unsafeDowncast(o, to: PyList.self)
        for (i, j) in g.draws.shuffleOrder(list.items.count) where i != j { list.items.swapAt(i, j) }
        return .none
      }
      guard case .object(let o) = x, o.tag == .ndarray else {
        throw PyError("TypeError", "object of type '\(rt.typeName(x))' has no len()")
      }
      try NumPyRandom.shuffleRows(unsafeDowncast(o, to: NDArray.self), rt) { g.draws.shuffleOrder($0) }
      return .none
    },
  ]

  static func onlyFloat64(_ v: Value?, _ rt: Runtime) throws(PyError) {
    if let v, !v.isNone, try DTypes.parse(v, rt: rt) != .float64 {
      throw PyError("NotImplementedError", "dtype \(try rt.repr(v)) is not supported here; Tessel draws float64")
    }
  }

  static func axisZero(_ v: Value?, _ rt: Runtime) throws(PyError) {
    if let v, try rt.index(v) != 0 {
      throw PyError("NotImplementedError", "shuffling along an axis other than 0 is not supported yet")
    }
  }

  /// `choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)`.
  static func choice(_ rt: Runtime, _ g: NumPyGenerator, _ a: Arguments) throws(PyError) -> Value {
    let p = try a.bind("choice", ["a", "size", "replace", "p", "axis", "shuffle"], required: 1)
    try axisZero(p[4], rt)
    let source = p[0] ?? .none
    let size = try optionalSize(rt, p[1])
    let count = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(size ?? []) }
    var population: NDArray?
    let n: Int
    if case .object(let o) = source, o.tag == .ndarray || o.tag == .list || o.tag == .tuple || o.tag == .range {
      let arr = try rt.array(source)
      guard arr.ndim > 0 else { throw PyError("NotImplementedError", "choice() from a 0-d array is not supported") }
      n = arr.shape[0]
      if n == 0 && count != 0 { throw PyError("ValueError", "a cannot be empty unless no samples are taken") }
      population = arr
    } else {
      n = try rt.index(source)
      if n <= 0 && count != 0 {
        throw PyError("ValueError", "a must be a positive integer unless no samples are taken")
      }
    }
    let replace = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
    let shuffle = try p[5].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
    let weights = try NumPyRandom.weightsArgument(rt, p[3])
    let picks = try NumPyFunctions.lift { () throws(TensorError) in
      try g.draws.choiceIndices(n, count: count, replace: replace, p: weights, shuffle: shuffle)
    }
    guard let population else {
      guard let size else { return .int(picks[0]) }
      return .object(NDArray(ints: picks, shape: size))
    }
    guard let size else { return try population.get(.int(picks[0]), rt: rt) }
    return try population.get(.object(NDArray(ints: picks, shape: size)), rt: rt)
  }
}
