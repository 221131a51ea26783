import BigInt

/// Exact rational arithmetic's last step: a quotient of big integers rounded once to the nearest double.
public enum ExactRatio {
  /// x / y correctly rounded (as CPython's `long_true_divide`): a quotient of 55–56 bits plus a sticky bit for any
  /// remainder, which the conversion rounds to 53 bits exactly once.
  public static func quotient(_ x: BigInt, _ y: BigInt) -> Double {
    let negative = (x.sign == .minus) != (y.sign == .minus)
    let a = x.magnitude
    let b = y.magnitude
    if a == 0 { return negative ? -0.0 : 0.0 }
    let shift = a.bitWidth - b.bitWidth - 55
    let (q, r) =
      shift >= 0 ? a.quotientAndRemainder(dividingBy: b << shift) : (a << -shift).quotientAndRemainder(dividingBy: b)
    var bits = UInt64(q)
    if r != 0 { bits |= 1 }
    return Double(sign: negative ? .minus : .plus, exponent: shift, significand: Double(bits))
  }
}
