/// NumPy's `histogram` with equal bins: edges as `linspace` makes them, each value's bin from its scaled
/// position corrected against the edges, so a value on an edge lands where NumPy puts it.
public enum Histogram {
  /// `np.linspace(lo, hi, bins + 1)`: i·step + lo, the last edge exactly `hi`.
  public static func edges(bins: Int, lo: Double, hi: Double) -> [Double] {
    let step = (hi - lo) / Double(bins)
    var edges = (0...bins).map { Double($0) * step + lo }
    edges[bins] = hi
    return edges
  }

  /// NumPy's `histogramdd` counts of points (`columns[d][i]` is point i's coordinate d) in the cells the
  /// edges make.
  ///
  /// Each coordinate's bin by `searchsorted(edges, x, side='right')`, a value on the last edge
  /// in the last bin, anything outside dropped. Row-major over the axes.
  public static func counts(_ columns: [[Double]], edges: [[Double]]) -> [Double] {
    let bins = edges.map { $0.count - 1 }
    var counts = [Double](repeating: 0, count: bins.reduce(1, *))
    guard let points = columns.first?.count else { return counts }
    outer: for i in 0..<points {
      var cell = 0
      for d in columns.indices {
        let x = columns[d][i]
        guard let last = edges[d].last else { continue outer }
        var k = Tensor.insertionPoint(edges[d], x, left: false)
        if x == last { k -= 1 }
        guard k >= 1 && k <= bins[d] else { continue outer }
        cell = cell * bins[d] + (k - 1)
      }
      counts[cell] += 1
    }
    return counts
  }

  public static func counts(_ values: [Double], bins: Int, lo: Double, hi: Double) -> ([Double], [Double]) {
    let edges = edges(bins: bins, lo: lo, hi: hi)
    var counts = [Double](repeating: 0, count: bins)
    let norm = Double(bins) / (hi - lo)
    for x in values where x >= lo && x <= hi {
      var i = Swift.min(Int((x - lo) * norm), bins - 1)
      if x < edges[i] { i -= 1 } else if i < bins - 1 && x >= edges[i + 1] { i += 1 }
      counts[i] += 1
    }
    return (counts, edges)
  }
}

/// `cov` and `corrcoef` over variables held as rows.
public enum Covariance {
  /// The rows of `m` (its columns when `rowvar` is false; a vector is one row), with `y`'s appended.
  public static func variables(_ m: Tensor, _ y: Tensor?, rowvar: Bool) throws(TensorError) -> Tensor {
    func rows(_ t: Tensor) -> Tensor { t.ndim == 1 ? t.reshaped([1, t.count]) : (rowvar ? t : t.T) }
    guard let y else { return rows(m) }
    return try Tensor.concatenate([rows(m), rows(y)], axis: 0)
  }

  public static func matrix(_ x: Tensor, ddof: Double) throws(TensorError) -> Tensor {
    let (vars, n) = (x.shape[0], x.shape[1])
    let centered = try Tensor.combine(x, try x.reduce(.mean, axes: .some([1]), keepdims: true), .subtract)
    let product = try Linalg.matmul(centered, centered.T)
    // NumPy multiplies by 1/(n − ddof) (not divides), which can differ in the last bit.
    let factor = 1 / (Double(n) - ddof)
    let scaled = product.map { $0 * factor }
    return vars == 1 ? scaled.reshaped([]) : scaled
  }

  /// Pearson coefficients: cov[i, j] / √(cov[i, i]·cov[j, j]), clipped to [-1, 1] as NumPy's `corrcoef`.
  public static func correlation(_ x: Tensor) throws(TensorError) -> Tensor {
    var cv = try matrix(x, ddof: 1)
    guard cv.ndim == 2 else { return cv.map { $0 / $0 } }
    let n = cv.shape[0]
    let d = (0..<n).map { cv.data[$0 * n + $0].squareRoot() }
    for i in 0..<n {
      for j in 0..<n {
        // `np.clip`: a NaN (a constant variable) stays NaN.
        let c = cv.data[i * n + j] / d[i] / d[j]
        cv.data[i * n + j] = c.isNaN ? c : Swift.min(1, Swift.max(-1, c))
      }
    }
    return cv
  }
}
