import VectorKernels

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
  /// 2^(j/16) for j = 0…15, the high parts: `exp`'s table.
  static let high = SVMLExp.high
  /// The low parts, as `exp2` has them (not `exp`'s).
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
    /// 2^(j/64) for j = 0…63 as (high, low) pairs: the table of SVML's scalar `exp`.
    static let table = SVMLExp.Scalar.table
    static let shifter = Double(bitPattern: 0x42d8_0000_0000_0000)
    /// ln 2, (ln 2)²/2, … as SVML rounds them.
    static let a: [Double] = [
      0x3fe6_2e42_fefa_39ef, 0x3fce_bfbd_ff82_a23a, 0x3fac_6b08_d707_6268, 0x3f83_b2ad_33f8_b48b,
      0x3f55_d870_c4d8_440a,
    ].map { Double(bitPattern: $0) }

    static func power(_ biased: Int) -> Double { SVMLExp.Scalar.power(biased) }

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
