/// NumPy's `exp` for float64 on AVX-512 processors (its `X86_V4` build), which calls Intel's SVML
/// (`__svml_exp8_ha`) rather than libm, replayed one lane at a time.
///
/// N = x·log₂e truncated to four fractional bits; 2^(j/16) (j the low four bits of 16N) from a table of high
/// parts and relative low parts; r = x − N·ln 2 in two fused steps; exp(r) − 1 by a degree-6 polynomial in
/// fused multiply-adds; the result scaled by 2^⌊N⌋ in one rounding. From |x| ≥ 707.7 (and for ±∞) SVML's
/// scalar routine takes over: +∞ past the overflow threshold, 0 below the underflow one, in between a
/// 64-entry table and unfused arithmetic, subnormal results scaled by 2⁶⁰ and rounded once. Without AVX-512
/// NumPy calls libm, and so does Tessel.
///
/// Compiled for AVX2 with FMA, so call it only when the processor has AVX-512 (the tensor module checks).
public enum SVMLExp {
  /// 2^(j/16) for j = 0…15: the high parts (`exp2`'s too).
  public static let high: [UInt64] = [
    0x3ff0_0000_0000_0000, 0x3ff0_b558_6cf9_890f, 0x3ff1_72b8_3c7d_517b, 0x3ff2_387a_6e75_6238,
    0x3ff3_06fe_0a31_b715, 0x3ff3_dea6_4c12_3422, 0x3ff4_bfda_d536_2a27, 0x3ff5_ab07_dd48_5429,
    0x3ff6_a09e_667f_3bcd, 0x3ff7_a114_73eb_0187, 0x3ff8_ace5_422a_a0db, 0x3ff9_c491_82a3_f090,
    0x3ffa_e89f_995a_d3ad, 0x3ffc_199b_dd85_529c, 0x3ffd_5818_dcfb_a487, 0x3ffe_a4af_a2a4_90da,
  ]
  /// 2^(j/16): the low parts, relative to the high ones.
  static let low: [UInt64] = [
    0x0000_0000_0000_0000, 0x3c97_9aa6_5d83_7b6d, 0xbc80_1b15_eaa5_9348, 0x3c96_8efd_e3a8_a894,
    0x3c83_4d75_4db0_abb6, 0x3c85_9f48_a72a_4c6d, 0x3c76_90ce_bb7a_afb0, 0x3c90_63e1_e21c_5409,
    0xbc93_b3ef_bf5e_2228, 0xbc7b_32dc_b94d_a51d, 0x3c8d_b72f_c1f0_eab4, 0x3c71_affc_2b91_ce27,
    0x3c8c_1a77_92cb_3387, 0x3c73_6eae_30af_0cb3, 0x3c74_a385_a63d_07a7, 0xbc8f_f712_8fd3_91f0,
  ]
  static let log2e = Double(bitPattern: 0x3ff7_1547_652b_82fe)
  static let ln2High = Double(bitPattern: 0x3fe6_2e42_fefa_39ef)
  static let ln2Low = Double(bitPattern: 0x3c7a_bc9e_3b39_803f)
  /// c1…c6 of exp(r) − 1 ≈ r·(c1 + c2·r + … + c6·r⁵).
  static let c: [Double] = [
    0x3fef_ffff_ffff_ff70, 0x3fe0_0000_0000_d008, 0x3fc5_5555_5393_9732, 0x3fa5_5557_242d_68fe,
    0x3f81_101c_bbc2_65c0, 0x3f57_4118_3694_0c04,
  ].map { Double(bitPattern: $0) }
  /// |x| from which the scalar routine runs.
  static let threshold = Double(bitPattern: 0x4086_1da0_4cba_fe44)

  /// exp(x) as NumPy's AVX-512 loop computes it.
  @inline(__always)
  public static func value(_ x: Double) -> Double {
    if x.isNaN { return x }
    if Swift.abs(x) >= threshold { return Scalar.value(x) }
    // 16N = ⌊16·x·log₂e⌋ of the exact product (SVML adds a shifter with round-toward-zero).
    let product = x * log2e
    let error = (-product).addingProduct(x, log2e)
    let scaled = 16 * product
    var n16 = scaled.rounded(.down)
    if n16 == scaled && error < 0 { n16 -= 1 }
    let n = n16 / 16
    let j = Int(Int64(n16) & 15)
    var r = x.addingProduct(-n, ln2High)
    r = r.addingProduct(-n, ln2Low)
    let r2 = r * r
    let p56 = c[4].addingProduct(c[5], r)
    let p34 = c[2].addingProduct(c[3], r)
    let p12 = c[0].addingProduct(c[1], r)
    var p = p34.addingProduct(p56, r2)
    p = p12.addingProduct(p, r2)
    let t = Double(bitPattern: high[j])
    p = Double(bitPattern: low[j]).addingProduct(p, r)
    let v = t.addingProduct(t, p)
    // vscalefpd: v·2^⌊N⌋; below the threshold ⌊N⌋ lies in −1022…1021, so 2^⌊N⌋ is normal and the product exact.
    let k = Int64(n.rounded(.down))
    return v * Double(bitPattern: UInt64(k + 1023) << 52)
  }

  /// `y[i] = exp(x[i])` for `count` elements, four lanes at a time; the lanes past the threshold (and NaN) are
  /// done one by one.
  public static func apply(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
    high.withUnsafeBufferPointer { th in
      low.withUnsafeBufferPointer { tl in
        let limit = SIMD4(repeating: threshold)
        var i = 0
        while i + 4 <= count {
          let v = SIMD4<Double>(x[i], x[i + 1], x[i + 2], x[i + 3])
          let r = lanes(v, th, tl)
          let special = (v .>= limit) .| (v .<= -limit) .| (v .!= v)
          for k in 0..<4 { y[i + k] = special[k] ? value(v[k]) : r[k] }
          i += 4
        }
        while i < count {
          y[i] = value(x[i])
          i += 1
        }
      }
    }
  }

  /// The vector path on four lanes (a lane past the threshold is wrong here, and redone by the caller).
  @inline(__always)
  static func lanes(_ x: SIMD4<Double>, _ th: UnsafeBufferPointer<UInt64>, _ tl: UnsafeBufferPointer<UInt64>)
    -> SIMD4<Double>
  {
    let product = x * log2e
    let error = (-product).addingProduct(x, SIMD4(repeating: log2e))
    let scaled = product * 16
    var n16 = scaled.rounded(.down)
    n16.replace(with: n16 - 1, where: (n16 .== scaled) .& (error .< 0))
    let n = n16 * 0.0625
    var t = SIMD4<Double>()
    var tLow = SIMD4<Double>()
    var scale = SIMD4<Double>()
    for lane in 0..<4 {
      // Lanes past the threshold (redone by the caller) are clamped so that nothing traps.
      let w = n16[lane]
      let whole = w.isNaN ? 0 : Int64(Swift.max(Swift.min(w, 20_000), -20_000))
      let j = Int(whole & 15)
      t[lane] = Double(bitPattern: th[j])
      tLow[lane] = Double(bitPattern: tl[j])
      scale[lane] = Double(bitPattern: UInt64(truncatingIfNeeded: ((whole >> 4) &+ 1023) << 52))
    }
    var r = x.addingProduct(-n, SIMD4(repeating: ln2High))
    r = r.addingProduct(-n, SIMD4(repeating: ln2Low))
    let r2 = r * r
    let p56 = SIMD4(repeating: c[4]).addingProduct(SIMD4(repeating: c[5]), r)
    let p34 = SIMD4(repeating: c[2]).addingProduct(SIMD4(repeating: c[3]), r)
    let p12 = SIMD4(repeating: c[0]).addingProduct(SIMD4(repeating: c[1]), r)
    var p = p34.addingProduct(p56, r2)
    p = p12.addingProduct(p, r2)
    p = tLow.addingProduct(p, r)
    return t.addingProduct(t, p) * scale
  }

  /// NumPy's `expm1` on AVX-512 (SVML's `__svml_expm18_ha`), with exp's tables.
  ///
  /// N = x·log₂e to the nearest sixteenth, T = 2^(N's table entry)·2^⌊max(N, −128)⌋, and T − 1 + T·(exp(r) − 1)
  /// summed in parts so that small results keep their digits. From x ≥ 707.7 (and NaN) the scalar routine of
  /// `exp`, whose result is expm1's there.
  public enum MinusOne {
    /// c8, c7, …, c2 of exp(r) − 1 − r ≈ r²·(1/2 + r/6 + …), as SVML rounds them.
    static let c: [Double] = [
      0x3efa_01f8_f4be_0bb2, 0x3f2a_01f8_f4b1_29c3, 0x3f56_c16c_1630_4601, 0x3f81_1111_10a6_5711,
      0x3fa5_5555_5555_560a, 0x3fc5_5555_5555_55f9, 0x3fe0_0000_0000_0000,
    ].map { Double(bitPattern: $0) }
    static let shifter = Double(bitPattern: 0x42f8_0000_0000_3ff0)

    /// SVML's mask that keeps |R| below 2 (it clears the exponent's top bit, even of NaN).
    @inline(__always)
    static func guarded(_ v: Double) -> Double { Double(bitPattern: v.bitPattern & 0xbfff_ffff_ffff_ffff) }

    /// expm1(x) as NumPy's AVX-512 loop computes it.
    @inline(__always)
    public static func value(_ x: Double) -> Double {
      if !(x < threshold) { return Scalar.value(x) }
      let shifted = shifter.addingProduct(x, log2e)
      let n = shifted - shifter
      let j = Int(shifted.bitPattern & 15)
      let t = Double(bitPattern: high[j])
      let tLow = Double(bitPattern: low[j])
      let rh = x.addingProduct(-n, ln2High)
      // vscalefpd by ⌊max(N, −128)⌋: exact, the result stays normal.
      let power = t * Double(bitPattern: UInt64(Int64(Swift.max(n, -128).rounded(.down)) + 1023) << 52)
      let unguarded = rh.addingProduct(-n, ln2Low)
      let r = guarded(unguarded)
      let rLow = guarded((rh - unguarded).addingProduct(-n, ln2Low))
      let a = c[3].addingProduct(r, c[2])
      let b = c[5].addingProduct(r, c[4])
      let r2 = r * r
      let f = (rLow + tLow).addingProduct(r, tLow)
      var p = c[1].addingProduct(r, c[0])
      let (big, small) = power < 1 ? (-1.0, power) : (power, -1.0)
      p = a.addingProduct(r2, p)
      let sh = power + -1
      p = b.addingProduct(r2, p)
      p = c[6].addingProduct(r, p)
      p = f.addingProduct(r2, p)
      let sl = (big - sh) + small
      let h = sh.addingProduct(r, power)
      let l = (-(h - sh)).addingProduct(r, power)
      let m = sl.addingProduct(p, power) + l
      let result = h + m
      return x.sign == .minus ? -Swift.abs(result) : result
    }

    /// `y[i] = expm1(x[i])` for `count` elements.
    public static func apply(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
      for i in 0..<count { y[i] = value(x[i]) }
    }
  }

  /// SVML's scalar routine (`__svml_dexp_ha_cout_rare_internal`) for the lanes the vector path leaves.
  public enum Scalar {
    /// 2^(j/64) for j = 0…63 as (high, low) pairs (`exp2`'s scalar routine reads it too).
    public static let table: [UInt64] = [
      0x3ff0_0000_0000_0000, 0x0000_0000_0000_0000, 0x3ff0_2c9a_3e77_8061, 0xbc71_6013_9cd8_dc5d,
      0x3ff0_59b0_d315_8574, 0x3c8c_d252_3567_f613, 0x3ff0_8745_1875_9bc8, 0x3c60_f74e_61e6_c861,
      0x3ff0_b558_6cf9_890f, 0x3c97_9aa6_5d83_7b6d, 0x3ff0_e3ec_32d3_d1a2, 0x3c3e_be3d_702f_9cd1,
      0x3ff1_1301_d012_5b51, 0xbc95_5652_2a2f_bd0e, 0x3ff1_429a_aea9_2de0, 0xbc91_c923_b9d5_f416,
      0x3ff1_72b8_3c7d_517b, 0xbc80_1b15_eaa5_9348, 0x3ff1_a35b_eb6f_cb75, 0x3c8b_898c_3f13_53bf,
      0x3ff1_d487_3168_b9aa, 0x3c9a_ecf7_3e3a_2f60, 0x3ff2_063b_8862_8cd6, 0x3c8a_6f41_44a6_c38d,
      0x3ff2_387a_6e75_6238, 0x3c96_8efd_e3a8_a894, 0x3ff2_6b45_65e2_7cdd, 0x3c80_472b_981f_e7f2,
      0x3ff2_9e9d_f51f_dee1, 0x3c82_f7e1_6d09_ab31, 0x3ff2_d285_a6e4_030b, 0x3c8b_3782_720c_0ab4,
      0x3ff3_06fe_0a31_b715, 0x3c83_4d75_4db0_abb6, 0x3ff3_3c08_b264_16ff, 0x3c8f_dd39_5dd3_f84a,
      0x3ff3_71a7_373a_a9cb, 0xbc92_4aed_cc4b_5068, 0x3ff3_a7db_34e5_9ff7, 0xbc71_d1e8_3e94_36d2,
      0x3ff3_dea6_4c12_3422, 0x3c85_9f48_a72a_4c6d, 0x3ff4_160a_21f7_2e2a, 0xbc58_a78f_4817_895b,
      0x3ff4_4e08_6061_892d, 0x3c43_63ed_60c2_ac11, 0x3ff4_86a2_b5c1_3cd0, 0x3c6e_cce1_daa1_0379,
      0x3ff4_bfda_d536_2a27, 0x3c76_90ce_bb7a_afb0, 0x3ff4_f9b2_769d_2ca7, 0xbc8f_9434_0071_a38e,
      0x3ff5_342b_569d_4f82, 0xbc78_dec6_bd0f_385f, 0x3ff5_6f47_36b5_27da, 0x3c93_3505_18fd_d78e,
      0x3ff5_ab07_dd48_5429, 0x3c90_63e1_e21c_5409, 0x3ff5_e76f_15ad_2148, 0x3c94_32e6_2b64_c035,
      0x3ff6_247e_b03a_5585, 0xbc8c_33c5_3bef_4da8, 0x3ff6_6238_8255_2225, 0xbc93_cedd_7856_5858,
      0x3ff6_a09e_667f_3bcd, 0xbc93_b3ef_bf5e_2228, 0x3ff6_dfb2_3c65_1a2f, 0xbc63_67ef_b86d_a9ee,
      0x3ff7_1f75_e8ec_5f74, 0xbc78_1f64_7e5a_3ecf, 0x3ff7_5feb_5642_67c9, 0xbc86_1932_1e55_e68a,
      0x3ff7_a114_73eb_0187, 0xbc7b_32dc_b94d_a51d, 0x3ff7_e2f3_36cf_4e62, 0x3c65_ebe1_abd6_6c55,
      0x3ff8_2589_994c_ce13, 0xbc93_69b6_f13b_3734, 0x3ff8_68d9_9b44_92ed, 0xbc94_d450_d872_576e,
      0x3ff8_ace5_422a_a0db, 0x3c8d_b72f_c1f0_eab4, 0x3ff8_f1ae_9915_7736, 0x3c7b_f683_59f3_5f44,
      0x3ff9_3737_b0cd_c5e5, 0xbc5d_a9b8_8b6c_1e29, 0x3ff9_7d82_9fde_4e50, 0xbc92_4343_22f4_f9aa,
      0x3ff9_c491_82a3_f090, 0x3c71_affc_2b91_ce27, 0x3ffa_0c66_7b5d_e565, 0xbc87_c504_2262_2263,
      0x3ffa_5503_b23e_255d, 0xbc91_bbd1_d3bc_bb15, 0x3ffa_9e6b_5579_fdbf, 0x3c84_6984_6e73_5ab3,
      0x3ffa_e89f_995a_d3ad, 0x3c8c_1a77_92cb_3387, 0x3ffb_33a2_b84f_15fb, 0xbc55_c3d9_56dc_aeba,
      0x3ffb_7f76_f2fb_5e47, 0xbc68_d6f4_38ad_9334, 0x3ffb_cc1e_904b_c1d2, 0x3c74_ffd7_0a5f_ddcd,
      0x3ffc_199b_dd85_529c, 0x3c73_6eae_30af_0cb3, 0x3ffc_67f1_2e57_d14b, 0x3c84_e08f_d109_59ac,
      0x3ffc_b720_dcef_9069, 0x3c67_6b2c_6c92_1968, 0x3ffd_072d_4a07_897c, 0xbc8f_ad5d_3fff_fa6f,
      0x3ffd_5818_dcfb_a487, 0x3c74_a385_a63d_07a7, 0x3ffd_a9e6_03db_3285, 0x3c8e_5a50_d5c1_92ac,
      0x3ffd_fc97_337b_9b5f, 0xbc82_d521_07b4_3e1f, 0x3ffe_502e_e78b_3ff6, 0x3c74_b604_603a_88d3,
      0x3ffe_a4af_a2a4_90da, 0xbc8f_f712_8fd3_91f0, 0x3ffe_fa1b_ee61_5a27, 0x3c8e_c3bc_41aa_2008,
      0x3fff_5076_5b6e_4540, 0x3c8a_64a9_31d1_85ee, 0x3fff_a7c1_819e_90d8, 0x3c77_893b_4d91_cd9d,
    ]
    static let invLn2Times64 = Double(bitPattern: 0x4057_1547_652b_82fe)
    static let shifter = Double(bitPattern: 0x4338_0000_0000_0000)
    /// 1/2, 1/6, 1/24, 1/120, 1/720 as SVML rounds them.
    static let a: [Double] = [
      0x3fe0_0000_0000_0000, 0x3fc5_5555_5555_48f8, 0x3fa5_5555_5555_8fcc, 0x3f81_1112_3aaf_20d3,
      0x3f56_c16a_1c2a_3ffd,
    ].map { Double(bitPattern: $0) }
    static let overflow = Double(bitPattern: 0x4086_2e42_fefa_39ef)
    static let subnormal = Double(bitPattern: 0xc086_232b_dd7a_bcd2)
    static let underflow = Double(bitPattern: 0xc087_4910_d52d_3051)
    static let ln2By64High = Double(bitPattern: 0x3f86_2e42_fefa_0000)
    static let ln2By64Low = Double(bitPattern: 0x3d1c_f79a_bc9e_3b3a)
    static let splitter = Double(bitPattern: 0x41f8_0000_0000_0000)

    /// 2^(e − 1023) for a biased exponent e in 1…2046 (taken mod 2048, as SVML builds it).
    public static func power(_ biased: Int) -> Double { Double(bitPattern: UInt64(biased & 2047) << 52) }

    static func value(_ x: Double) -> Double {
      let biased = Int((x.bitPattern >> 52) & 0x7ff)
      if biased == 2047 { return x == -.infinity ? 0 : x * x }
      if biased <= 970 { return 1 + x }
      if x > overflow { return .infinity }
      if x < underflow { return 0 }
      let s = invLn2Times64 * x + shifter
      let bits = Int32(truncatingIfNeeded: s.bitPattern)
      let j = Int(bits & 63)
      let kd = s - shifter
      var r = x - kd * ln2By64High
      r = r - kd * ln2By64Low
      var p = a[4] * r
      p = (p + a[3]) * r
      p = (p + a[2]) * r
      p = (p + a[1]) * r
      p = (p + a[0]) * r
      p = p * r + r
      let hi = Double(bitPattern: table[2 * j])
      p = (p + Double(bitPattern: table[2 * j + 1])) * hi
      // The exponent field as SVML forms it: the logical shift of the 32-bit index, then mod 2048.
      let m = Int(UInt32(bitPattern: bits) >> 6)
      if x < subnormal {
        let e = (m + 1083) & 2047
        let d = power(e)
        let tail = p * d
        let head = d * hi
        let sum = head + tail
        let tiny = Double(bitPattern: 0x3c30_0000_0000_0000)
        if e <= 50 { return sum * tiny }
        let error = (head - sum) + tail
        let c = sum * splitter
        let upper = (sum + c) - c
        let lower = error + (sum - upper)
        return upper * tiny + lower * tiny
      }
      let e = (m + 1023) & 2047
      let q = p + hi
      if e > 2046 { return q * power(e - 1) * 2 }
      return q * power(e)
    }
  }
}
