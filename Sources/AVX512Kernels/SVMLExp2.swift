/// NumPy's `exp2` for float64 on AVX-512 processors (its `X86_V4` build), which calls Intel's SVML
/// (`__svml_exp28_ha`) rather than libm, eight lanes at a time.
///
/// x = k/16 + r with k = ⌊16x⌋ (`vreducepd`); 2^(k mod 16 / 16) from a table of high parts and low parts;
/// 2^r − 1 ≈ r·(c1 + c2·r + … + c6·r⁵) in fused multiply-adds; the result scaled by 2^⌊x⌋, exactly. From
/// |x| ≥ 1022 (and for ±∞) SVML's scalar routine: a 64-entry table in unfused arithmetic, +∞ from 1024, 0 from
/// −1075, the subnormal range scaled by 2¹⁰⁰ first.
///
/// Compiled for AVX-512: the tensor module calls it only when `cpuid` reports it.
public enum SVMLExp2 {
  static let high: [UInt64] = [
    0x3ff0_0000_0000_0000, 0x3ff0_b558_6cf9_890f, 0x3ff1_72b8_3c7d_517b, 0x3ff2_387a_6e75_6238,
    0x3ff3_06fe_0a31_b715, 0x3ff3_dea6_4c12_3422, 0x3ff4_bfda_d536_2a27, 0x3ff5_ab07_dd48_5429,
    0x3ff6_a09e_667f_3bcd, 0x3ff7_a114_73eb_0187, 0x3ff8_ace5_422a_a0db, 0x3ff9_c491_82a3_f090,
    0x3ffa_e89f_995a_d3ad, 0x3ffc_199b_dd85_529c, 0x3ffd_5818_dcfb_a487, 0x3ffe_a4af_a2a4_90da,
  ]
  static let low: [UInt64] = [
    0x0000_0000_0000_0000, 0x3c98_a62e_4adc_610b, 0xbc81_9041_b9d7_8a76, 0x3c99_b07e_b6c7_0573,
    0x3c86_f46a_d231_82e4, 0x3c8a_da09_11f0_9ebc, 0x3c7d_4397_afec_42e2, 0x3c96_324c_0546_47ad,
    0xbc9b_dd34_13b2_6456, 0xbc84_1577_ee04_992f, 0x3c96_e9f1_5686_4b27, 0x3c7c_7c46_b071_f2be,
    0x3c97_a1cd_345d_cc81, 0x3c81_1065_8950_48dd, 0x3c82_ed02_d75b_3707, 0xbc9e_9c23_179c_2893,
  ]
  /// c1 … c6.
  static let c: [Double] = [
    0x3fe6_2e42_fefa_398b, 0x3fce_bfbd_ff84_555a, 0x3fac_6b08_d4ad_86b9, 0x3f83_b2ad_1b17_2252,
    0x3f55_d747_2713_cd19, 0x3f24_a1d7_f526_371b,
  ].map { Double(bitPattern: $0) }
  static let threshold = Double(bitPattern: 0x408f_efff_0000_0000)

  /// 2^x for one number, through the same eight-lane code.
  public static func value(_ x: Double) -> Double {
    var y = 0.0
    withUnsafePointer(to: x) { apply($0, &y, count: 1) }
    return y
  }

  /// `y[i] = exp2(x[i])` for `count` elements.
  public static func apply(_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) {
    high.withUnsafeBufferPointer { th in
      low.withUnsafeBufferPointer { tl in
        var i = 0
        while i &+ 8 <= count {
          let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Double>.self)
          UnsafeMutableRawPointer(y + i).storeBytes(of: lanes(v, th, tl), as: SIMD8<Double>.self)
          i &+= 8
        }
        if i < count {
          var v = SIMD8<Double>()
          for k in 0..<(count &- i) { v[k] = x[i &+ k] }
          let r = lanes(v, th, tl)
          for k in 0..<(count &- i) { y[i &+ k] = r[k] }
        }
      }
    }
  }

  @inline(__always)
  static func lanes(_ x: SIMD8<Double>, _ th: UnsafeBufferPointer<UInt64>, _ tl: UnsafeBufferPointer<UInt64>)
    -> SIMD8<Double>
  {
    let k16 = (x * 16).rounded(.down)
    // vreducepd rounds its difference down as well (imm8 = 0x41): where x − k/16 is inexact (small negative
    // x), the two-sum residual says whether the nearest value lies above it.
    let whole = k16 * 0.0625
    var r = x - whole
    for lane in 0..<8 {
      let (a, b, sum) = (x[lane], -whole[lane], r[lane])
      let bVirtual = sum - a
      let residual = (a - (sum - bVirtual)) + (b - bVirtual)
      if residual < 0 { r[lane] = sum.nextDown }
    }
    var q = SIMD8(repeating: c[4]).addingProduct(SIMD8(repeating: c[5]), r)
    for k in stride(from: 3, through: 0, by: -1) { q = SIMD8(repeating: c[k]).addingProduct(r, q) }
    var t = SIMD8<Double>()
    var tLow = SIMD8<Double>()
    var scale = SIMD8<Double>()
    var special = false
    for lane in 0..<8 {
      let v = x[lane]
      if !(Swift.abs(v) < threshold) {
        special = true
        continue
      }
      let j = Int(Int64(k16[lane]) & 15)
      t[lane] = Double(bitPattern: th[j])
      tLow[lane] = Double(bitPattern: tl[j])
      scale[lane] = Double(bitPattern: UInt64(Int64(v.rounded(.down)) + 1023) << 52)
    }
    var result = (tLow.addingProduct(r * t, q) + t) * scale
    if special {
      for lane in 0..<8 where !(Swift.abs(x[lane]) < threshold) { result[lane] = Scalar.value(x[lane]) }
    }
    return result
  }

  /// SVML's scalar routine (`__svml_dexp2_ha_cout_rare_internal`) for the lanes the vector path leaves.
  enum Scalar {
    /// 2^(j/64) for j = 0…63 as (high, low) pairs.
    static let table: [UInt64] = [
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
    static let shifter = Double(bitPattern: 0x42d8_0000_0000_0000)
    /// ln 2, (ln 2)²/2, … as SVML rounds them.
    static let a: [Double] = [
      0x3fe6_2e42_fefa_39ef, 0x3fce_bfbd_ff82_a23a, 0x3fac_6b08_d707_6268, 0x3f83_b2ad_33f8_b48b,
      0x3f55_d870_c4d8_440a,
    ].map { Double(bitPattern: $0) }

    /// 2^(e − 1023) for a biased exponent e in 1…2046.
    static func power(_ biased: Int) -> Double { Double(bitPattern: UInt64(biased & 2047) << 52) }

    static func value(_ x: Double) -> Double {
      if x.isNaN { return x }
      if x.isInfinite { return x < 0 ? 0 : x }
      if x >= 1024 { return .infinity }
      if x <= -1075 { return 0 }
      let s = shifter + x
      let bits = UInt32(truncatingIfNeeded: s.bitPattern)
      let j = Int(bits & 63)
      let r = x - (s - shifter)
      var p = a[4] * r
      for k in stride(from: 3, through: 0, by: -1) { p = (p + a[k]) * r }
      let hi = Double(bitPattern: table[2 * j])
      p = (p + Double(bitPattern: table[2 * j + 1])) * hi + hi
      let m = Int(bits >> 6)
      if x < -1022 { return power(m + 1123) * p * 0x1p-100 }
      let e = (m + 1023) & 2047
      if e > 2046 { return power(e - 1) * p * 2 }
      return power(e) * p
    }
  }
}
