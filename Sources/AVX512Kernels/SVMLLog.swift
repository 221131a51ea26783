internal import _Builtin_intrinsics.intel

/// NumPy's `log` for float64 on AVX-512 processors (its `X86_V4` build), which calls Intel's SVML
/// (`__svml_log8_ha`) rather than libm, eight lanes at a time.
///
/// x = 2^e·m with m in [1, 2); the processor's own 14-bit reciprocal of m (`vrcp14pd`, the instruction SVML
/// uses, whose low bits only the hardware defines) rounded to 1/32 gives r and R = r·m − 1 exactly;
/// log x = e·ln 2 − log r + log(1 + R), −log r from a 16-entry table of high and low parts (e raised by one when
/// r < 3/4), log(1 + R) a degree-9 polynomial in fused multiply-adds, the high parts summed with their
/// rounding error carried. Zero, negative numbers, ±∞ and NaN take IEEE's answers, as SVML's scalar
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
  /// c2 … c9 of log(1 + R) ≈ R + R²·(c2 + c3·R + … + c9·R⁷).
  static let c: [Double] = [
    0xbfdf_ffff_ffff_ffc6, 0x3fd5_5555_5555_5466, 0xbfd0_0000_000c_05bd, 0x3fc9_9999_99cc_9f5c,
    0xbfc5_5553_fb28_db06, 0x3fc2_4922_9cee_81ef, 0xbfc0_0735_7e93_af62, 0x3fbc_81cd_309d_7c70,
  ].map { Double(bitPattern: $0) }
  static let ln2High = Double(bitPattern: 0x3fe6_2e42_fefa_0000)
  static let ln2Low = Double(bitPattern: 0x3d7c_f79a_bc9e_0000)

  /// log(x) for one number, through the same eight-lane code.
  public static func value(_ x: Double) -> Double {
    high.withUnsafeBufferPointer { th in
      low.withUnsafeBufferPointer { tl in lanes(SIMD8(repeating: x), th, tl)[0] }
    }
  }

  /// `y[i] = log(x[i])` for `count` elements.
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
          var v = SIMD8<Double>(repeating: 1)
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
    let p98 = SIMD8(repeating: c[6]).addingProduct(SIMD8(repeating: c[7]), reduced)
    let p76 = SIMD8(repeating: c[4]).addingProduct(SIMD8(repeating: c[5]), reduced)
    let r2 = reduced * reduced
    let p54 = SIMD8(repeating: c[2]).addingProduct(SIMD8(repeating: c[3]), reduced)
    let p32 = SIMD8(repeating: c[0]).addingProduct(SIMD8(repeating: c[1]), reduced)
    let a = p76.addingProduct(r2, p98)
    let r4 = r2 * r2
    let b = p32.addingProduct(r2, p54)
    let h = t.addingProduct(e, SIMD8(repeating: ln2High))
    let p = b.addingProduct(r4, a)
    let s = h + reduced
    let rh = s - h
    let rl = reduced - rh
    let q = rl.addingProduct(r2, p)
    let l = tLow.addingProduct(e, SIMD8(repeating: ln2Low))
    var result = s + (q + l)
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
}
