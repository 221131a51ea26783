import Foundation
internal import _Builtin_intrinsics.intel.cpuid

/// What this processor offers beyond baseline x86-64, read once by `cpuid`, for the kernels that have a
/// vector path (the `VectorKernels` module) next to their portable one.
public enum ProcessorFeatures {
  /// AVX2 and POPCNT, with the AVX registers saved by the operating system (OSXSAVE; cpuid alone: the
  /// XGETBV intrinsic is a C macro Swift cannot call, and Linux enables the AVX state whenever it
  /// enables XSAVE on a processor with AVX).
  ///
  /// `TESSEL_DISABLE_CPU_FEATURES=AVX2` turns it off (as NumPy's `NPY_DISABLE_CPU_FEATURES` does), so the
  /// tests can run the portable path on any machine.
  public static let avx2: Bool = {
    if disabled("AVX2") { return false }
    var (a, b, c, d): (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    guard __get_cpuid(1, &a, &b, &c, &d) != 0 else { return false }
    let popcnt = c & (1 << 23) != 0
    let osxsave = c & (1 << 27) != 0
    let avx = c & (1 << 28) != 0
    guard popcnt && osxsave && avx, __get_cpuid_count(7, 0, &a, &b, &c, &d) != 0 else { return false }
    return b & (1 << 5) != 0
  }()

  /// FMA3, which NumPy's AVX2 build of some functions (`tanh`) also requires; off with AVX2.
  public static let fma: Bool = {
    if disabled("AVX2") { return false }
    var (a, b, c, d): (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    guard __get_cpuid(1, &a, &b, &c, &d) != 0 else { return false }
    return c & (1 << 12) != 0
  }()

  /// AVX-512 F, CD, BW, DQ and VL (the set NumPy's `X86_V4` build needs), on top of `avx2`.
  ///
  /// Tessel has no
  /// AVX-512 kernels; it reads this to know which of NumPy's builds a NumPy on this machine would run, where
  /// their results differ (which elements `np.partition` leaves sorted). `TESSEL_DISABLE_CPU_FEATURES=AVX512`
  /// turns it off.
  public static let avx512: Bool = {
    if !avx2 || disabled("AVX512") { return false }
    var (a, b, c, d): (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    guard __get_cpuid_count(7, 0, &a, &b, &c, &d) != 0 else { return false }
    let needed: UInt32 = 1 << 16 | 1 << 17 | 1 << 28 | 1 << 30 | 1 << 31
    return b & needed == needed
  }()

  private static func disabled(_ feature: String) -> Bool {
    let names = ProcessInfo.processInfo.environment["TESSEL_DISABLE_CPU_FEATURES"] ?? ""
    return names.split(whereSeparator: { $0 == "," || $0 == " " }).contains { $0.uppercased() == feature }
  }
}
