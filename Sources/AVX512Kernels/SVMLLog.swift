internal import _Builtin_intrinsics.intel

/// NumPy's `log`, `log2` and `log10` for float64 on AVX-512 processors (its `X86_V4` build), which call Intel's
/// SVML (`__svml_log8_ha`, `__svml_log28_ha`, `__svml_log108_ha`) rather than libm, eight lanes at a time.
///
/// x = 2^e·m with m in [1, 2); the processor's own 14-bit reciprocal of m (`vrcp14pd`, the instruction SVML
/// uses, whose low bits only the hardware defines) rounded to 1/32 gives r and R = r·m − 1 exactly;
/// log x = e·ln 2 − log r + log(1 + R), −log r from a 16-entry table of high and low parts (e raised by one when
/// r < 3/4), log(1 + R) a polynomial in fused multiply-adds, the high parts summed with their rounding error
/// carried; `log2` and `log10` the same in their bases, each with its own tables and its own order of sums. Zero, negative numbers, ±∞ and NaN take IEEE's answers, as SVML's scalar
/// routine gives them.
///
/// Compiled for AVX-512: the tensor module calls it only when `cpuid` reports it.
public enum SVMLLog {
  /// −log r for the reciprocals r = 1/2 … 31/32 by their top mantissa bits, the high parts.
  static let high: [UInt64] = [
    0x0000_0000_0000_0000, 0xbfaf_0a30_c012_0000, 0xbfbe_2707_6e2b_0000, 0xbfc5_ff30_70a7_8000,
    0xbfcc_8ff7_c79a_8000, 0xbfd1_675c_abab_c000, 0xbfd4_618b_c21c_4000, 0xbfd7_39d7_f6bb_c000,
    0x3fd2_6962_1134_c000, 0x3fcf_991c_6cb3_8000, 0x3fca_93ed_3c8b_0000, 0x3fc5_bf40_6b54_0000,
    0x3fc1_178e_8228_0000, 0x3fb9_335e_5d59_0000, 0x3fb0_8598_b59e_0000, 0x3fa0_415d_89e8_0000,
  ]
  /// The low parts.
  static let low: [UInt64] = [
    0x0000_0000_0000_0000, 0x3d53_ab33_d066_d1d2, 0x3d2a_342c_2af0_003c, 0xbd43_d3c8_73e2_0a07,
    0xbd4a_21ac_25d8_1ef3, 0x3d59_f1fc_6338_2a8f, 0xbd5e_c27d_0b7b_37b3, 0xbd50_069c_e24c_53fb,
    0x3d5b_9278_3beb_7677, 0x3d59_bcbe_cca0_cdf3, 0xbd53_0e48_6a0a_c42d, 0x3d5e_d8fd_c149_767e,
    0xbd4b_8421_cc74_be04, 0x3d52_622b_8757_a8fb, 0x3d4d_0344_51fe_cdfb, 0xbd57_7771_fd18_7145,
  ]
  /// `log2`'s −log₂ r, high and low parts.
  static let binaryHigh: [UInt64] = [
    0x0000_0000_0000_0000, 0xbfb6_63f6_fac9_0000, 0xbfc5_c01a_39fc_0000, 0xbfcf_bc16_b902_8000,
    0xbfd4_9a78_4bcd_0000, 0xbfd9_1bba_891f_0000, 0xbfdd_6753_e033_0000, 0xbfe0_c105_00d6_4000,
    0x3fda_8ff9_7181_0000, 0x3fd6_cb0f_6865_c000, 0x3fd3_2bfe_e371_0000, 0x3fcf_5fd8_a906_0000,
    0x3fc8_a898_0abf_8000, 0x3fc2_2dad_c2ab_0000, 0x3fb7_d604_96d0_0000, 0x3fa7_7394_c9da_0000,
  ]
  static let binaryLow: [UInt64] = [
    0x0000_0000_0000_0000, 0xbd33_167c_cc53_8261, 0x3d54_bc30_2ffa_76fb, 0x3d47_f5dc_5726_6758,
    0xbd5b_8afe_492b_f6ff, 0xbd57_08b4_b2b5_056c, 0x3d55_f101_c141_e670, 0x3d45_669d_f6a2_b592,
    0x3d44_bc30_2ffa_76fb, 0x3d41_d406_db50_2403, 0xbd51_979a_5db6_8722, 0x3d5f_1a48_47f7_b278,
    0x3d5e_9933_354d_bf17, 0x3d5a_4b69_691d_7994, 0xbd51_2ce6_312e_bb82, 0xbd54_e554_4347_8fe0,
  ]
  /// `log10`'s −log₁₀ r, high and low parts.
  static let decimalHigh: [UInt64] = [
    0x0000_0000_0000_0000, 0xbf9a_f5f9_2b00_0000, 0xbfaa_30a9_d60a_0000, 0xbfb3_1b30_55c4_0000,
    0xbfb8_cf18_3886_0000, 0xbfbe_3bc1_ab0e_0000, 0xbfc1_b3e7_1ec9_8000, 0xbfc4_2c7e_7fe4_0000,
    0x3fbf_fbfc_2bbc_0000, 0x3fbb_721c_d171_0000, 0x3fb7_15d0_ce36_0000, 0x3fb2_e3a7_40b8_0000,
    0x3fad_b11e_d766_0000, 0x3fa5_e396_6b7e_0000, 0x3f9c_b38f_ccd8_0000, 0x3f8c_3d08_3778_0000,
  ]
  static let decimalLow: [UInt64] = [
    0x0000_0000_0000_0000, 0xbd4c_c1f4_dbc1_4db5, 0x3d20_163d_7e67_d282, 0xbd5c_4600_6d08_2e6d,
    0xbd52_0326_ca2c_7e5f, 0xbd39_fe3d_562a_53f0, 0x3d58_42a2_2266_6db0, 0x3d1f_f1d2_2abd_8abe,
    0x3d5e_00dd_60df_12c3, 0x3d55_f8a5_7d98_2e77, 0x3d5e_beeb_67bf_155a, 0xbd5f_fc5a_ef53_f2ed,
    0x3d55_7e86_5b87_8377, 0x3d52_52a3_7739_a5f7, 0x3d47_fb6d_2d65_28c7, 0x3d23_1027_2fe1_7537,
  ]
  /// c2 … c9 of log(1 + R) ≈ R + R²·(c2 + c3·R + … + c9·R⁷).
  static let c: [Double] = [
    0xbfdf_ffff_ffff_ffc6, 0x3fd5_5555_5555_5466, 0xbfd0_0000_000c_05bd, 0x3fc9_9999_99cc_9f5c,
    0xbfc5_5553_fb28_db06, 0x3fc2_4922_9cee_81ef, 0xbfc0_0735_7e93_af62, 0x3fbc_81cd_309d_7c70,
  ].map { Double(bitPattern: $0) }
  /// `log2`'s polynomial: c2 … c10 of log₂(1 + R) ≈ c1·R + R²·(…), then c1's high and low parts.
  static let binary: [Double] = [
    0xbfe7_1547_652b_82fe, 0x3fde_c709_dc3a_0328, 0xbfd7_1547_652b_8064, 0x3fd2_776c_510a_3422,
    0xbfce_c709_dc9f_7735, 0x3fca_6173_d939_3468, 0xbfc7_1544_2d67_f111, 0x3fc4_8f3d_7961_ddc4,
    0xbfc2_8307_4b63_85ed, 0x3ff7_1547_652b_82fe, 0x3c77_bc72_6bb4_732e,
  ].map { Double(bitPattern: $0) }
  /// `log10`'s polynomial: c2 … c9 of log₁₀(1 + R), c1's high and low parts, log₁₀ 2 high and low.
  static let decimal: [Double] = [
    0xbfcb_cb7b_1526_e4db, 0x3fc2_87a7_636f_428c, 0xbfbb_cb7b_153c_06a3, 0x3fb6_3c62_777f_27d9,
    0xbfb2_87a6_3464_dc80, 0x3faf_c3f6_f38b_58a2, 0xbfab_d80d_9602_9814, 0x3fa8_c2d8_2848_0370,
    0x3fdb_cb7b_1526_e50e, 0x3c69_a5fd_aaf1_1825, 0x3fd3_4413_509f_0000, 0x3d7e_7fbc_c47c_4acd,
  ].map { Double(bitPattern: $0) }
  static let ln2High = Double(bitPattern: 0x3fe6_2e42_fefa_0000)
  static let ln2Low = Double(bitPattern: 0x3d7c_f79a_bc9e_0000)

  /// The logarithm's base: e, 2 or 10; or log(1 + x) (`log1p`).
  public enum Base: Sendable { case natural, binary, decimal, onePlus }

  /// The logarithm of one number, through the same eight-lane code.
  public static func value(_ x: Double, base: Base = .natural) -> Double {
    var y = 0.0
    withUnsafePointer(to: x) { apply($0, &y, count: 1, base: base) }
    return y
  }

  /// `y[i] = log(x[i])` for `count` elements.
  public static func apply(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
    apply(x, y, count: count, base: .natural)
  }

  /// `y[i] = log2(x[i])` for `count` elements.
  public static func applyBinary(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
    apply(x, y, count: count, base: .binary)
  }

  /// `y[i] = log1p(x[i])` for `count` elements.
  public static func applyOnePlus(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
    apply(x, y, count: count, base: .onePlus)
  }

  /// `y[i] = log10(x[i])` for `count` elements.
  public static func applyDecimal(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
    apply(x, y, count: count, base: .decimal)
  }

  static func apply(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int, base: Base) {
    let (high, low): ([UInt64], [UInt64])
    switch base {
    case .natural, .onePlus: (high, low) = (Self.high, Self.low)
    case .binary: (high, low) = (binaryHigh, binaryLow)
    case .decimal: (high, low) = (decimalHigh, decimalLow)
    }
    high.withUnsafeBufferPointer { th in
      low.withUnsafeBufferPointer { tl in
        var i = 0
        while i &+ 8 <= count {
          let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Double>.self)
          let r = lanes(v, th, tl, base)
          UnsafeMutableRawPointer(y + i).storeBytes(of: r, as: SIMD8<Double>.self)
          i &+= 8
        }
        if i < count {
          var v = SIMD8<Double>(repeating: 1)
          for k in 0..<(count &- i) { v[k] = x[i &+ k] }
          let r = lanes(v, th, tl, base)
          for k in 0..<(count &- i) { y[i &+ k] = r[k] }
        }
      }
    }
  }

  @inline(__always)
  static func lanes(
    _ x: SIMD8<Double>, _ th: UnsafeBufferPointer<UInt64>, _ tl: UnsafeBufferPointer<UInt64>, _ base: Base
  ) -> SIMD8<Double> {
    if base == .onePlus { return onePlusLanes(x, th, tl) }
    // Mantissa and exponent (vgetmantpd/vgetexppd); zero, negative, ∞ and NaN lanes are answered at the end.
    var m = SIMD8<Double>(repeating: 1)
    var e = SIMD8<Double>()
    var special = false
    for k in 0..<8 {
      let v = x[k]
      if v > 0 && v.isFinite {
        m[k] = v.significand
        e[k] = Double(v.exponent)
      } else {
        special = true
      }
    }
    let reciprocal = _mm512_rcp14_pd(m)
    let r = (reciprocal * 32).rounded(.toNearestOrEven) * 0.03125
    let one = SIMD8<Double>(repeating: 1)
    let reduced = (-one).addingProduct(r, m)
    e.replace(with: e + one, where: r .< 0.75)
    var t = SIMD8<Double>()
    var tLow = SIMD8<Double>()
    for k in 0..<8 {
      let j = Int((r[k].bitPattern >> 48) & 15)
      t[k] = Double(bitPattern: th[j])
      tLow[k] = Double(bitPattern: tl[j])
    }
    var result: SIMD8<Double>
    switch base {
    case .natural: result = natural(reduced, e, t, tLow)
    case .binary: result = binary(reduced, e, t, tLow)
    case .decimal: result = decimal(reduced, e, t, tLow)
    case .onePlus: result = onePlusLanes(x, th, tl)
    }
    if special {
      for k in 0..<8 {
        let v = x[k]
        if v.isNaN {
          result[k] = v
        } else if v == 0 {
          result[k] = -.infinity
        } else if v < 0 {
          result[k] = .nan
        } else if v == .infinity {
          result[k] = v
        }
      }
    }
    return result
  }

  /// `__svml_log1p8_ha`: 1 + x as a sum of two doubles, its low part scaled into the reduced argument, then
  /// `log`'s tables and polynomial with their own order of sums; x ≤ −1, +∞ and NaN take IEEE's answers.
  @inline(__always)
  static func onePlusLanes(_ x: SIMD8<Double>, _ th: UnsafeBufferPointer<UInt64>, _ tl: UnsafeBufferPointer<UInt64>)
    -> SIMD8<Double>
  {
    let one = SIMD8<Double>(repeating: 1)
    let sum = one + x
    let big = one.replacing(with: x, where: x .> one)
    let small = one.replacing(with: x, where: x .< one)
    let low = small - (sum - big)
    var m = SIMD8<Double>(repeating: 1)
    var e = SIMD8<Double>()
    var scaledLow = SIMD8<Double>()
    var special = false
    for k in 0..<8 {
      let v = sum[k]
      if v > 0 && v.isFinite && x[k] < .infinity {
        m[k] = v.significand
        e[k] = Double(v.exponent)
        // vscalefpd: low·2^−e in one rounding (2^−e is exact: e lies in −53…1023).
        scaledLow[k] = low[k] * powerOfTwo(-v.exponent)
      } else {
        special = true
      }
    }
    let r = (_mm512_rcp14_pd(m) * 32).rounded(.toNearestOrEven) * 0.03125
    let reduced = (-one).addingProduct(r, m)
    let correction = scaledLow * r
    e.replace(with: e + one, where: r .< 0.75)
    let rp = reduced + correction
    let r2 = rp * rp
    var a = splat(c[6]).addingProduct(rp, splat(c[7]))
    let lowPart = correction - (rp - reduced)
    var t = SIMD8<Double>()
    var tLow = SIMD8<Double>()
    for k in 0..<8 {
      let j = Int((r[k].bitPattern >> 48) & 15)
      t[k] = Double(bitPattern: th[j])
      tLow[k] = Double(bitPattern: tl[j])
    }
    let h = t.addingProduct(e, splat(ln2High))
    let t0 = tLow + lowPart
    let b = splat(c[4]).addingProduct(rp, splat(c[5]))
    let cc = splat(c[0]).addingProduct(rp, splat(c[1]))
    let s = h + rp
    a = b.addingProduct(r2, a)
    var d = splat(c[2]).addingProduct(rp, splat(c[3]))
    let r4 = r2 * r2
    d = cc.addingProduct(r2, d)
    let rh = s - h
    a = d.addingProduct(r4, a)
    let rl = rp - rh
    a = rl.addingProduct(r2, a)
    let l = a + t0.addingProduct(splat(ln2Low), e)
    var result = s + l
    for k in 0..<8 {
      let v = x[k]
      if v.sign == .minus { result[k] = -Swift.abs(result[k]) }
      if special {
        if v.isNaN {
          result[k] = v
        } else if v == -1 {
          result[k] = -.infinity
        } else if v < -1 {
          result[k] = .nan
        } else if v == .infinity {
          result[k] = v
        }
      }
    }
    return result
  }

  /// 2^k for k ≥ −1074, exactly.
  @inline(__always)
  static func powerOfTwo(_ k: Int) -> Double {
    k >= -1022 ? Double(bitPattern: UInt64(k + 1023) << 52) : Double(bitPattern: 1 << UInt64(k + 1074))
  }

  /// `c` splatted.
  @inline(__always)
  static func splat(_ c: Double) -> SIMD8<Double> { SIMD8(repeating: c) }

  /// `__svml_log8_ha`'s sums.
  @inline(__always)
  static func natural(_ reduced: SIMD8<Double>, _ e: SIMD8<Double>, _ t: SIMD8<Double>, _ tLow: SIMD8<Double>)
    -> SIMD8<Double>
  {
    let p98 = splat(c[6]).addingProduct(splat(c[7]), reduced)
    let p76 = splat(c[4]).addingProduct(splat(c[5]), reduced)
    let r2 = reduced * reduced
    let p54 = splat(c[2]).addingProduct(splat(c[3]), reduced)
    let p32 = splat(c[0]).addingProduct(splat(c[1]), reduced)
    let a = p76.addingProduct(r2, p98)
    let r4 = r2 * r2
    let b = p32.addingProduct(r2, p54)
    let h = t.addingProduct(e, splat(ln2High))
    let p = b.addingProduct(r4, a)
    let s = h + reduced
    let rh = s - h
    let rl = reduced - rh
    let q = rl.addingProduct(r2, p)
    let l = tLow.addingProduct(e, splat(ln2Low))
    return s + (q + l)
  }

  /// `__svml_log28_ha`'s sums.
  @inline(__always)
  static func binary(_ reduced: SIMD8<Double>, _ e: SIMD8<Double>, _ t: SIMD8<Double>, _ tLow: SIMD8<Double>)
    -> SIMD8<Double>
  {
    let k = Self.binary
    let r2 = reduced * reduced
    let r4 = r2 * r2
    var a = splat(k[5]).addingProduct(splat(k[6]), reduced).addingProduct(
      r2, splat(k[7]).addingProduct(splat(k[8]), reduced))
    let b = splat(k[1]).addingProduct(splat(k[2]), reduced).addingProduct(
      r2, splat(k[3]).addingProduct(splat(k[4]), reduced))
    a = b.addingProduct(r4, a)
    a = splat(k[10]).addingProduct(splat(k[0]), reduced).addingProduct(r2, a)
    let h = e + t
    let s = h.addingProduct(reduced, splat(k[9]))
    let hi = s - h
    let lo = (-hi).addingProduct(reduced, splat(k[9]))
    return s + (tLow + lo).addingProduct(reduced, a)
  }

  /// `__svml_log108_ha`'s sums.
  @inline(__always)
  static func decimal(_ reduced: SIMD8<Double>, _ e: SIMD8<Double>, _ t: SIMD8<Double>, _ tLow: SIMD8<Double>)
    -> SIMD8<Double>
  {
    let k = Self.decimal
    let r2 = reduced * reduced
    let r4 = r2 * r2
    var a = splat(k[4]).addingProduct(splat(k[5]), reduced).addingProduct(
      r2, splat(k[6]).addingProduct(splat(k[7]), reduced))
    let h = t.addingProduct(e, splat(k[10]))
    var l = tLow.addingProduct(e, splat(k[11]))
    let s = h.addingProduct(reduced, splat(k[8]))
    let b = splat(k[0]).addingProduct(splat(k[1]), reduced).addingProduct(
      r2, splat(k[2]).addingProduct(splat(k[3]), reduced))
    let hi = s - h
    a = b.addingProduct(r4, a)
    a = splat(k[9]).addingProduct(reduced, a)
    l = l + (-hi).addingProduct(reduced, splat(k[8]))
    return s + l.addingProduct(reduced, a)
  }
}
