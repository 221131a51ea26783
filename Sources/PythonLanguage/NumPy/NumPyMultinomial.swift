import TensorModule

/// `multinomial(n, pvals, size=None)` for the legacy functions and the Generator: per draw, a binomial for
/// each category but the last out of what remains (NumPy's `random_multinomial`), the last taking the rest.
enum NumPyMultinomial {
  /// NumPy's `kahan_sum` of the first `count` values (it reads the first even when `count` is 0).
  static func kahanSum(_ x: [Double], _ count: Int) -> Double {
    guard var sum = x.first else { return 0 }
    var c = 0.0
    for i in stride(from: 1, to: count, by: 1) {
      let y = x[i] - c
      let t = sum + y
      c = (t - sum) - y
      sum = t
    }
    return sum
  }

  /// Checks `pvals` and `n` as NumPy does and draws `size` rows (one row without a size).
  static func draw(
    _ rt: Runtime, _ name: String, _ a: Arguments, legacy: Bool, binomial: (Int, Double) -> Int
  ) throws(PyError) -> Value {
    let p = try a.bind(name, ["n", "pvals", "size"], required: 2)
    if case .object(let o)? = p[0], o.tag == .ndarray || o.tag == .list || o.tag == .tuple {
      throw PyError("NotImplementedError", "multinomial() with an array of n is not in Tessel yet")
    }
    let parr = try rt.array(p[1] ?? .none)
    if parr.ndim == 0 {
      if legacy { throw PyError("TypeError", "pvals must be a 1-d sequence") }
      throw PyError(
        "ValueError",
        "pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.")
    }
    if parr.ndim > 1 {
      if legacy { throw PyError("ValueError", "object too deep for desired array") }
      throw PyError("NotImplementedError", "multinomial() with 2-d pvals is not in Tessel yet")
    }
    let pix = parr.doubles
    let d = pix.count
    if d == 0 && !legacy {
      throw PyError(
        "ValueError",
        "pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.")
    }
    if pix.contains(where: { !($0 >= 0 && $0 <= 1) }) {
      throw PyError("ValueError", "pvals < 0, pvals > 1 or pvals contains NaNs")
    }
    if d > 0 && kahanSum(pix, d - 1) > 1.0 + 1e-12 { throw PyError("ValueError", "sum(pvals[:-1]) > 1.0") }
    let size = try NumPyRandom.sizeArgument(p[2], rt)
    let shape = (size ?? []) + [d]
    let n = try rt.index(p[0] ?? .none)
    if n < 0 { throw PyError("ValueError", "n < 0") }
    let total = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
    var out = [Int](repeating: 0, count: total)
    var offset = 0
    while d > 0 && offset < total {
      if offset & 0xFFFF == 0 { try rt.checkInterrupt() }
      var remaining = 1.0
      var left = n
      for j in 0..<(d - 1) {
        out[offset + j] = binomial(left, pix[j] / remaining)
        left -= out[offset + j]
        if left <= 0 { break }
        remaining -= pix[j]
      }
      if left > 0 { out[offset + d - 1] = left }
      offset += d
    }
    return .object(NDArray(ints: out, shape: shape))
  }
}
