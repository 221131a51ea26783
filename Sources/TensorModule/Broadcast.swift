/// NumPy's broadcasting: shapes align at the right; a dimension of 1 stretches to match.
public enum Broadcast {
  /// The broadcast shape of two shapes, or nil if they do not broadcast.
  public static func shape(of a: [Int], and b: [Int]) -> [Int]? {
    let n = max(a.count, b.count)
    var out = [Int](repeating: 0, count: n)
    for k in 0..<n {
      let x = k < n - a.count ? 1 : a[k - (n - a.count)]
      let y = k < n - b.count ? 1 : b[k - (n - b.count)]
      if x == y || y == 1 {
        out[k] = x
      } else if x == 1 {
        out[k] = y
      } else {
        return nil
      }
    }
    return out
  }

  /// Strides (in elements) that read `shape` as if it had `target`'s shape: 0 along stretched axes.
  public static func strides(of shape: [Int], to target: [Int]) -> [Int] {
    let own = Tensor.strides(for: shape)
    let offset = target.count - shape.count
    return target.indices.map { k in
      k < offset || shape[k - offset] == 1 ? 0 : own[k - offset]
    }
  }

  /// Calls `body(outIndex, aIndex, bIndex, runLength, aStep, bStep)` for each run along the last axis of
  /// `target`, so the caller's inner loop is a plain strided loop.
  @inlinable
  public static func forEachRun(
    _ target: [Int], _ aStrides: [Int], _ bStrides: [Int], _ body: (Int, Int, Int, Int, Int, Int) -> Void
  ) {
    let count = target.reduce(1, *)
    guard count > 0 else { return }
    guard let last = target.last else {
      body(0, 0, 0, 1, 0, 0)
      return
    }
    let n = target.count
    var index = [Int](repeating: 0, count: n)
    var a = 0
    var b = 0
    var out = 0
    while out < count {
      body(out, a, b, last, aStrides[n - 1], bStrides[n - 1])
      out += last
      // Advance the outer axes like an odometer.
      var k = n - 2
      while k >= 0 {
        index[k] += 1
        a += aStrides[k]
        b += bStrides[k]
        if index[k] < target[k] { break }
        a -= aStrides[k] * target[k]
        b -= bStrides[k] * target[k]
        index[k] = 0
        k -= 1
      }
    }
  }
}

extension Broadcast {
  /// Steps a multi-index through `shape` in C order, like an odometer: the last axis fastest, carrying into the
  /// ones before it (after the last position it wraps to all zeros).
  @inline(__always) public static func advance(_ index: inout [Int], in shape: [Int]) {
    var d = shape.count - 1
    while d >= 0 {
      index[d] += 1
      if index[d] < shape[d] { return }
      index[d] = 0
      d -= 1
    }
  }
}
