import Foundation
import Synchronization

/// A complex number as pocketfft's `cmplx` computes with it: componentwise sums, a real scale, and the
/// twiddle product `special_mul` (the conjugate twiddle going forward).
struct Cx {
  var r: Double
  var i: Double

  @inline(__always) init(_ r: Double, _ i: Double) {
    self.r = r
    self.i = i
  }

  static let zero = Cx(0, 0)

  @inline(__always) static func + (a: Cx, b: Cx) -> Cx { Cx(a.r + b.r, a.i + b.i) }
  @inline(__always) static func - (a: Cx, b: Cx) -> Cx { Cx(a.r - b.r, a.i - b.i) }
  @inline(__always) static func * (a: Cx, s: Double) -> Cx { Cx(a.r * s, a.i * s) }

  /// `special_mul<fwd>`: times `w`'s conjugate going forward, times `w` going back.
  @inline(__always) func twiddled(_ w: Cx, _ forward: Bool) -> Cx {
    forward ? Cx(r * w.r + i * w.i, i * w.r - r * w.i) : Cx(r * w.r - i * w.i, r * w.i + i * w.r)
  }

  /// `ROTX90<fwd>`: times −i going forward, +i going back.
  @inline(__always) func rotated90(_ forward: Bool) -> Cx { forward ? Cx(i, -r) : Cx(-i, r) }
}

/// pocketfft's table of `exp(2πi k/n)`: two short tables of values computed with `cos`/`sin` in the octant where
/// they are accurate, multiplied together on lookup (NumPy's `np.fft` twiddles, bit for bit).
struct UnitRoots {
  let n: Int
  let mask: Int
  let shift: Int
  var v1: [Cx] = []
  var v2: [Cx] = []

  init(_ n: Int) {
    self.n = n
    // The angle π/4 / n, worked out in long double and rounded once, as pocketfft's `0.25L*pi/n`.
    let pi: Float80 = 3.141592653589793238462643383279502884197
    let angle = Double(Float80(0.25) * pi / Float80(n))
    let count = (n + 2) / 2
    var s = 1
    while (1 << s) * (1 << s) < count { s += 1 }
    shift = s
    mask = (1 << s) - 1
    v1 = [Cx(1, 0)] + (1..<(mask + 1)).map { UnitRoots.root($0, n, angle) }
    let v2Count = (count + mask) / (mask + 1)
    v2 = [Cx(1, 0)] + (1..<max(v2Count, 1)).map { UnitRoots.root($0 * (mask + 1), n, angle) }
  }

  /// `exp(2πi x/n)` from the octant where `x·angle` is smallest.
  static func root(_ index: Int, _ n: Int, _ angle: Double) -> Cx {
    var x = index << 3
    if x < 4 * n {
      if x < 2 * n {
        if x < n { return Cx(cos(Double(x) * angle), sin(Double(x) * angle)) }
        return Cx(sin(Double(2 * n - x) * angle), cos(Double(2 * n - x) * angle))
      }
      x -= 2 * n
      if x < n { return Cx(-sin(Double(x) * angle), cos(Double(x) * angle)) }
      return Cx(-cos(Double(2 * n - x) * angle), sin(Double(2 * n - x) * angle))
    }
    x = 8 * n - x
    if x < 2 * n {
      if x < n { return Cx(cos(Double(x) * angle), -sin(Double(x) * angle)) }
      return Cx(sin(Double(2 * n - x) * angle), -cos(Double(2 * n - x) * angle))
    }
    x -= 2 * n
    if x < n { return Cx(-sin(Double(x) * angle), -cos(Double(x) * angle)) }
    return Cx(-cos(Double(2 * n - x) * angle), -sin(Double(2 * n - x) * angle))
  }

  subscript(_ index: Int) -> Cx {
    if 2 * index <= n {
      let (a, b) = (v1[index & mask], v2[index >> shift])
      return Cx(a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r)
    }
    let k = n - index
    let (a, b) = (v1[k & mask], v2[k >> shift])
    return Cx(a.r * b.r - a.i * b.i, -(a.r * b.i + a.i * b.r))
  }
}

/// pocketfft's size arithmetic: the factor costs that choose between Cooley–Tukey and Bluestein, and the
/// smallest fast sizes.
enum FFTSizes {
  static func largestPrimeFactor(_ value: Int) -> Int {
    var n = value
    var result = 1
    while n & 1 == 0 {
      result = 2
      n >>= 1
    }
    var x = 3
    while x * x <= n {
      while n % x == 0 {
        result = x
        n /= x
      }
      x += 2
    }
    if n > 1 { result = n }
    return result
  }

  /// pocketfft's choice of Bluestein's algorithm for `length`: only with a prime factor above its square root,
  /// and when the chirp convolution's guessed cost is below the direct passes' (scaled by `directScale`: ½ for
  /// the real transform).
  static func prefersBluestein(_ length: Int, directScale: Double) -> Bool {
    let largest = length < 50 ? 0 : largestPrimeFactor(length)
    if largest * largest <= length { return false }
    let direct = directScale * costGuess(length)
    let chirp = 2 * costGuess(goodComplexSize(2 * length - 1)) * 1.5
    return chirp < direct
  }

  static func costGuess(_ value: Int) -> Double {
    let penalty = 1.1
    var n = value
    var result = 0.0
    while n & 1 == 0 {
      result += 2
      n >>= 1
    }
    var x = 3
    while x * x <= n {
      while n % x == 0 {
        result += x <= 5 ? Double(x) : penalty * Double(x)
        n /= x
      }
      x += 2
    }
    if n > 1 { result += n <= 5 ? Double(n) : penalty * Double(n) }
    return result * Double(value)
  }

  /// The smallest product of 2, 3, 5, 7 and 11 at least `n`.
  static func goodComplexSize(_ n: Int) -> Int {
    if n <= 12 { return n }
    var best = 2 * n
    var f11 = 1
    while f11 < best {
      var f117 = f11
      while f117 < best {
        var f1175 = f117
        while f1175 < best {
          var x = f1175
          while x < n { x *= 2 }
          while true {
            if x < n {
              x *= 3
            } else if x > n {
              if x < best { best = x }
              if x & 1 != 0 { break }
              x >>= 1
            } else {
              return n
            }
          }
          f1175 *= 5
        }
        f117 *= 7
      }
      f11 *= 11
    }
    return best
  }

  /// The factors pocketfft runs its passes in: 8s, then 4s, a 2 moved to the front, then odd primes rising.
  static func factors(_ length: Int, eights: Bool) -> [Int] {
    var n = length
    var out: [Int] = []
    if eights {
      while n & 7 == 0 {
        out.append(8)
        n >>= 3
      }
    }
    while n & 3 == 0 {
      out.append(4)
      n >>= 2
    }
    if n & 1 == 0 {
      n >>= 1
      out.append(2)
      out.swapAt(0, out.count - 1)
    }
    var d = 3
    while d * d <= n {
      while n % d == 0 {
        out.append(d)
        n /= d
      }
      d += 2
    }
    if n > 1 { out.append(n) }
    return out
  }
}

/// Plans by length, as NumPy keeps its plans: at most 16, all dropped when full.
final class PlanCache<Plan: Sendable>: Sendable {
  let plans = Mutex<[Int: Plan]>([:])
  let make: @Sendable (Int) -> Plan

  init(_ make: @escaping @Sendable (Int) -> Plan) { self.make = make }

  func plan(_ length: Int) -> Plan {
    if let p = plans.withLock({ $0[length] }) { return p }
    let p = make(length)
    plans.withLock { plans in
      if plans.count >= 16 { plans.removeAll() }
      plans[length] = p
    }
    return p
  }
}

/// pocketfft's `pocketfft_c`: a complex FFT of one length, by Cooley–Tukey passes or, for lengths with a large
/// prime factor, Bluestein's chirp convolution, as NumPy's `np.fft.fft`/`ifft` compute it.
public struct ComplexFFT: Sendable {
  enum Plan: Sendable {
    case passes(CooleyTukey)
    case bluestein(Bluestein)
  }

  let plan: Plan
  public let length: Int

  public init(length: Int) {
    self.length = length
    plan =
      FFTSizes.prefersBluestein(length, directScale: 1)
      ? .bluestein(Bluestein(length)) : .passes(CooleyTukey(length))
  }

  /// The plan for `length`, from a small cache as NumPy keeps its plans (the twiddles cost a sine and a cosine
  /// each).
  public static func plan(length: Int) -> ComplexFFT { cache.plan(length) }

  static let cache = PlanCache { ComplexFFT(length: $0) }

  /// Transforms interleaved `(re, im)` pairs in place, scaling by `factor`.
  public func execute(_ pairs: inout [Double], factor: Double, forward: Bool) {
    precondition(pairs.count == 2 * length, "FFT buffer of the wrong length")
    pairs.withUnsafeMutableBufferPointer { raw in
      guard let base = raw.baseAddress else { return }
      base.withMemoryRebound(to: Cx.self, capacity: length) { c in
        execute(UnsafeMutableBufferPointer(start: c, count: length), factor: factor, forward: forward)
      }
    }
  }

  func execute(_ c: UnsafeMutableBufferPointer<Cx>, factor: Double, forward: Bool) {
    switch plan {
    case .passes(let p): p.run(c, factor, forward)
    case .bluestein(let b): b.run(c, factor, forward)
    }
  }
}

/// Bluestein's algorithm as pocketfft writes it: the chirp `b_k = exp(πi k²/n)`, its transform at the padded
/// length (normalised), and a convolution by two Cooley–Tukey transforms.
struct Bluestein: Sendable {
  let n: Int
  let n2: Int
  let plan: CooleyTukey
  let bk: [Cx]
  let bkf: [Cx]

  init(_ length: Int) {
    n = length
    n2 = FFTSizes.goodComplexSize(2 * length - 1)
    let plan = CooleyTukey(n2)
    self.plan = plan
    let roots = UnitRoots(2 * length)
    var chirp = [Cx](repeating: Cx(1, 0), count: length)
    var coefficient = 0
    for m in 1..<max(length, 1) {
      coefficient += 2 * m - 1
      if coefficient >= 2 * length { coefficient -= 2 * length }
      chirp[m] = roots[coefficient]
    }
    bk = chirp
    let scale = 1.0 / Double(n2)
    var padded = [Cx](repeating: .zero, count: n2)
    padded[0] = chirp[0] * scale
    for m in 1..<max(length, 1) {
      padded[m] = chirp[m] * scale
      padded[n2 - m] = chirp[m] * scale
    }
    padded.withUnsafeMutableBufferPointer { plan.run($0, 1, true) }
    bkf = Array(padded[0..<(n2 / 2 + 1)])
  }

  func run(_ c: UnsafeMutableBufferPointer<Cx>, _ factor: Double, _ forward: Bool) {
    var akf = [Cx](repeating: .zero, count: n2)
    for m in 0..<n { akf[m] = c[m].twiddled(bk[m], forward) }
    let zero = akf[0] * 0
    for m in n..<n2 { akf[m] = zero }
    akf.withUnsafeMutableBufferPointer { plan.run($0, 1, true) }
    akf[0] = akf[0].twiddled(bkf[0], !forward)
    for m in 1..<((n2 + 1) / 2) {
      akf[m] = akf[m].twiddled(bkf[m], !forward)
      akf[n2 - m] = akf[n2 - m].twiddled(bkf[m], !forward)
    }
    if n2 & 1 == 0 { akf[n2 / 2] = akf[n2 / 2].twiddled(bkf[n2 / 2], !forward) }
    akf.withUnsafeMutableBufferPointer { plan.run($0, 1, false) }
    for m in 0..<n { c[m] = akf[m].twiddled(bk[m], forward) * factor }
  }
}
