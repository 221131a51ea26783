import Foundation
import Synchronization

/// pocketfft's `pocketfft_r`: the real transform of one length (FFTPACK's `rfftp` passes, or Bluestein's for
/// lengths with a large prime factor), packed and unpacked as NumPy's `rfft`/`irfft` loops do.
public struct RealFFT: Sendable {
  enum Plan: Sendable {
    case passes(RealPasses)
    case bluestein(Bluestein)
  }

  let plan: Plan
  public let length: Int

  /// The plan for `length`, from a small cache as NumPy keeps its plans.
  public static func plan(length: Int) -> RealFFT { cache.plan(length) }

  static let cache = PlanCache { RealFFT(length: $0) }

  public init(length: Int) {
    self.length = length
    plan =
      FFTSizes.prefersBluestein(length, directScale: 0.5)
      ? .bluestein(Bluestein(length)) : .passes(RealPasses(length))
  }

  /// `rfft` of `length` real values: `length/2 + 1` interleaved `(re, im)` pairs (the first imaginary part, and
  /// the last for even lengths, zero).
  public func forward(_ x: [Double], factor: Double) -> [Double] {
    let n = length
    let pairs = n / 2 + 1
    // NumPy runs the transform one slot into its output, then moves R0 to the front.
    var buffer = [Double](repeating: 0, count: 2 * pairs)
    for k in 0..<n { buffer[k + 1] = x[k] }
    var packed = Array(buffer[1...n])
    switch plan {
    case .passes(let p): p.run(&packed, factor, forward: true)
    case .bluestein(let b):
      var c = packed.map { Cx($0, 0 * packed[0]) }
      c.withUnsafeMutableBufferPointer { b.run($0, factor, true) }
      packed[0] = c[0].r
      var k = 1
      var m = 1
      while k < n {
        packed[k] = c[m].r
        if k + 1 < n { packed[k + 1] = c[m].i }
        k += 2
        m += 1
      }
    }
    for k in 0..<n { buffer[k + 1] = packed[k] }
    buffer[0] = buffer[1]
    buffer[1] = 0
    return buffer
  }

  /// `irfft` to `length` real values from the first `length/2 + 1` complex values (the imaginary parts of the
  /// first, and of the last for even lengths, are not read).
  public func backward(_ half: [(Double, Double)], factor: Double) -> [Double] {
    let n = length
    var packed = [Double](repeating: 0, count: n)
    packed[0] = half[0].0
    if n > 1 {
      var k = 1
      var m = 1
      while m <= (n - 1) / 2 {
        packed[k] = half[m].0
        packed[k + 1] = half[m].1
        k += 2
        m += 1
      }
      if n % 2 == 0 { packed[n - 1] = half[n / 2].0 }
    }
    switch plan {
    case .passes(let p): p.run(&packed, factor, forward: false)
    case .bluestein(let b):
      var c = [Cx](repeating: .zero, count: n)
      c[0] = Cx(packed[0], packed[0] * 0)
      var k = 1
      var m = 1
      while k < n {
        c[m].r = packed[k]
        if k + 1 < n { c[m].i = packed[k + 1] }
        k += 2
        m += 1
      }
      if n & 1 == 0 { c[n / 2].i = 0 * packed[0] }
      var j = 1
      while 2 * j < n {
        c[n - j] = Cx(c[j].r, -c[j].i)
        j += 1
      }
      c.withUnsafeMutableBufferPointer { b.run($0, factor, false) }
      for m in 0..<n { packed[m] = c[m].r }
    }
    return packed
  }
}

/// FFTPACK's real passes as pocketfft writes them (`radf2…5`, `radfg`, `radb2…5`, `radbg`).
struct RealPasses: Sendable {
  struct Factor: Sendable {
    let radix: Int
    var twiddles: [Double]
    var roots: [Double]
  }

  let length: Int
  let factors: [Factor]

  init(_ length: Int) {
    self.length = length
    guard length > 1 else {
      factors = []
      return
    }
    let radices = FFTSizes.factors(length, eights: false)
    let roots = UnitRoots(length)
    var out: [Factor] = []
    var l1 = 1
    for (k, ip) in radices.enumerated() {
      let ido = length / (l1 * ip)
      var tw = [Double](repeating: 0, count: (ip - 1) * (ido - 1))
      if k < radices.count - 1 {
        for j in 1..<ip {
          var i = 1
          while i <= (ido - 1) / 2 {
            let w = roots[j * l1 * i]
            tw[(j - 1) * (ido - 1) + 2 * i - 2] = w.r
            tw[(j - 1) * (ido - 1) + 2 * i - 1] = w.i
            i += 1
          }
        }
      }
      var own: [Double] = []
      if ip > 5 {
        own = [Double](repeating: 0, count: 2 * ip)
        own[0] = 1
        var i = 2
        var ic = 2 * ip - 2
        while i <= ic {
          let w = roots[i / 2 * (length / ip)]
          own[i] = w.r
          own[i + 1] = w.i
          own[ic] = w.r
          own[ic + 1] = -w.i
          i += 2
          ic -= 2
        }
      }
      out.append(Factor(radix: ip, twiddles: tw, roots: own))
      l1 *= ip
    }
    factors = out
  }

  typealias P = UnsafeMutablePointer<Double>
  typealias W = UnsafePointer<Double>

  func run(_ c: inout [Double], _ factor: Double, forward: Bool) {
    if length == 1 {
      c[0] *= factor
      return
    }
    var ch = [Double](repeating: 0, count: length)
    var inC = true
    c.withUnsafeMutableBufferPointer { cb in
      ch.withUnsafeMutableBufferPointer { hb in
        guard let cp = cb.baseAddress, let hp = hb.baseAddress else { return }
        func with(_ f: Factor, _ body: (W, W) -> Void) {
          f.twiddles.withUnsafeBufferPointer { t in
            f.roots.withUnsafeBufferPointer { r in body(t.baseAddress ?? W(hp), r.baseAddress ?? W(hp)) }
          }
        }
        if forward {
          var l1 = length
          for f in factors.reversed() {
            let ip = f.radix
            let ido = length / l1
            l1 /= ip
            let (p1, p2) = inC ? (cp, hp) : (hp, cp)
            with(f) { wa, cs in
              switch ip {
              case 4: RealPasses.radf4(ido, l1, p1, p2, wa)
              case 2: RealPasses.radf2(ido, l1, p1, p2, wa)
              case 3: RealPasses.radf3(ido, l1, p1, p2, wa)
              case 5: RealPasses.radf5(ido, l1, p1, p2, wa)
              default:
                RealPasses.radfg(ido, ip, l1, p1, p2, wa, cs)
                inC.toggle()
              }
            }
            inC.toggle()
          }
        } else {
          var l1 = 1
          for f in factors {
            let ip = f.radix
            let ido = length / (ip * l1)
            let (p1, p2) = inC ? (cp, hp) : (hp, cp)
            with(f) { wa, cs in
              switch ip {
              case 4: RealPasses.radb4(ido, l1, p1, p2, wa)
              case 2: RealPasses.radb2(ido, l1, p1, p2, wa)
              case 3: RealPasses.radb3(ido, l1, p1, p2, wa)
              case 5: RealPasses.radb5(ido, l1, p1, p2, wa)
              default: RealPasses.radbg(ido, ip, l1, p1, p2, wa, cs)
              }
            }
            inC.toggle()
            l1 *= ip
          }
        }
      }
    }
    if !inC {
      for i in 0..<length { c[i] = factor != 1 ? factor * ch[i] : ch[i] }
    } else if factor != 1 {
      for i in 0..<length { c[i] *= factor }
    }
  }

  static let taui = CooleyTukey.constant(0.8660254037844386467637231707529362)
  static let hsqt2 = CooleyTukey.constant(0.707106781186547524400844362104849)
  static let sqrt2 = CooleyTukey.constant(1.414213562373095048801688724209698)
  static let tr11 = CooleyTukey.constant(0.3090169943749474241022934171828191)
  static let ti11 = CooleyTukey.constant(0.9510565162951535721164393333793821)
  static let tr12 = CooleyTukey.constant(-0.8090169943749474241022934171828191)
  static let ti12 = CooleyTukey.constant(0.5877852522924731291687059546390728)

  /// `MULPM`: `(c·e + d·f, c·f − d·e)`, the conjugate of `c + id` times `e + if`.
  @inline(__always) static func mulpm(_ c: Double, _ d: Double, _ e: Double, _ f: Double) -> (Double, Double) {
    (c * e + d * f, c * f - d * e)
  }

  static func radf2(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + l1 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + 2 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      ch[h(0, 0, k)] = c(0, k, 0) + c(0, k, 1)
      ch[h(ido - 1, 1, k)] = c(0, k, 0) - c(0, k, 1)
    }
    if ido & 1 == 0 {
      for k in 0..<l1 {
        ch[h(0, 1, k)] = -c(ido - 1, k, 1)
        ch[h(ido - 1, 0, k)] = c(ido - 1, k, 0)
      }
    }
    if ido <= 2 { return }
    for k in 0..<l1 {
      var i = 2
      while i < ido {
        let ic = ido - i
        let (tr2, ti2) = mulpm(w(0, i - 2), w(0, i - 1), c(i - 1, k, 1), c(i, k, 1))
        ch[h(i - 1, 0, k)] = c(i - 1, k, 0) + tr2
        ch[h(ic - 1, 1, k)] = c(i - 1, k, 0) - tr2
        ch[h(i, 0, k)] = ti2 + c(i, k, 0)
        ch[h(ic, 1, k)] = ti2 - c(i, k, 0)
        i += 2
      }
    }
  }

  static func radf3(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    let taur = -0.5
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + l1 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + 3 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      let cr2 = c(0, k, 1) + c(0, k, 2)
      ch[h(0, 0, k)] = c(0, k, 0) + cr2
      ch[h(0, 2, k)] = taui * (c(0, k, 2) - c(0, k, 1))
      ch[h(ido - 1, 1, k)] = c(0, k, 0) + taur * cr2
    }
    if ido == 1 { return }
    for k in 0..<l1 {
      var i = 2
      while i < ido {
        let ic = ido - i
        var (dr2, di2) = mulpm(w(0, i - 2), w(0, i - 1), c(i - 1, k, 1), c(i, k, 1))
        var (dr3, di3) = mulpm(w(1, i - 2), w(1, i - 1), c(i - 1, k, 2), c(i, k, 2))
        (dr2, di2, dr3, di3) = (dr2 + dr3, di2 + di3, di2 - di3, dr3 - dr2)
        ch[h(i - 1, 0, k)] = c(i - 1, k, 0) + dr2
        ch[h(i, 0, k)] = c(i, k, 0) + di2
        let tr2 = c(i - 1, k, 0) + taur * dr2
        let ti2 = c(i, k, 0) + taur * di2
        let tr3 = taui * dr3
        let ti3 = taui * di3
        ch[h(i - 1, 2, k)] = tr2 + tr3
        ch[h(ic - 1, 1, k)] = tr2 - tr3
        ch[h(i, 2, k)] = ti3 + ti2
        ch[h(ic, 1, k)] = ti3 - ti2
        i += 2
      }
    }
  }

  static func radf4(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + l1 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + 4 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      let tr1 = c(0, k, 3) + c(0, k, 1)
      ch[h(0, 2, k)] = c(0, k, 3) - c(0, k, 1)
      let tr2 = c(0, k, 0) + c(0, k, 2)
      ch[h(ido - 1, 1, k)] = c(0, k, 0) - c(0, k, 2)
      ch[h(0, 0, k)] = tr2 + tr1
      ch[h(ido - 1, 3, k)] = tr2 - tr1
    }
    if ido & 1 == 0 {
      for k in 0..<l1 {
        let ti1 = -hsqt2 * (c(ido - 1, k, 1) + c(ido - 1, k, 3))
        let tr1 = hsqt2 * (c(ido - 1, k, 1) - c(ido - 1, k, 3))
        ch[h(ido - 1, 0, k)] = c(ido - 1, k, 0) + tr1
        ch[h(ido - 1, 2, k)] = c(ido - 1, k, 0) - tr1
        ch[h(0, 3, k)] = ti1 + c(ido - 1, k, 2)
        ch[h(0, 1, k)] = ti1 - c(ido - 1, k, 2)
      }
    }
    if ido <= 2 { return }
    for k in 0..<l1 {
      var i = 2
      while i < ido {
        let ic = ido - i
        let (cr2, ci2) = mulpm(w(0, i - 2), w(0, i - 1), c(i - 1, k, 1), c(i, k, 1))
        let (cr3, ci3) = mulpm(w(1, i - 2), w(1, i - 1), c(i - 1, k, 2), c(i, k, 2))
        let (cr4, ci4) = mulpm(w(2, i - 2), w(2, i - 1), c(i - 1, k, 3), c(i, k, 3))
        let (tr1, tr4) = (cr4 + cr2, cr4 - cr2)
        let (ti1, ti4) = (ci2 + ci4, ci2 - ci4)
        let (tr2, tr3) = (c(i - 1, k, 0) + cr3, c(i - 1, k, 0) - cr3)
        let (ti2, ti3) = (c(i, k, 0) + ci3, c(i, k, 0) - ci3)
        ch[h(i - 1, 0, k)] = tr2 + tr1
        ch[h(ic - 1, 3, k)] = tr2 - tr1
        ch[h(i, 0, k)] = ti1 + ti2
        ch[h(ic, 3, k)] = ti1 - ti2
        ch[h(i - 1, 2, k)] = tr3 + ti4
        ch[h(ic - 1, 1, k)] = tr3 - ti4
        ch[h(i, 2, k)] = tr4 + ti3
        ch[h(ic, 1, k)] = tr4 - ti3
        i += 2
      }
    }
  }

  static func radf5(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + l1 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + 5 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      let (cr2, ci5) = (c(0, k, 4) + c(0, k, 1), c(0, k, 4) - c(0, k, 1))
      let (cr3, ci4) = (c(0, k, 3) + c(0, k, 2), c(0, k, 3) - c(0, k, 2))
      ch[h(0, 0, k)] = c(0, k, 0) + cr2 + cr3
      ch[h(ido - 1, 1, k)] = c(0, k, 0) + tr11 * cr2 + tr12 * cr3
      ch[h(0, 2, k)] = ti11 * ci5 + ti12 * ci4
      ch[h(ido - 1, 3, k)] = c(0, k, 0) + tr12 * cr2 + tr11 * cr3
      ch[h(0, 4, k)] = ti12 * ci5 - ti11 * ci4
    }
    if ido == 1 { return }
    for k in 0..<l1 {
      var i = 2
      var ic = ido - 2
      while i < ido {
        var (dr2, di2) = mulpm(w(0, i - 2), w(0, i - 1), c(i - 1, k, 1), c(i, k, 1))
        var (dr3, di3) = mulpm(w(1, i - 2), w(1, i - 1), c(i - 1, k, 2), c(i, k, 2))
        var (dr4, di4) = mulpm(w(2, i - 2), w(2, i - 1), c(i - 1, k, 3), c(i, k, 3))
        var (dr5, di5) = mulpm(w(3, i - 2), w(3, i - 1), c(i - 1, k, 4), c(i, k, 4))
        (dr2, di2, dr5, di5) = (dr2 + dr5, di2 + di5, di2 - di5, dr5 - dr2)
        (dr3, di3, dr4, di4) = (dr3 + dr4, di3 + di4, di3 - di4, dr4 - dr3)
        ch[h(i - 1, 0, k)] = c(i - 1, k, 0) + dr2 + dr3
        ch[h(i, 0, k)] = c(i, k, 0) + di2 + di3
        let tr2 = c(i - 1, k, 0) + tr11 * dr2 + tr12 * dr3
        let ti2 = c(i, k, 0) + tr11 * di2 + tr12 * di3
        let tr3 = c(i - 1, k, 0) + tr12 * dr2 + tr11 * dr3
        let ti3 = c(i, k, 0) + tr12 * di2 + tr11 * di3
        let tr5 = ti11 * dr5 + ti12 * dr4
        let ti5 = ti11 * di5 + ti12 * di4
        let tr4 = ti12 * dr5 - ti11 * dr4
        let ti4 = ti12 * di5 - ti11 * di4
        ch[h(i - 1, 2, k)] = tr2 + tr5
        ch[h(ic - 1, 1, k)] = tr2 - tr5
        ch[h(i, 2, k)] = ti5 + ti2
        ch[h(ic, 1, k)] = ti5 - ti2
        ch[h(i - 1, 4, k)] = tr3 + tr4
        ch[h(ic - 1, 3, k)] = tr3 - tr4
        ch[h(i, 4, k)] = ti4 + ti3
        ch[h(ic, 3, k)] = ti4 - ti3
        i += 2
        ic -= 2
      }
    }
  }

  /// `radfg`: a general odd radix going forward; the result is left in `cc`.
  static func radfg(_ ido: Int, _ ip: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W, _ csarr: W) {
    let ipph = (ip + 1) / 2
    let idl1 = ido * l1
    @inline(__always) func ccAt(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + ip * x) }
    @inline(__always) func c1(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + l1 * x) }
    if ido > 1 {
      var j = 1
      var jc = ip - 1
      while j < ipph {
        let start = (j - 1) * (ido - 1)
        let start2 = (jc - 1) * (ido - 1)
        for k in 0..<l1 {
          var idij = start
          var idij2 = start2
          var i = 1
          while i <= ido - 2 {
            let (t1, t2) = (cc[c1(i, k, j)], cc[c1(i + 1, k, j)])
            let (t3, t4) = (cc[c1(i, k, jc)], cc[c1(i + 1, k, jc)])
            let x1 = wa[idij] * t1 + wa[idij + 1] * t2
            let x2 = wa[idij] * t2 - wa[idij + 1] * t1
            let x3 = wa[idij2] * t3 + wa[idij2 + 1] * t4
            let x4 = wa[idij2] * t4 - wa[idij2 + 1] * t3
            cc[c1(i, k, j)] = x3 + x1
            cc[c1(i + 1, k, jc)] = x3 - x1
            cc[c1(i + 1, k, j)] = x2 + x4
            cc[c1(i, k, jc)] = x2 - x4
            idij += 2
            idij2 += 2
            i += 2
          }
        }
        j += 1
        jc -= 1
      }
    }
    var j = 1
    var jc = ip - 1
    while j < ipph {
      for k in 0..<l1 {
        // MPINPLACE(C1(0,k,jc), C1(0,k,j)).
        let t = cc[c1(0, k, jc)]
        cc[c1(0, k, jc)] = t - cc[c1(0, k, j)]
        cc[c1(0, k, j)] = t + cc[c1(0, k, j)]
      }
      j += 1
      jc -= 1
    }
    rotations(from: cc, into: ch, ip: ip, idl1: idl1, csarr)
    for ik in 0..<idl1 { ch[ik] = cc[ik] }
    for j in 1..<ipph { for ik in 0..<idl1 { ch[ik] += cc[ik + idl1 * j] } }
    for k in 0..<l1 { for i in 0..<ido { cc[ccAt(i, 0, k)] = ch[c1(i, k, 0)] } }
    j = 1
    jc = ip - 1
    while j < ipph {
      let j2 = 2 * j - 1
      for k in 0..<l1 {
        cc[ccAt(ido - 1, j2, k)] = ch[c1(0, k, j)]
        cc[ccAt(0, j2 + 1, k)] = ch[c1(0, k, jc)]
      }
      j += 1
      jc -= 1
    }
    if ido == 1 { return }
    j = 1
    jc = ip - 1
    while j < ipph {
      let j2 = 2 * j - 1
      for k in 0..<l1 {
        var i = 1
        var ic = ido - i - 2
        while i <= ido - 2 {
          cc[ccAt(i, j2 + 1, k)] = ch[c1(i, k, j)] + ch[c1(i, k, jc)]
          cc[ccAt(ic, j2, k)] = ch[c1(i, k, j)] - ch[c1(i, k, jc)]
          cc[ccAt(i + 1, j2 + 1, k)] = ch[c1(i + 1, k, j)] + ch[c1(i + 1, k, jc)]
          cc[ccAt(ic + 1, j2, k)] = ch[c1(i + 1, k, jc)] - ch[c1(i + 1, k, j)]
          i += 2
          ic -= 2
        }
      }
      j += 1
      jc -= 1
    }
  }

  /// The rotation sums both general passes share: `into[l]` and `into[ip − l]` from every `from[j]`, weighted by
  /// the radix's cosines and sines (`csarr`), four, then two, then one term at a time as pocketfft adds them.
  static func rotations(from c: P, into h: P, ip: Int, idl1: Int, _ csarr: W) {
    let ipph = (ip + 1) / 2
    var l = 1
    var lc = ip - 1
    while l < ipph {
      for ik in 0..<idl1 {
        h[ik + idl1 * l] = c[ik] + csarr[2 * l] * c[ik + idl1] + csarr[4 * l] * c[ik + idl1 * 2]
        h[ik + idl1 * lc] = csarr[2 * l + 1] * c[ik + idl1 * (ip - 1)] + csarr[4 * l + 1] * c[ik + idl1 * (ip - 2)]
      }
      var iang = 2 * l
      var j = 3
      var jc = ip - 3
      // The angle index stays below ip: j·l is never a multiple of the prime ip.
      func next() -> (Double, Double) {
        iang += l
        if iang >= ip { iang -= ip }
        return (csarr[2 * iang], csarr[2 * iang + 1])
      }
      while j < ipph - 3 {
        let (ar1, ai1) = next()
        let (ar2, ai2) = next()
        let (ar3, ai3) = next()
        let (ar4, ai4) = next()
        for ik in 0..<idl1 {
          h[ik + idl1 * l] +=
            ar1 * c[ik + idl1 * j] + ar2 * c[ik + idl1 * (j + 1)] + ar3 * c[ik + idl1 * (j + 2)]
            + ar4 * c[ik + idl1 * (j + 3)]
          h[ik + idl1 * lc] +=
            ai1 * c[ik + idl1 * jc] + ai2 * c[ik + idl1 * (jc - 1)] + ai3 * c[ik + idl1 * (jc - 2)]
            + ai4 * c[ik + idl1 * (jc - 3)]
        }
        j += 4
        jc -= 4
      }
      while j < ipph - 1 {
        let (ar1, ai1) = next()
        let (ar2, ai2) = next()
        for ik in 0..<idl1 {
          h[ik + idl1 * l] += ar1 * c[ik + idl1 * j] + ar2 * c[ik + idl1 * (j + 1)]
          h[ik + idl1 * lc] += ai1 * c[ik + idl1 * jc] + ai2 * c[ik + idl1 * (jc - 1)]
        }
        j += 2
        jc -= 2
      }
      while j < ipph {
        let (ar, ai) = next()
        for ik in 0..<idl1 {
          h[ik + idl1 * l] += ar * c[ik + idl1 * j]
          h[ik + idl1 * lc] += ai * c[ik + idl1 * jc]
        }
        j += 1
        jc -= 1
      }
      l += 1
      lc -= 1
    }
  }

  static func radb2(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + 2 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + l1 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      ch[h(0, k, 0)] = c(0, 0, k) + c(ido - 1, 1, k)
      ch[h(0, k, 1)] = c(0, 0, k) - c(ido - 1, 1, k)
    }
    if ido & 1 == 0 {
      for k in 0..<l1 {
        ch[h(ido - 1, k, 0)] = 2 * c(ido - 1, 0, k)
        ch[h(ido - 1, k, 1)] = -2 * c(0, 1, k)
      }
    }
    if ido <= 2 { return }
    for k in 0..<l1 {
      var i = 2
      while i < ido {
        let ic = ido - i
        ch[h(i - 1, k, 0)] = c(i - 1, 0, k) + c(ic - 1, 1, k)
        let tr2 = c(i - 1, 0, k) - c(ic - 1, 1, k)
        let ti2 = c(i, 0, k) + c(ic, 1, k)
        ch[h(i, k, 0)] = c(i, 0, k) - c(ic, 1, k)
        (ch[h(i, k, 1)], ch[h(i - 1, k, 1)]) = mulpm(w(0, i - 2), w(0, i - 1), ti2, tr2)
        i += 2
      }
    }
  }

  static func radb3(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    let taur = -0.5
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + 3 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + l1 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      let tr2 = 2 * c(ido - 1, 1, k)
      let cr2 = c(0, 0, k) + taur * tr2
      ch[h(0, k, 0)] = c(0, 0, k) + tr2
      let ci3 = 2 * taui * c(0, 2, k)
      ch[h(0, k, 2)] = cr2 + ci3
      ch[h(0, k, 1)] = cr2 - ci3
    }
    if ido == 1 { return }
    for k in 0..<l1 {
      var i = 2
      var ic = ido - 2
      while i < ido {
        let tr2 = c(i - 1, 2, k) + c(ic - 1, 1, k)
        let ti2 = c(i, 2, k) - c(ic, 1, k)
        let cr2 = c(i - 1, 0, k) + taur * tr2
        let ci2 = c(i, 0, k) + taur * ti2
        ch[h(i - 1, k, 0)] = c(i - 1, 0, k) + tr2
        ch[h(i, k, 0)] = c(i, 0, k) + ti2
        let cr3 = taui * (c(i - 1, 2, k) - c(ic - 1, 1, k))
        let ci3 = taui * (c(i, 2, k) + c(ic, 1, k))
        let (dr3, dr2) = (cr2 + ci3, cr2 - ci3)
        let (di2, di3) = (ci2 + cr3, ci2 - cr3)
        (ch[h(i, k, 1)], ch[h(i - 1, k, 1)]) = mulpm(w(0, i - 2), w(0, i - 1), di2, dr2)
        (ch[h(i, k, 2)], ch[h(i - 1, k, 2)]) = mulpm(w(1, i - 2), w(1, i - 1), di3, dr3)
        i += 2
        ic -= 2
      }
    }
  }

  static func radb4(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + 4 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + l1 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      let (tr2, tr1) = (c(0, 0, k) + c(ido - 1, 3, k), c(0, 0, k) - c(ido - 1, 3, k))
      let tr3 = 2 * c(ido - 1, 1, k)
      let tr4 = 2 * c(0, 2, k)
      ch[h(0, k, 0)] = tr2 + tr3
      ch[h(0, k, 2)] = tr2 - tr3
      ch[h(0, k, 3)] = tr1 + tr4
      ch[h(0, k, 1)] = tr1 - tr4
    }
    if ido & 1 == 0 {
      for k in 0..<l1 {
        let (ti1, ti2) = (c(0, 3, k) + c(0, 1, k), c(0, 3, k) - c(0, 1, k))
        let (tr2, tr1) = (c(ido - 1, 0, k) + c(ido - 1, 2, k), c(ido - 1, 0, k) - c(ido - 1, 2, k))
        ch[h(ido - 1, k, 0)] = tr2 + tr2
        ch[h(ido - 1, k, 1)] = sqrt2 * (tr1 - ti1)
        ch[h(ido - 1, k, 2)] = ti2 + ti2
        ch[h(ido - 1, k, 3)] = -sqrt2 * (tr1 + ti1)
      }
    }
    if ido <= 2 { return }
    for k in 0..<l1 {
      var i = 2
      while i < ido {
        let ic = ido - i
        let (tr2, tr1) = (c(i - 1, 0, k) + c(ic - 1, 3, k), c(i - 1, 0, k) - c(ic - 1, 3, k))
        let (ti1, ti2) = (c(i, 0, k) + c(ic, 3, k), c(i, 0, k) - c(ic, 3, k))
        let (tr4, ti3) = (c(i, 2, k) + c(ic, 1, k), c(i, 2, k) - c(ic, 1, k))
        let (tr3, ti4) = (c(i - 1, 2, k) + c(ic - 1, 1, k), c(i - 1, 2, k) - c(ic - 1, 1, k))
        ch[h(i - 1, k, 0)] = tr2 + tr3
        let cr3 = tr2 - tr3
        ch[h(i, k, 0)] = ti2 + ti3
        let ci3 = ti2 - ti3
        let (cr4, cr2) = (tr1 + tr4, tr1 - tr4)
        let (ci2, ci4) = (ti1 + ti4, ti1 - ti4)
        (ch[h(i, k, 1)], ch[h(i - 1, k, 1)]) = mulpm(w(0, i - 2), w(0, i - 1), ci2, cr2)
        (ch[h(i, k, 2)], ch[h(i - 1, k, 2)]) = mulpm(w(1, i - 2), w(1, i - 1), ci3, cr3)
        (ch[h(i, k, 3)], ch[h(i - 1, k, 3)]) = mulpm(w(2, i - 2), w(2, i - 1), ci4, cr4)
        i += 2
      }
    }
  }

  static func radb5(_ ido: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W) {
    @inline(__always) func c(_ a: Int, _ b: Int, _ x: Int) -> Double { cc[a + ido * (b + 5 * x)] }
    @inline(__always) func h(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + l1 * x) }
    @inline(__always) func w(_ x: Int, _ i: Int) -> Double { wa[i + x * (ido - 1)] }
    for k in 0..<l1 {
      let ti5 = c(0, 2, k) + c(0, 2, k)
      let ti4 = c(0, 4, k) + c(0, 4, k)
      let tr2 = c(ido - 1, 1, k) + c(ido - 1, 1, k)
      let tr3 = c(ido - 1, 3, k) + c(ido - 1, 3, k)
      ch[h(0, k, 0)] = c(0, 0, k) + tr2 + tr3
      let cr2 = c(0, 0, k) + tr11 * tr2 + tr12 * tr3
      let cr3 = c(0, 0, k) + tr12 * tr2 + tr11 * tr3
      let (ci5, ci4) = mulpm(ti5, ti4, ti11, ti12)
      ch[h(0, k, 4)] = cr2 + ci5
      ch[h(0, k, 1)] = cr2 - ci5
      ch[h(0, k, 3)] = cr3 + ci4
      ch[h(0, k, 2)] = cr3 - ci4
    }
    if ido == 1 { return }
    for k in 0..<l1 {
      var i = 2
      var ic = ido - 2
      while i < ido {
        let (tr2, tr5) = (c(i - 1, 2, k) + c(ic - 1, 1, k), c(i - 1, 2, k) - c(ic - 1, 1, k))
        let (ti5, ti2) = (c(i, 2, k) + c(ic, 1, k), c(i, 2, k) - c(ic, 1, k))
        let (tr3, tr4) = (c(i - 1, 4, k) + c(ic - 1, 3, k), c(i - 1, 4, k) - c(ic - 1, 3, k))
        let (ti4, ti3) = (c(i, 4, k) + c(ic, 3, k), c(i, 4, k) - c(ic, 3, k))
        ch[h(i - 1, k, 0)] = c(i - 1, 0, k) + tr2 + tr3
        ch[h(i, k, 0)] = c(i, 0, k) + ti2 + ti3
        let cr2 = c(i - 1, 0, k) + tr11 * tr2 + tr12 * tr3
        let ci2 = c(i, 0, k) + tr11 * ti2 + tr12 * ti3
        let cr3 = c(i - 1, 0, k) + tr12 * tr2 + tr11 * tr3
        let ci3 = c(i, 0, k) + tr12 * ti2 + tr11 * ti3
        let (cr5, cr4) = mulpm(tr5, tr4, ti11, ti12)
        let (ci5, ci4) = mulpm(ti5, ti4, ti11, ti12)
        let (dr4, dr3) = (cr3 + ci4, cr3 - ci4)
        let (di3, di4) = (ci3 + cr4, ci3 - cr4)
        let (dr5, dr2) = (cr2 + ci5, cr2 - ci5)
        let (di2, di5) = (ci2 + cr5, ci2 - cr5)
        (ch[h(i, k, 1)], ch[h(i - 1, k, 1)]) = mulpm(w(0, i - 2), w(0, i - 1), di2, dr2)
        (ch[h(i, k, 2)], ch[h(i - 1, k, 2)]) = mulpm(w(1, i - 2), w(1, i - 1), di3, dr3)
        (ch[h(i, k, 3)], ch[h(i - 1, k, 3)]) = mulpm(w(2, i - 2), w(2, i - 1), di4, dr4)
        (ch[h(i, k, 4)], ch[h(i - 1, k, 4)]) = mulpm(w(3, i - 2), w(3, i - 1), di5, dr5)
        i += 2
        ic -= 2
      }
    }
  }

  /// `radbg`: a general odd radix going back; the result is in `ch`.
  static func radbg(_ ido: Int, _ ip: Int, _ l1: Int, _ cc: P, _ ch: P, _ wa: W, _ csarr: W) {
    let ipph = (ip + 1) / 2
    let idl1 = ido * l1
    @inline(__always) func ccAt(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + ip * x) }
    @inline(__always) func at(_ a: Int, _ b: Int, _ x: Int) -> Int { a + ido * (b + l1 * x) }
    for k in 0..<l1 { for i in 0..<ido { ch[at(i, k, 0)] = cc[ccAt(i, 0, k)] } }
    var j = 1
    var jc = ip - 1
    while j < ipph {
      let j2 = 2 * j - 1
      for k in 0..<l1 {
        ch[at(0, k, j)] = 2 * cc[ccAt(ido - 1, j2, k)]
        ch[at(0, k, jc)] = 2 * cc[ccAt(0, j2 + 1, k)]
      }
      j += 1
      jc -= 1
    }
    if ido != 1 {
      j = 1
      jc = ip - 1
      while j < ipph {
        let j2 = 2 * j - 1
        for k in 0..<l1 {
          var i = 1
          var ic = ido - i - 2
          while i <= ido - 2 {
            ch[at(i, k, j)] = cc[ccAt(i, j2 + 1, k)] + cc[ccAt(ic, j2, k)]
            ch[at(i, k, jc)] = cc[ccAt(i, j2 + 1, k)] - cc[ccAt(ic, j2, k)]
            ch[at(i + 1, k, j)] = cc[ccAt(i + 1, j2 + 1, k)] - cc[ccAt(ic + 1, j2, k)]
            ch[at(i + 1, k, jc)] = cc[ccAt(i + 1, j2 + 1, k)] + cc[ccAt(ic + 1, j2, k)]
            i += 2
            ic -= 2
          }
        }
        j += 1
        jc -= 1
      }
    }
    rotations(from: ch, into: cc, ip: ip, idl1: idl1, csarr)
    for j in 1..<ipph { for ik in 0..<idl1 { ch[ik] += ch[ik + idl1 * j] } }
    j = 1
    jc = ip - 1
    while j < ipph {
      for k in 0..<l1 {
        let (a, b) = (cc[at(0, k, j)], cc[at(0, k, jc)])
        ch[at(0, k, jc)] = a + b
        ch[at(0, k, j)] = a - b
      }
      j += 1
      jc -= 1
    }
    if ido == 1 { return }
    j = 1
    jc = ip - 1
    while j < ipph {
      for k in 0..<l1 {
        var i = 1
        while i <= ido - 2 {
          ch[at(i, k, j)] = cc[at(i, k, j)] - cc[at(i + 1, k, jc)]
          ch[at(i, k, jc)] = cc[at(i, k, j)] + cc[at(i + 1, k, jc)]
          ch[at(i + 1, k, j)] = cc[at(i + 1, k, j)] + cc[at(i, k, jc)]
          ch[at(i + 1, k, jc)] = cc[at(i + 1, k, j)] - cc[at(i, k, jc)]
          i += 2
        }
      }
      j += 1
      jc -= 1
    }
    for j in 1..<ip {
      let start = (j - 1) * (ido - 1)
      for k in 0..<l1 {
        var idij = start
        var i = 1
        while i <= ido - 2 {
          let (t1, t2) = (ch[at(i, k, j)], ch[at(i + 1, k, j)])
          ch[at(i, k, j)] = wa[idij] * t1 - wa[idij + 1] * t2
          ch[at(i + 1, k, j)] = wa[idij] * t2 + wa[idij + 1] * t1
          idij += 2
          i += 2
        }
      }
    }
  }
}
