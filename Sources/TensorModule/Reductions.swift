import Foundation

/// Which axes a reduction runs over: all of them (`axis=None`) or some.
public enum Axes: Equatable, Sendable {
  case all
  case some([Int])
}

/// NumPy's reductions, by name.
public enum Reduction: String, Sendable {
  case sum, mean, prod, min, max, argmin, argmax, all, any
}

extension Tensor {
  /// The axes, made non-negative and checked: NumPy's `AxisError` message if one is out of range.
  public func normalize(_ axes: [Int]) throws(TensorError) -> [Int] {
    var out: [Int] = []
    for a in axes {
      let k = a < 0 ? a + ndim : a
      guard k >= 0 && k < ndim else {
        throw TensorError(.axis, "axis \(a) is out of bounds for array of dimension \(ndim)")
      }
      guard !out.contains(k) else { throw TensorError(.value, "duplicate value in 'axis'") }
      out.append(k)
    }
    return out.sorted()
  }

  /// The tensor as lanes to reduce.
  ///
  /// `outer × n` values, lane `i` starting at `i`'s offset with elements
  /// `stride` apart. Several axes are first moved to the end so each lane is contiguous.
  struct Lanes {
    var source: Tensor
    var outer: Int
    var n: Int
    var inner: Int
    /// The result's shape without and with the reduced axes kept as 1.
    var shape: [Int]
    var keptShape: [Int]

    /// The start of lane `i` (0 ≤ i < outer × inner).
    @inline(__always) func start(_ i: Int) -> Int { (i / inner) * n * inner + i % inner }
  }

  func lanes(_ axes: Axes) throws(TensorError) -> Lanes {
    let reduced: [Int]
    switch axes {
    case .all: reduced = Array(0..<ndim)
    case .some(let list): reduced = try normalize(list)
    }
    let kept = (0..<ndim).filter { !reduced.contains($0) }
    let shapeOut = kept.map { shape[$0] }
    let keptShape = (0..<ndim).map { reduced.contains($0) ? 1 : shape[$0] }
    if reduced.count == 1 {
      let k = reduced[0]
      return Lanes(
        source: self, outer: shape[..<k].reduce(1, *), n: shape[k], inner: shape[(k + 1)...].reduce(1, *),
        shape: shapeOut, keptShape: keptShape)
    }
    let moved = reduced.count == ndim ? self : transposed(kept + reduced)
    let n = reduced.map { shape[$0] }.reduce(1, *)
    return Lanes(
      source: moved, outer: shapeOut.reduce(1, *), n: n, inner: 1, shape: shapeOut, keptShape: keptShape)
  }

  /// The largest (or smallest) of `n ≥ 1` contiguous elements, NaN if any is NaN (NumPy's `max`/`min`).
  ///
  /// Eight lanes at a time with a NaN mask, no branch on the data: the loop that stopped at the first NaN
  /// compared one element at a time (12× NumPy's `a.max()` on 10⁶).
  static func extreme(_ p: UnsafePointer<Double>, _ n: Int, larger: Bool) -> Double {
    larger ? extreme(p, n, true) : extreme(p, n, false)
  }

  @inline(__always)
  private static func extreme(_ p: UnsafePointer<Double>, _ n: Int, _ larger: Bool) -> Double {
    @inline(__always) func pick(_ v: Double, _ m: Double) -> Double { (larger ? v > m : v < m) ? v : m }
    var best = p[0]
    var nan = p[0].isNaN
    var k = 0
    if n >= 16 {
      let raw = UnsafeRawPointer(p)
      var m = SIMD8<Double>(repeating: p[0])
      var nans = SIMDMask<SIMD8<Int64>>(repeating: false)
      while k + 8 <= n {
        let v = raw.loadUnaligned(fromByteOffset: k * MemoryLayout<Double>.stride, as: SIMD8<Double>.self)
        nans .|= v .!= v
        m.replace(with: v, where: larger ? v .> m : v .< m)
        k += 8
      }
      nan = nan || any(nans)
      for lane in 0..<8 { best = pick(m[lane], best) }
    }
    while k < n {
      best = pick(p[k], best)
      nan = nan || p[k].isNaN
      k += 1
    }
    if nan { return .nan }
    // Among equal extremes NumPy returns the last: which matters only for a zero's sign (max of [-0.0, 0.0] is
    // 0.0, of [0.0, -0.0] is -0.0).
    if best == 0 {
      var k = n - 1
      while k > 0 && p[k] != 0 { k -= 1 }
      return p[k]
    }
    return best
  }

  /// The index of the first largest (or smallest) of `n ≥ 1` contiguous elements, or of the first NaN
  /// (NumPy's `argmax`/`argmin`): the extreme found first, then its first position, eight at a time.
  static func extremeIndex(_ p: UnsafePointer<Double>, _ n: Int, larger: Bool) -> Int {
    let m = extreme(p, n, larger: larger)
    let raw = UnsafeRawPointer(p)
    let target = SIMD8<Double>(repeating: m)
    var k = 0
    while k + 8 <= n {
      let v = raw.loadUnaligned(fromByteOffset: k * MemoryLayout<Double>.stride, as: SIMD8<Double>.self)
      if any(m.isNaN ? v .!= v : v .== target) { break }
      k += 8
    }
    while k < n {
      if m.isNaN ? p[k].isNaN : p[k] == m { return k }
      k += 1
    }
    return 0
  }

  /// `sum`, `mean`, `min` … over `axes`; with `keepdims` the reduced axes stay as 1.
  public func reduce(_ reduction: Reduction, axes: Axes = .all, keepdims: Bool = false) throws(TensorError) -> Tensor {
    let lanes = try lanes(axes)
    if lanes.n == 0 {
      // NumPy's messages: the ufunc's name (`maximum`) for min and max, its own for argmin and argmax.
      switch reduction {
      case .min, .max:
        throw TensorError(
          .value,
          "zero-size array to reduction operation \(reduction == .max ? "maximum" : "minimum") which has no identity")
      case .argmin, .argmax: throw TensorError(.value, "attempt to get \(reduction.rawValue) of an empty sequence")
      default: break
      }
    }
    let count = lanes.outer * lanes.inner
    let dtype: DType = reduction == .all || reduction == .any ? .bool : .float64
    let (n, stride) = (lanes.n, lanes.inner)
    var result = Tensor(shape: keepdims ? lanes.keptShape : lanes.shape, dtype: dtype) { out in
      lanes.source.data.withUnsafeBufferPointer { x in
        if (reduction == .sum || reduction == .mean) && stride > 1, let base = x.baseAddress,
          let acc = out.baseAddress
        {
          // Lanes across an outer axis (`M.sum(axis=0)`): each lane still adds its elements in order from 0.0,
          // but row by row into all the lanes at once, reading memory in order (lane by lane, every read was
          // a cache miss: 6× NumPy's time at 1000²).
          for o in 0..<lanes.outer {
            let sums = acc + o * stride
            sums.initialize(repeating: 0, count: stride)
            for k in 0..<n {
              let row = base + (o * n + k) * stride
              for j in 0..<stride { sums[j] += row[j] }
            }
            if reduction == .mean { for j in 0..<stride { sums[j] /= Double(n) } }
          }
          return
        }
        for i in 0..<count {
          let p = x.baseAddress! + lanes.start(i)
          switch reduction {
          case .sum: out[i] = Tensor.laneSum(p, n, stride)
          case .mean: out[i] = Tensor.laneSum(p, n, stride) / Double(n)
          case .prod:
            var s = 1.0
            for k in 0..<n { s *= p[k * stride] }
            out[i] = s
          case .min where stride == 1, .max where stride == 1:
            out[i] = Tensor.extreme(p, n, larger: reduction == .max)
          case .argmin where stride == 1, .argmax where stride == 1:
            out[i] = Double(Tensor.extremeIndex(p, n, larger: reduction == .argmax))
          case .min, .max:
            var m = p[0]
            for k in 1..<Swift.max(n, 1) {
              let v = p[k * stride]
              if v.isNaN || m.isNaN {
                m = .nan
                break
              }
              if reduction == .min ? v < m : v > m { m = v }
            }
            out[i] = m
          case .argmin, .argmax:
            var best = 0
            var m = p[0]
            if !m.isNaN {
              for k in 1..<Swift.max(n, 1) {
                let v = p[k * stride]
                if v.isNaN {
                  best = k
                  break
                }
                if reduction == .argmin ? v < m : v > m {
                  m = v
                  best = k
                }
              }
            }
            out[i] = Double(best)
          case .all:
            var r = 1.0
            for k in 0..<n where p[k * stride] == 0 {
              r = 0
              break
            }
            out[i] = r
          case .any:
            var r = 0.0
            for k in 0..<n where p[k * stride] != 0 {
              r = 1
              break
            }
            out[i] = r
          }
        }
      }
    }
    if reduction == .mean && n == 0 { result.data = result.data.map { _ in .nan } }
    return result
  }

  /// Variance with `ddof` delta degrees of freedom, as NumPy: `sum(|x - mean|²) / (n - ddof)`.
  public func variance(axes: Axes = .all, ddof: Double = 0, keepdims: Bool = false) throws(TensorError) -> Tensor {
    let lanes = try lanes(axes)
    let count = lanes.outer * lanes.inner
    let (n, stride) = (lanes.n, lanes.inner)
    return Tensor(shape: keepdims ? lanes.keptShape : lanes.shape) { out in
      lanes.source.data.withUnsafeBufferPointer { x in
        var deviations = [Double](repeating: 0, count: n)
        for i in 0..<count {
          let p = x.baseAddress! + lanes.start(i)
          let mean = Tensor.laneSum(p, n, stride) / Double(n)
          for k in 0..<n {
            let d = p[k * stride] - mean
            deviations[k] = d * d
          }
          let ss = deviations.withUnsafeBufferPointer { Tensor.laneSum($0.baseAddress!, n, 1) }
          out[i] = ss / Swift.max(Double(n) - ddof, 0)
        }
      }
    }
  }

  /// `cumsum` / `cumprod` along one axis, or over the flattened tensor.
  public func accumulate(product: Bool, axis: Int?) throws(TensorError) -> Tensor {
    guard let axis else { return try reshaped([count]).accumulate(product: product, axis: 0) }
    let lanes = try lanes(.some([axis]))
    let (n, stride) = (lanes.n, lanes.inner)
    var out = Tensor(shape: shape, data: data)
    out.data.withUnsafeMutableBufferPointer { y in
      guard let base = y.baseAddress else { return }
      for i in 0..<(lanes.outer * lanes.inner) {
        let p = base + lanes.start(i)
        for k in 1..<Swift.max(n, 1) {
          if product { p[k * stride] *= p[(k - 1) * stride] } else { p[k * stride] += p[(k - 1) * stride] }
        }
      }
    }
    return out
  }

  /// NumPy's pairwise summation (8 accumulators, blocks of 128), so sums match NumPy's to the last bits on
  /// contiguous data; strided lanes add in order, as NumPy does across an outer axis.
  ///
  /// The reduction starts from add's identity, +0.0, as NumPy's does: an empty sum, or a sum of negative zeros,
  /// is 0.0.
  @inline(__always)
  static func laneSum(_ p: UnsafePointer<Double>, _ n: Int, _ stride: Int) -> Double {
    if stride != 1 {
      var s = 0.0
      for k in 0..<n { s += p[k * stride] }
      return s
    }
    return 0.0 + pairwiseSum(p, n)
  }

  /// `np.sum` of a 1-d float64 array: pairwise, from +0.0 (so an empty array sums to 0.0).
  public static func pairwiseSum(_ x: [Double]) -> Double {
    x.withUnsafeBufferPointer { b in b.baseAddress.map { 0.0 + pairwiseSum($0, b.count) } ?? 0 }
  }

  /// NumPy's pairwise summation of a contiguous buffer (blocks of 128, eight accumulators each).
  public static func pairwiseSum(_ p: UnsafePointer<Double>, _ n: Int) -> Double {
    if n <= 128 { return leafSum(p, n) }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(p, half) + pairwiseSum(p + half, n - half)
  }

  /// The same pairwise order over elements made block by block.
  ///
  /// `fill(start, count, buffer)` writes elements `start ..< start + count` (at most 128) into
  /// `buffer`; nothing of size `n` is allocated.
  static func pairwiseSum(
    from start: Int, _ n: Int, _ buffer: UnsafeMutablePointer<Double>,
    _ fill: (Int, Int, UnsafeMutablePointer<Double>) -> Void
  ) -> Double {
    if n <= 128 {
      fill(start, n, buffer)
      return leafSum(buffer, n)
    }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(from: start, half, buffer, fill) + pairwiseSum(from: start + half, n - half, buffer, fill)
  }

  /// NumPy's sum of one block of at most 128 elements: eight accumulators, then the tail.
  @inline(__always)
  static func leafSum(_ p: UnsafePointer<Double>, _ n: Int) -> Double {
    if n < 8 {
      var s = -0.0
      for i in 0..<n { s += p[i] }
      return s
    }
    var r0 = p[0]
    var r1 = p[1]
    var r2 = p[2]
    var r3 = p[3]
    var r4 = p[4]
    var r5 = p[5]
    var r6 = p[6]
    var r7 = p[7]
    var i = 8
    while i < n - n % 8 {
      r0 += p[i]
      r1 += p[i + 1]
      r2 += p[i + 2]
      r3 += p[i + 3]
      r4 += p[i + 4]
      r5 += p[i + 5]
      r6 += p[i + 6]
      r7 += p[i + 7]
      i += 8
    }
    var s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n {
      s += p[i]
      i += 1
    }
    return s
  }
}

extension Tensor {
  /// `cumsum`/`cumprod` of int64 data (C order, `shape`) along `axis` (nil: flattened), wrapping on overflow as
  /// NumPy's int64 does; exact where a pass through doubles would round beyond 2⁵³.
  public static func accumulateIntegers(_ values: [Int], shape: [Int], product: Bool, axis: Int?) throws(TensorError)
    -> [Int]
  {
    guard let axis else {
      // Into fresh memory (huge pages when large) in one pass: `var out = values` copied the shared buffer
      // first and faulted in its pages, which made an int cumsum of 10⁷ four times NumPy's time.
      return [Int](unsafeUninitializedCapacity: values.count) { y, initialized in
        if let base = y.baseAddress { HugePages.advise(base, bytes: values.count * MemoryLayout<Int>.stride) }
        values.withUnsafeBufferPointer { x in
          guard var acc = x.first else { return }
          y[0] = acc
          if product {
            for k in 1..<x.count {
              acc = acc &* x[k]
              y[k] = acc
            }
          } else {
            for k in 1..<x.count {
              acc = acc &+ x[k]
              y[k] = acc
            }
          }
        }
        initialized = values.count
      }
    }
    var out = values
    let k = axis < 0 ? axis + shape.count : axis
    guard k >= 0 && k < shape.count else {
      throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension \(shape.count)")
    }
    let n = shape[k]
    let inner = shape[(k + 1)...].reduce(1, *)
    let outer = shape[..<k].reduce(1, *)
    guard n > 1 && inner > 0 else { return out }
    out.withUnsafeMutableBufferPointer { y in
      for o in 0..<outer {
        for i in 1..<n {
          let row = (o * n + i) * inner
          for j in 0..<inner {
            y[row + j] = product ? y[row + j] &* y[row - inner + j] : y[row + j] &+ y[row - inner + j]
          }
        }
      }
    }
    return out
  }
}
