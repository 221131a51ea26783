import Foundation

/// NumPy's `Generator` over PCG64: the same algorithms in the same order as NumPy 2, so every stream after
/// `default_rng(n)` is NumPy's (53-bit uniforms, 256-layer ziggurat normals and exponentials, Lemire's bounded
/// integers, masked-rejection shuffles, Floyd's sampling without replacement).
public struct RandomGenerator: UniformSource, Sendable {
  var bits: PCG64

  /// The PCG64 state (`Generator.bit_generator.state`).
  public var bitState: (state: UInt128, increment: UInt128, spare: UInt32?) { bits.snapshot }

  public init(seed: SeedSequence) { bits = PCG64(seed) }

  /// Uniform on [0, 1).
  public mutating func random() -> Double { bits.nextDouble() }

  public mutating func nextWord32() -> UInt32 { bits.next32() }

  public mutating func nextWord64() -> UInt64 { bits.next64() }

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

  /// NumPy's `_shuffle_int`: positions n-1 down to `first` swap with a Lemire draw from 0 through i.
  mutating func shuffleTail(_ values: inout [Int], first: Int) {
    guard first < values.count else { return }
    for i in stride(from: values.count - 1, through: first, by: -1) {
      let j = Int(bounded(UInt64(i)))
      values.swapAt(i, j)
    }
  }

  /// Geometric(p), NumPy's `random_geometric`: the search below p = 1/3's double, else inversion of a ziggurat
  /// exponential, `ceil(-E / log1p(-p))` (the largest int64 where that passes it).
  public mutating func geometric(_ p: Double) -> Int {
    if p >= 0.333333333333333333333333 { return geometricSearch(p) }
    let z = (-standardExponential() / Foundation.log1p(-p)).rounded(.up)
    return z >= 9.223372036854776e+18 ? .max : Int(z)
  }

  /// Exponential(scale).
  public mutating func exponential(_ scale: Double) -> Double { scale * standardExponential() }

  /// `Generator.bytes(n)`: (n − 1)/4 + 1 32-bit draws in C's division (so one even for n = 0), each written
  /// little-endian, then `[:n]` as Python slices (a negative `n` drops that many from the end); nil when the
  /// draw count is negative.
  public mutating func bytes(_ n: Int) -> [UInt8]? {
    let words = (n - 1) / 4 + 1
    guard words >= 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(4 * words)
    for _ in 0..<words {
      let word = bits.next32()
      for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
    }
    return Array(out.prefix(n >= 0 ? n : Swift.max(0, out.count + n)))
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
  /// Each variate has its own loop (`chunked` is inlined with the draw): through `Array.polled`'s generic closure
  /// every element went through a value-witness copy and two calls (twice NumPy's time for `random(10**7)`).
  public mutating func fill<E: Error>(_ count: Int, _ variate: Variate, poll: () throws(E) -> Void) throws(E)
    -> [Double]
  {
    switch variate {
    case .uniform: return try chunked(count, poll) { $0.random() }
    case .normal: return try chunked(count, poll) { $0.standardNormal() }
    case .exponential: return try chunked(count, poll) { $0.standardExponential() }
    }
  }

  /// `count` uniform integers from `low` through `high`; `stop` is asked between chunks and ends the fill
  /// (what is left of the buffer is then unspecified).
  ///
  /// Not generic in an error type, unlike `fill`: a generic caller from another module runs unspecialised,
  /// and there a draw closure that captures values was a call per element (1.2× NumPy's time for 10⁷).
  public mutating func integers(_ count: Int, _ low: Int, through high: Int, stop: () -> Bool) -> [Int] {
    let range = UInt64(bitPattern: Int64(high &- low))
    guard range > 0 && range < 0xFFFF_FFFF else { return fillChunks(count, stop) { $0.integer(low, through: high) } }
    // `bounded`'s 32-bit case with its checks and threshold hoisted out of the loop: the same draws (the
    // rejection threshold is below `exclusive`, so testing it alone rejects exactly what `bounded` does).
    let exclusive = UInt64(range) &+ 1
    let threshold = UInt32((UInt64(UInt32.max) &- range) % exclusive)
    // The loop written out: as a closure passed to `fillChunks` the draw stayed a call per element.
    var source = bits
    defer { bits = source }
    return [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { HugePages.advise(base, bytes: count * MemoryLayout<Int>.stride) }
      var start = 0
      while start < count {
        let end = Swift.min(count, start + Tensor.checkMask + 1)
        for i in start..<end {
          var m = UInt64(source.next32()) &* exclusive
          while UInt32(truncatingIfNeeded: m) < threshold { m = UInt64(source.next32()) &* exclusive }
          buffer[i] = low &+ Int(m >> 32)
        }
        start = end
        if start < count && stop() { break }
      }
      initialized = count
    }
  }

  /// `count` draws into an uninitialised, huge-page-advised buffer, `poll` between chunks; what it throws stops
  /// the fill (the half-written buffer of plain values needs no deinitialisation).
  ///
  @inline(__always)
  private mutating func chunked<T: BitwiseCopyable, E: Error>(
    _ count: Int, _ poll: () throws(E) -> Void, _ draw: (inout RandomGenerator) -> T
  ) throws(E) -> [T] {
    var failure: E?
    let out = fillChunks(
      count,
      { () -> Bool in
        do throws(E) { try poll() } catch {
          failure = error
          return true
        }
        return false
      }, draw)
    if let failure { throw failure }
    return out
  }

  @inline(__always)
  private mutating func fillChunks<T: BitwiseCopyable>(
    _ count: Int, _ stop: () -> Bool, _ draw: (inout RandomGenerator) -> T
  ) -> [T] {
    [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { HugePages.advise(base, bytes: count * MemoryLayout<T>.stride) }
      var start = 0
      while start < count {
        let end = Swift.min(count, start + Tensor.checkMask + 1)
        for i in start..<end { buffer[i] = draw(&self) }
        start = end
        if start < count && stop() { break }
      }
      initialized = count
    }
  }
}
