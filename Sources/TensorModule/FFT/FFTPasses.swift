import Foundation

/// pocketfft's `cfftp`: the complex Cooley–Tukey transform, pass by pass (radix 2, 3, 4, 5, 7, 8, 11 and a
/// general odd prime), with the same twiddle tables and the same order of every addition and product.
struct CooleyTukey: Sendable {
  struct Factor: Sendable {
    let radix: Int
    /// `(radix − 1)·(ido − 1)` twiddles.
    var twiddles: [Cx]
    /// The radix's own roots, for the general pass.
    var roots: [Cx]
  }

  let length: Int
  let factors: [Factor]

  /// A long double literal rounded once to double, as pocketfft's `T0(…L)` constants.
  static func constant(_ x: Float80) -> Double { Double(x) }

  init(_ length: Int) {
    self.length = length
    guard length > 1 else {
      factors = []
      return
    }
    let radices = FFTSizes.factors(length, eights: true)
    let roots = UnitRoots(length)
    var out: [Factor] = []
    var l1 = 1
    for ip in radices {
      let ido = length / (l1 * ip)
      var tw = [Cx](repeating: .zero, count: (ip - 1) * (ido - 1))
      for j in 1..<ip {
        for i in 1..<max(ido, 1) { tw[(j - 1) * (ido - 1) + i - 1] = roots[j * l1 * i] }
      }
      var own: [Cx] = []
      if ip > 11 { own = (0..<ip).map { roots[$0 * l1 * ido] } }
      out.append(Factor(radix: ip, twiddles: tw, roots: own))
      l1 *= ip
    }
    factors = out
  }

  /// `pass_all`: every pass between `c` and a scratch buffer, then the scale.
  func run(_ c: UnsafeMutableBufferPointer<Cx>, _ factor: Double, _ forward: Bool) {
    if length == 1 {
      c[0] = c[0] * factor
      return
    }
    var ch = [Cx](repeating: .zero, count: length)
    var inC = true
    var l1 = 1
    do {
      ch.withUnsafeMutableBufferPointer { hb in
        guard let cp = c.baseAddress, let hp = hb.baseAddress else { return }
        for f in factors {
          let ip = f.radix
          let l2 = ip * l1
          let ido = length / l2
          let (p1, p2) = inC ? (cp, hp) : (hp, cp)
          f.twiddles.withUnsafeBufferPointer { twb in
            let wa = twb.baseAddress ?? UnsafePointer(hp)
            switch ip {
            case 4: CooleyTukey.pass4(ido, l1, p1, p2, wa, forward)
            case 8: CooleyTukey.pass8(ido, l1, p1, p2, wa, forward)
            case 2: CooleyTukey.pass2(ido, l1, p1, p2, wa, forward)
            case 3: CooleyTukey.pass3(ido, l1, p1, p2, wa, forward)
            case 5: CooleyTukey.pass5(ido, l1, p1, p2, wa, forward)
            case 7: CooleyTukey.pass7(ido, l1, p1, p2, wa, forward)
            case 11: CooleyTukey.pass11(ido, l1, p1, p2, wa, forward)
            default:
              f.roots.withUnsafeBufferPointer { rb in
                CooleyTukey.passGeneral(ido, ip, l1, p1, p2, wa, rb.baseAddress ?? wa, forward)
              }
              // The general pass leaves its result where it read from.
              inC.toggle()
            }
          }
          inC.toggle()
          l1 = l2
        }
      }
    }
    if !inC {
      for i in 0..<length { c[i] = factor != 1 ? ch[i] * factor : ch[i] }
    } else if factor != 1 {
      for i in 0..<length { c[i] = c[i] * factor }
    }
  }

  typealias In = UnsafeMutablePointer<Cx>
  typealias Tw = UnsafePointer<Cx>

  static func pass2(_ ido: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ fwd: Bool) {
    for k in 0..<l1 {
      let a = cc[ido * (0 + 2 * k)]
      let b = cc[ido * (1 + 2 * k)]
      ch[ido * (k + l1 * 0)] = a + b
      ch[ido * (k + l1 * 1)] = a - b
      guard ido > 1 else { continue }
      for i in 1..<ido {
        let x = cc[i + ido * (0 + 2 * k)]
        let y = cc[i + ido * (1 + 2 * k)]
        ch[i + ido * (k + l1 * 0)] = x + y
        ch[i + ido * (k + l1 * 1)] = (x - y).twiddled(wa[i - 1], fwd)
      }
    }
  }

  static func pass3(_ ido: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ fwd: Bool) {
    let tw1r = -0.5
    let tw1i = (fwd ? -1.0 : 1.0) * constant(0.8660254037844386467637231707529362)
    @inline(__always) func cc3(_ a: Int, _ b: Int, _ c: Int) -> Cx { cc[a + ido * (b + 3 * c)] }
    @inline(__always) func at(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + l1 * c) }
    for k in 0..<l1 {
      for i in 0..<ido {
        let t0 = cc3(i, 0, k)
        let t1 = cc3(i, 1, k) + cc3(i, 2, k)
        let t2 = cc3(i, 1, k) - cc3(i, 2, k)
        ch[at(i, k, 0)] = t0 + t1
        let ca = t0 + t1 * tw1r
        let cb = Cx(-t2.i * tw1i, t2.r * tw1i)
        emit(ch, at(i, k, 1), at(i, k, 2), ca, cb, i, wa, 1, 2, ido, fwd)
      }
    }
  }

  static func pass4(_ ido: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ fwd: Bool) {
    @inline(__always) func cc4(_ a: Int, _ b: Int, _ c: Int) -> Cx { cc[a + ido * (b + 4 * c)] }
    @inline(__always) func at(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + l1 * c) }
    for k in 0..<l1 {
      for i in 0..<ido {
        let (c0, c1, c2, c3) = (cc4(i, 0, k), cc4(i, 1, k), cc4(i, 2, k), cc4(i, 3, k))
        let t2 = c0 + c2
        let t1 = c0 - c2
        let t3 = c1 + c3
        let t4 = (c1 - c3).rotated90(fwd)
        if i == 0 {
          ch[at(0, k, 0)] = t2 + t3
          ch[at(0, k, 2)] = t2 - t3
          ch[at(0, k, 1)] = t1 + t4
          ch[at(0, k, 3)] = t1 - t4
        } else {
          ch[at(i, k, 0)] = t2 + t3
          ch[at(i, k, 1)] = (t1 + t4).twiddled(wa[i - 1 + 0 * (ido - 1)], fwd)
          ch[at(i, k, 2)] = (t2 - t3).twiddled(wa[i - 1 + 1 * (ido - 1)], fwd)
          ch[at(i, k, 3)] = (t1 - t4).twiddled(wa[i - 1 + 2 * (ido - 1)], fwd)
        }
      }
    }
  }

  static func pass5(_ ido: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ fwd: Bool) {
    let s = fwd ? -1.0 : 1.0
    let tw1r = constant(0.3090169943749474241022934171828191)
    let tw1i = s * constant(0.9510565162951535721164393333793821)
    let tw2r = constant(-0.8090169943749474241022934171828191)
    let tw2i = s * constant(0.5877852522924731291687059546390728)
    @inline(__always) func cc5(_ a: Int, _ b: Int, _ c: Int) -> Cx { cc[a + ido * (b + 5 * c)] }
    @inline(__always) func at(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + l1 * c) }
    for k in 0..<l1 {
      for i in 0..<ido {
        let t0 = cc5(i, 0, k)
        let t1 = cc5(i, 1, k) + cc5(i, 4, k)
        let t4 = cc5(i, 1, k) - cc5(i, 4, k)
        let t2 = cc5(i, 2, k) + cc5(i, 3, k)
        let t3 = cc5(i, 2, k) - cc5(i, 3, k)
        ch[at(i, k, 0)] = Cx(t0.r + t1.r + t2.r, t0.i + t1.i + t2.i)
        func step(_ u1: Int, _ u2: Int, _ twar: Double, _ twbr: Double, _ twai: Double, _ twbi: Double) {
          let ca = Cx(t0.r + twar * t1.r + twbr * t2.r, t0.i + twar * t1.i + twbr * t2.i)
          let cb = Cx(-(twai * t4.i + twbi * t3.i), twai * t4.r + twbi * t3.r)
          emit(ch, at(i, k, u1), at(i, k, u2), ca, cb, i, wa, u1, u2, ido, fwd)
        }
        step(1, 4, tw1r, tw2r, tw1i, tw2i)
        step(2, 3, tw2r, tw1r, tw2i, -tw1i)
      }
    }
  }

  static func pass7(_ ido: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ fwd: Bool) {
    let s = fwd ? -1.0 : 1.0
    let tw1r = constant(0.6234898018587335305250048840042398)
    let tw1i = s * constant(0.7818314824680298087084445266740578)
    let tw2r = constant(-0.2225209339563144042889025644967948)
    let tw2i = s * constant(0.9749279121818236070181316829939312)
    let tw3r = constant(-0.9009688679024191262361023195074451)
    let tw3i = s * constant(0.433883739117558120475768332848359)
    @inline(__always) func cc7(_ a: Int, _ b: Int, _ c: Int) -> Cx { cc[a + ido * (b + 7 * c)] }
    @inline(__always) func at(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + l1 * c) }
    for k in 0..<l1 {
      for i in 0..<ido {
        let t1 = cc7(i, 0, k)
        let t2 = cc7(i, 1, k) + cc7(i, 6, k)
        let t7 = cc7(i, 1, k) - cc7(i, 6, k)
        let t3 = cc7(i, 2, k) + cc7(i, 5, k)
        let t6 = cc7(i, 2, k) - cc7(i, 5, k)
        let t4 = cc7(i, 3, k) + cc7(i, 4, k)
        let t5 = cc7(i, 3, k) - cc7(i, 4, k)
        ch[at(i, k, 0)] = Cx(t1.r + t2.r + t3.r + t4.r, t1.i + t2.i + t3.i + t4.i)
        func step(
          _ u1: Int, _ u2: Int, _ x1: Double, _ x2: Double, _ x3: Double, _ y1: Double, _ y2: Double, _ y3: Double
        ) {
          let ca = Cx(t1.r + x1 * t2.r + x2 * t3.r + x3 * t4.r, t1.i + x1 * t2.i + x2 * t3.i + x3 * t4.i)
          let cb = Cx(-(y1 * t7.i + y2 * t6.i + y3 * t5.i), y1 * t7.r + y2 * t6.r + y3 * t5.r)
          emit(ch, at(i, k, u1), at(i, k, u2), ca, cb, i, wa, u1, u2, ido, fwd)
        }
        step(1, 6, tw1r, tw2r, tw3r, tw1i, tw2i, tw3i)
        step(2, 5, tw2r, tw3r, tw1r, tw2i, -tw3i, -tw1i)
        step(3, 4, tw3r, tw1r, tw2r, tw3i, -tw1i, tw2i)
      }
    }
  }

  /// The pair `ca ± cb` into outputs `u1` and `u2`: as they are in the first column, twiddled in the others.
  @inline(__always) static func emit(
    _ ch: In, _ p1: Int, _ p2: Int, _ ca: Cx, _ cb: Cx, _ i: Int, _ wa: Tw, _ u1: Int, _ u2: Int, _ ido: Int,
    _ fwd: Bool
  ) {
    if i == 0 {
      ch[p1] = ca + cb
      ch[p2] = ca - cb
    } else {
      ch[p1] = (ca + cb).twiddled(wa[i - 1 + (u1 - 1) * (ido - 1)], fwd)
      ch[p2] = (ca - cb).twiddled(wa[i - 1 + (u2 - 1) * (ido - 1)], fwd)
    }
  }

  /// `ROTX45<fwd>`.
  @inline(__always) static func rotated45(_ a: Cx, _ fwd: Bool, _ h: Double) -> Cx {
    fwd ? Cx(h * (a.r + a.i), h * (a.i - a.r)) : Cx(h * (a.r - a.i), h * (a.i + a.r))
  }

  /// `ROTX135<fwd>`.
  @inline(__always) static func rotated135(_ a: Cx, _ fwd: Bool, _ h: Double) -> Cx {
    fwd ? Cx(h * (a.i - a.r), h * (-a.r - a.i)) : Cx(h * (-a.r - a.i), h * (a.r - a.i))
  }

  static func pass8(_ ido: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ fwd: Bool) {
    let h = constant(0.707106781186547524400844362104849)
    @inline(__always) func cc8(_ a: Int, _ b: Int, _ c: Int) -> Cx { cc[a + ido * (b + 8 * c)] }
    @inline(__always) func at(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + l1 * c) }
    for k in 0..<l1 {
      for i in 0..<ido {
        var a1 = cc8(i, 1, k) + cc8(i, 5, k)
        var a5 = cc8(i, 1, k) - cc8(i, 5, k)
        var a3 = cc8(i, 3, k) + cc8(i, 7, k)
        var a7 = cc8(i, 3, k) - cc8(i, 7, k)
        // PMINPLACE(a1, a3), then the rotations.
        (a1, a3) = (a1 + a3, a1 - a3)
        a3 = a3.rotated90(fwd)
        a7 = a7.rotated90(fwd)
        (a5, a7) = (a5 + a7, a5 - a7)
        a5 = rotated45(a5, fwd, h)
        a7 = rotated135(a7, fwd, h)
        var a0 = cc8(i, 0, k) + cc8(i, 4, k)
        var a4 = cc8(i, 0, k) - cc8(i, 4, k)
        var a2 = cc8(i, 2, k) + cc8(i, 6, k)
        var a6 = cc8(i, 2, k) - cc8(i, 6, k)
        if i == 0 {
          ch[at(0, k, 0)] = (a0 + a2) + a1
          ch[at(0, k, 4)] = (a0 + a2) - a1
          ch[at(0, k, 2)] = (a0 - a2) + a3
          ch[at(0, k, 6)] = (a0 - a2) - a3
          a6 = a6.rotated90(fwd)
          ch[at(0, k, 1)] = (a4 + a6) + a5
          ch[at(0, k, 5)] = (a4 + a6) - a5
          ch[at(0, k, 3)] = (a4 - a6) + a7
          ch[at(0, k, 7)] = (a4 - a6) - a7
        } else {
          (a0, a2) = (a0 + a2, a0 - a2)
          @inline(__always) func w(_ x: Int) -> Cx { wa[i - 1 + x * (ido - 1)] }
          ch[at(i, k, 0)] = a0 + a1
          ch[at(i, k, 4)] = (a0 - a1).twiddled(w(3), fwd)
          ch[at(i, k, 2)] = (a2 + a3).twiddled(w(1), fwd)
          ch[at(i, k, 6)] = (a2 - a3).twiddled(w(5), fwd)
          a6 = a6.rotated90(fwd)
          (a4, a6) = (a4 + a6, a4 - a6)
          ch[at(i, k, 1)] = (a4 + a5).twiddled(w(0), fwd)
          ch[at(i, k, 5)] = (a4 - a5).twiddled(w(4), fwd)
          ch[at(i, k, 3)] = (a6 + a7).twiddled(w(2), fwd)
          ch[at(i, k, 7)] = (a6 - a7).twiddled(w(6), fwd)
        }
      }
    }
  }

  static func pass11(_ ido: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ fwd: Bool) {
    let s = fwd ? -1.0 : 1.0
    let tw1r = constant(0.8412535328311811688618116489193677)
    let tw1i = s * constant(0.5406408174555975821076359543186917)
    let tw2r = constant(0.4154150130018864255292741492296232)
    let tw2i = s * constant(0.9096319953545183714117153830790285)
    let tw3r = constant(-0.1423148382732851404437926686163697)
    let tw3i = s * constant(0.9898214418809327323760920377767188)
    let tw4r = constant(-0.6548607339452850640569250724662936)
    let tw4i = s * constant(0.7557495743542582837740358439723444)
    let tw5r = constant(-0.9594929736144973898903680570663277)
    let tw5i = s * constant(0.2817325568414296977114179153466169)
    @inline(__always) func c11(_ a: Int, _ b: Int, _ c: Int) -> Cx { cc[a + ido * (b + 11 * c)] }
    @inline(__always) func at(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + l1 * c) }
    for k in 0..<l1 {
      for i in 0..<ido {
        let t1 = c11(i, 0, k)
        let t2 = c11(i, 1, k) + c11(i, 10, k)
        let t11 = c11(i, 1, k) - c11(i, 10, k)
        let t3 = c11(i, 2, k) + c11(i, 9, k)
        let t10 = c11(i, 2, k) - c11(i, 9, k)
        let t4 = c11(i, 3, k) + c11(i, 8, k)
        let t9 = c11(i, 3, k) - c11(i, 8, k)
        let t5 = c11(i, 4, k) + c11(i, 7, k)
        let t8 = c11(i, 4, k) - c11(i, 7, k)
        let t6 = c11(i, 5, k) + c11(i, 6, k)
        let t7 = c11(i, 5, k) - c11(i, 6, k)
        ch[at(i, k, 0)] = Cx(
          t1.r + t2.r + t3.r + t4.r + t5.r + t6.r, t1.i + t2.i + t3.i + t4.i + t5.i + t6.i)
        func step(
          _ u1: Int, _ u2: Int, _ x: (Double, Double, Double, Double, Double),
          _ y: (Double, Double, Double, Double, Double)
        ) {
          let ca = t1 + t2 * x.0 + t3 * x.1 + t4 * x.2 + t5 * x.3 + t6 * x.4
          let cb = Cx(
            -(y.0 * t11.i + y.1 * t10.i + y.2 * t9.i + y.3 * t8.i + y.4 * t7.i),
            y.0 * t11.r + y.1 * t10.r + y.2 * t9.r + y.3 * t8.r + y.4 * t7.r)
          emit(ch, at(i, k, u1), at(i, k, u2), ca, cb, i, wa, u1, u2, ido, fwd)
        }
        step(1, 10, (tw1r, tw2r, tw3r, tw4r, tw5r), (tw1i, tw2i, tw3i, tw4i, tw5i))
        step(2, 9, (tw2r, tw4r, tw5r, tw3r, tw1r), (tw2i, tw4i, -tw5i, -tw3i, -tw1i))
        step(3, 8, (tw3r, tw5r, tw2r, tw1r, tw4r), (tw3i, -tw5i, -tw2i, tw1i, tw4i))
        step(4, 7, (tw4r, tw3r, tw1r, tw5r, tw2r), (tw4i, -tw3i, tw1i, tw5i, -tw2i))
        step(5, 6, (tw5r, tw1r, tw4r, tw2r, tw3r), (tw5i, -tw1i, tw4i, -tw2i, tw3i))
      }
    }
  }

  /// `passg`: a general odd radix; the result is left in `cc`.
  static func passGeneral(
    _ ido: Int, _ ip: Int, _ l1: Int, _ cc: In, _ ch: In, _ wa: Tw, _ csarr: Tw, _ fwd: Bool
  ) {
    let ipph = (ip + 1) / 2
    let idl1 = ido * l1
    @inline(__always) func ccAt(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + ip * c) }
    @inline(__always) func chAt(_ a: Int, _ b: Int, _ c: Int) -> Int { a + ido * (b + l1 * c) }
    var wal = [Cx](repeating: Cx(1, 0), count: ip)
    for i in 1..<ip { wal[i] = Cx(csarr[i].r, fwd ? -csarr[i].i : csarr[i].i) }
    for k in 0..<l1 { for i in 0..<ido { ch[chAt(i, k, 0)] = cc[ccAt(i, 0, k)] } }
    var j = 1
    var jc = ip - 1
    while j < ipph {
      for k in 0..<l1 {
        for i in 0..<ido {
          let (x, y) = (cc[ccAt(i, j, k)], cc[ccAt(i, jc, k)])
          ch[chAt(i, k, j)] = x + y
          ch[chAt(i, k, jc)] = x - y
        }
      }
      j += 1
      jc -= 1
    }
    for k in 0..<l1 {
      for i in 0..<ido {
        var tmp = ch[chAt(i, k, 0)]
        for j in 1..<ipph { tmp = tmp + ch[chAt(i, k, j)] }
        cc[chAt(i, k, 0)] = tmp
      }
    }
    // CX2(a, b) = cc[a + idl1·b], CH2(a, b) = ch[a + idl1·b].
    var l = 1
    var lc = ip - 1
    while l < ipph {
      for ik in 0..<idl1 {
        let h0 = ch[ik]
        let h1 = ch[ik + idl1]
        let h2 = ch[ik + idl1 * 2]
        let hl = ch[ik + idl1 * (ip - 1)]
        let hl2 = ch[ik + idl1 * (ip - 2)]
        cc[ik + idl1 * l] = Cx(
          h0.r + wal[l].r * h1.r + wal[2 * l].r * h2.r, h0.i + wal[l].r * h1.i + wal[2 * l].r * h2.i)
        cc[ik + idl1 * lc] = Cx(
          -wal[l].i * hl.i - wal[2 * l].i * hl2.i, wal[l].i * hl.r + wal[2 * l].i * hl2.r)
      }
      var iwal = 2 * l
      var j = 3
      var jc = ip - 3
      while j < ipph - 1 {
        iwal += l
        if iwal > ip { iwal -= ip }
        let xwal = wal[iwal]
        iwal += l
        if iwal > ip { iwal -= ip }
        let xwal2 = wal[iwal]
        for ik in 0..<idl1 {
          let a = ch[ik + idl1 * j]
          let b = ch[ik + idl1 * (j + 1)]
          let c = ch[ik + idl1 * jc]
          let d = ch[ik + idl1 * (jc - 1)]
          var x = cc[ik + idl1 * l]
          x.r += a.r * xwal.r + b.r * xwal2.r
          x.i += a.i * xwal.r + b.i * xwal2.r
          cc[ik + idl1 * l] = x
          var y = cc[ik + idl1 * lc]
          y.r -= c.i * xwal.i + d.i * xwal2.i
          y.i += c.r * xwal.i + d.r * xwal2.i
          cc[ik + idl1 * lc] = y
        }
        j += 2
        jc -= 2
      }
      while j < ipph {
        iwal += l
        if iwal > ip { iwal -= ip }
        let xwal = wal[iwal]
        for ik in 0..<idl1 {
          let a = ch[ik + idl1 * j]
          let c = ch[ik + idl1 * jc]
          var x = cc[ik + idl1 * l]
          x.r += a.r * xwal.r
          x.i += a.i * xwal.r
          cc[ik + idl1 * l] = x
          var y = cc[ik + idl1 * lc]
          y.r -= c.i * xwal.i
          y.i += c.r * xwal.i
          cc[ik + idl1 * lc] = y
        }
        j += 1
        jc -= 1
      }
      l += 1
      lc -= 1
    }
    // Shuffling and twiddling.
    j = 1
    jc = ip - 1
    while j < ipph {
      if ido == 1 {
        for ik in 0..<idl1 {
          let (t1, t2) = (cc[ik + idl1 * j], cc[ik + idl1 * jc])
          cc[ik + idl1 * j] = t1 + t2
          cc[ik + idl1 * jc] = t1 - t2
        }
      } else {
        for k in 0..<l1 {
          let (t1, t2) = (cc[chAt(0, k, j)], cc[chAt(0, k, jc)])
          cc[chAt(0, k, j)] = t1 + t2
          cc[chAt(0, k, jc)] = t1 - t2
          for i in 1..<ido {
            let x1 = cc[chAt(i, k, j)] + cc[chAt(i, k, jc)]
            let x2 = cc[chAt(i, k, j)] - cc[chAt(i, k, jc)]
            cc[chAt(i, k, j)] = x1.twiddled(wa[(j - 1) * (ido - 1) + i - 1], fwd)
            cc[chAt(i, k, jc)] = x2.twiddled(wa[(jc - 1) * (ido - 1) + i - 1], fwd)
          }
        }
      }
      j += 1
      jc -= 1
    }
  }
}
