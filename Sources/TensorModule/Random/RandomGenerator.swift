import Foundation

/// NumPy's `Generator` over PCG64: the same algorithms in the same order as NumPy 2, so every stream after
/// `default_rng(n)` is NumPy's (53-bit uniforms, 256-layer ziggurat normals and exponentials, Lemire's bounded
/// integers, masked-rejection shuffles, Floyd's sampling without replacement).
public struct RandomGenerator: UniformSource, Sendable {
  var bits: PCG64

  public init(seed: SeedSequence) { bits = PCG64(seed) }

  /// Uniform on [0, 1).
  public mutating func random() -> Double { bits.nextDouble() }

  /// Standard normal: the ziggurat, with Marsaglia's tail past the base layer.
  public mutating func standardNormal() -> Double {
    while true {
      var r = bits.next64()
      let layer = Int(r & 0xFF)
      r >>= 8
      let negative = r & 1 == 1
      let magnitude = (r >> 1) & 0x000F_FFFF_FFFF_FFFF
      var x = Double(magnitude) * ZigguratTables.normalWidth[layer]
      if negative { x = -x }
      if magnitude < ZigguratTables.normalBound[layer] { return x }
      if layer == 0 {
        while true {
          let xx = -(1 / ZigguratTables.normalTail) * Foundation.log1p(-random())
          let yy = -Foundation.log1p(-random())
          if yy + yy > xx * xx {
            return (magnitude >> 8) & 1 == 1 ? -(ZigguratTables.normalTail + xx) : ZigguratTables.normalTail + xx
          }
        }
      }
      let upper = ZigguratTables.normalHeight[layer - 1]
      let lower = ZigguratTables.normalHeight[layer]
      if (upper - lower) * random() + lower < Foundation.exp(-0.5 * x * x) { return x }
    }
  }

  /// Standard exponential: the ziggurat, with the memoryless tail past the base layer.
  public mutating func standardExponential() -> Double {
    while true {
      var r = bits.next64() >> 3
      let layer = Int(r & 0xFF)
      r >>= 8
      let x = Double(r) * ZigguratTables.exponentialWidth[layer]
      if r < ZigguratTables.exponentialBound[layer] { return x }
      if layer == 0 { return ZigguratTables.exponentialTail - Foundation.log1p(-random()) }
      let upper = ZigguratTables.exponentialHeight[layer - 1]
      let lower = ZigguratTables.exponentialHeight[layer]
      if (upper - lower) * random() + lower < Foundation.exp(-x) { return x }
    }
  }

  /// A uniform integer from 0 through `range` by Lemire's multiply-and-reject (NumPy's `random_bounded_uint64`),
  /// on 32-bit draws when the range fits them.
  public mutating func bounded(_ range: UInt64) -> UInt64 {
    if range == 0 { return 0 }
    if range <= 0xFFFF_FFFF {
      if range == 0xFFFF_FFFF { return UInt64(bits.next32()) }
      let exclusive = UInt32(range) &+ 1
      var m = UInt64(bits.next32()) &* UInt64(exclusive)
      var leftover = UInt32(truncatingIfNeeded: m)
      if leftover < exclusive {
        let threshold = (UInt32.max &- UInt32(range)) % exclusive
        while leftover < threshold {
          m = UInt64(bits.next32()) &* UInt64(exclusive)
          leftover = UInt32(truncatingIfNeeded: m)
        }
      }
      return m >> 32
    }
    if range == .max { return bits.next64() }
    let exclusive = range &+ 1
    var m = bits.next64().multipliedFullWidth(by: exclusive)
    if m.low < exclusive {
      let threshold = (UInt64.max &- range) % exclusive
      while m.low < threshold { m = bits.next64().multipliedFullWidth(by: exclusive) }
    }
    return m.high
  }

  /// A uniform integer from `low` through `high` (both included).
  public mutating func integer(_ low: Int, through high: Int) -> Int {
    low &+ Int(truncatingIfNeeded: bounded(UInt64(bitPattern: Int64(high &- low))))
  }

  /// A uniform integer from 0 through max by masked rejection (NumPy's `random_interval`, which `shuffle` uses).
  public mutating func interval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    let mask = RandomState.mask(max)
    if max <= 0xFFFF_FFFF {
      while true {
        let v = UInt64(bits.next32()) & mask
        if v <= max { return v }
      }
    }
    while true {
      let v = bits.next64() & mask
      if v <= max { return v }
    }
  }

  /// `shuffle`'s swaps: position i (from the end down to 1) with a masked draw from 0 through i.
  public mutating func shuffleOrder(_ n: Int) -> [(Int, Int)] {
    guard n > 1 else { return [] }
    return (1..<n).reversed().map { i in (i, Int(interval(UInt64(i)))) }
  }

  /// NumPy's `_shuffle_int`: positions n-1 down to `first` swap with a Lemire draw from 0 through i.
  mutating func shuffleTail(_ values: inout [Int], first: Int) {
    guard first < values.count else { return }
    for i in stride(from: values.count - 1, through: first, by: -1) {
      let j = Int(bounded(UInt64(i)))
      values.swapAt(i, j)
    }
  }

  /// Exponential(scale).
  public mutating func exponential(_ scale: Double) -> Double { scale * standardExponential() }

  /// Gamma(shape, 1): an exponential at shape 1; for shape < 1 the rejection method over a uniform and an
  /// exponential; otherwise Marsaglia and Tsang's method over the ziggurat normal.
  public mutating func standardGamma(_ shape: Double) -> Double {
    if shape == 1 { return standardExponential() }
    if shape == 0 { return 0 }
    if shape < 1 {
      while true {
        let u = random()
        let v = standardExponential()
        if u <= 1 - shape {
          let x = Foundation.pow(u, 1 / shape)
          if x <= v { return x }
        } else {
          let y = -Foundation.log((1 - u) / shape)
          let x = Foundation.pow(1 - shape + shape * y, 1 / shape)
          if x <= v + y { return x }
        }
      }
    }
    let b = shape - 1.0 / 3.0
    let c = 1 / (9 * b).squareRoot()
    while true {
      var x = 0.0
      var v = 0.0
      repeat {
        x = standardNormal()
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = random()
      if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
      if Foundation.log(u) < 0.5 * x * x + b * (1 - v + Foundation.log(v)) { return b * v }
    }
  }

  /// Beta(a, b): Jöhnk's method when both are at most 1 (a uniform's proportion when both are tiny), else a ratio of
  /// two gammas.
  public mutating func beta(_ a: Double, _ b: Double) -> Double {
    guard a <= 1 && b <= 1 else {
      let ga = standardGamma(a)
      let gb = standardGamma(b)
      return ga / (ga + gb)
    }
    if a < 3e-103 && b < 3e-103 { return (a + b) * random() < a ? 1 : 0 }
    while true {
      let u = random()
      let v = random()
      let x = Foundation.pow(u, 1 / a)
      let y = Foundation.pow(v, 1 / b)
      guard x + y <= 1 && u + v > 0 else { continue }
      if x > 0 && y > 0 { return x / (x + y) }
      let delta = Foundation.log(u) / a - Foundation.log(v) / b
      if delta > 0 { return Foundation.exp(-Foundation.log1p(Foundation.exp(-delta))) }
      return Foundation.exp(delta - Foundation.log1p(Foundation.exp(delta)))
    }
  }

  /// The variates `fill` draws in bulk.
  public enum Variate: Sendable { case uniform, normal, exponential }

  /// `count` draws of one variate, `poll` called between chunks.
  ///
  /// Each variate has its own loop over an uninitialised buffer: through `Array.polled`'s generic closure every
  /// element went through a value-witness copy and two calls (twice NumPy's time for `random(10**7)`).
  public mutating func fill<E: Error>(_ count: Int, _ variate: Variate, poll: () throws(E) -> Void) throws(E)
    -> [Double]
  {
    var failure: E?
    let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { HugePages.advise(base, bytes: count * MemoryLayout<Double>.stride) }
      var start = 0
      while start < count {
        let end = Swift.min(count, start + Tensor.checkMask + 1)
        switch variate {
        case .uniform: for i in start..<end { buffer[i] = random() }
        case .normal: for i in start..<end { buffer[i] = standardNormal() }
        case .exponential: for i in start..<end { buffer[i] = standardExponential() }
        }
        start = end
        if start < count {
          do throws(E) { try poll() } catch {
            failure = error
            break
          }
        }
      }
      initialized = count
    }
    if let failure { throw failure }
    return out
  }

  /// `count` uniform integers from `low` through `high`, `poll` called between chunks.
  public mutating func integers<E: Error>(_ count: Int, _ low: Int, through high: Int, poll: () throws(E) -> Void)
    throws(E) -> [Int]
  {
    var failure: E?
    let out = [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { HugePages.advise(base, bytes: count * MemoryLayout<Int>.stride) }
      var start = 0
      while start < count {
        let end = Swift.min(count, start + Tensor.checkMask + 1)
        for i in start..<end { buffer[i] = integer(low, through: high) }
        start = end
        if start < count {
          do throws(E) { try poll() } catch {
            failure = error
            break
          }
        }
      }
      initialized = count
    }
    if let failure { throw failure }
    return out
  }
}
