import Foundation

/// ψ (digamma), Hurwitz ζ, and the beta function as SciPy's `xsf` computes them (Cephes, with Boost's rational
/// approximation of ψ on [1, 2] and a ζ series around ψ's negative root).
extension Cephes {
  static let psiA = [
    8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3, -4.16666666666666666667E-3,
    3.96825396825396825397E-3, -8.33333333333333333333E-3, 8.33333333333333333333E-2,
  ]
  static let psiP = [
    -0.0020713321167745952, -0.045251321448739056, -0.28919126444774784, -0.65031853770896507, -0.32555031186804491,
    0.25479851061131551,
  ]
  static let psiQ = [
    -0.55789841321675513e-6, 0.0021284987017821144, 0.054151797245674225, 0.43593529692665969, 1.4606242909763515,
    2.0767117023730469, 1.0,
  ]
  /// (2k)!/B₂ₖ, the Euler–Maclaurin coefficients of ζ.
  static let zetaA = [
    12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
    -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15, 1.8152105401943546773e17,
    -7.1661652561756670113e18,
  ]

  /// ψ(x) on [1, 2]: (x − root)·(Y + R(x − 1)), the root split in three parts.
  static func psiOneTwo(_ x: Double) -> Double {
    let y = Double(Float(0.99558162689208984))
    var g = x - 1569415565.0 / 1073741824.0
    g -= (381566830.0 / 1073741824.0) / 1073741824.0
    g -= 0.9016312093258695918615325266959189453125e-19
    let r = polevl(x - 1.0, psiP) / polevl(x - 1.0, psiQ)
    return g * y + g * r
  }

  /// Cephes `psi`: reflection for x < 0, harmonic sums at small integers, recurrence into [1, 2], else the
  /// asymptotic series.
  static func psi(_ value: Double) -> Double {
    var x = value
    var y = 0.0
    if x.isNaN || x == .infinity { return x }
    if x == -.infinity { return .nan }
    if x == 0 { return Double(signOf: -x, magnitudeOf: .infinity) }
    if x < 0 {
      let r = x - x.rounded(.towardZero)
      if r == 0 { return .nan }
      y = -Double.pi / Foundation.tan(Double.pi * r)
      x = 1.0 - x
    }
    if x <= 10.0 && x == Foundation.floor(x) {
      let n = Int(x)
      if n > 1 { for i in 1..<n { y += 1.0 / Double(i) } }
      y -= euler
      return y
    }
    if x < 1.0 {
      y -= 1.0 / x
      x += 1.0
    } else if x < 10.0 {
      while x > 2.0 {
        x -= 1.0
        y += 1.0 / x
      }
    }
    if 1.0 <= x && x <= 2.0 { return y + psiOneTwo(x) }
    var series = 0.0
    if x < 1.0e17 {
      let z = 1.0 / (x * x)
      series = z * polevl(z, psiA)
    }
    return y + (Foundation.log(x) - (0.5 / x) - series)
  }

  /// SciPy's `digamma`: ψ, with a ζ series within 0.3 of ψ's negative root (where ψ loses relative accuracy).
  static func digamma(_ z: Double) -> Double {
    let root = -0.504083008264455409
    guard Swift.abs(z - root) < 0.3 else { return psi(z) }
    var result = 7.2897639029768949e-17
    var coefficient = -1.0
    let t = z - root
    for n in 1..<100 {
      coefficient *= -t
      let term = coefficient * hurwitzZeta(Double(n + 1), root)
      result += term
      if Swift.abs(term) < Double.ulpOfOne * Swift.abs(result) { break }
    }
    return result
  }

  /// Hurwitz ζ(x, q) by Euler–Maclaurin summation (Cephes `zeta`).
  static func hurwitzZeta(_ x: Double, _ q: Double) -> Double {
    if x == 1 { return .infinity }
    if x < 1 { return .nan }
    if q <= 0 {
      if q == Foundation.floor(q) { return .infinity }
      if x != Foundation.floor(x) { return .nan }
    }
    if q > 1e8 { return (1 / (x - 1) + 1 / (2 * q)) * Foundation.pow(q, 1 - x) }
    var s = Foundation.pow(q, -x)
    var a = q
    var i = 0
    var b = 0.0
    while i < 9 || a <= 9.0 {
      i += 1
      a += 1.0
      b = Foundation.pow(a, -x)
      s += b
      if Swift.abs(b / s) < machineEpsilon { return s }
    }
    let w = a
    s += b * w / (x - 1.0)
    s -= 0.5 * b
    a = 1.0
    var k = 0.0
    for c in zetaA {
      a *= x + k
      b /= w
      let t = a * b / c
      s = s + t
      if Swift.abs(t / s) < machineEpsilon { return s }
      k += 1.0
      a *= x + k
      b /= w
      k += 1.0
    }
    return s
  }

  /// log|B(a, b)| for a ≫ b (Cephes `lbeta_asymp`), with the sign of Γ(b).
  static func logBetaAsymptotic(_ a: Double, _ b: Double) -> (Double, Double) {
    let (lg, sign) = logGamma(b)
    var r = lg
    r -= b * Foundation.log(a)
    r += b * (1 - b) / (2 * a)
    r += b * (1 - b) * (1 - 2 * b) / (12 * a * a)
    r += -b * b * (1 - b) * (1 - b) / (12 * a * a * a)
    return (r, sign)
  }

  /// B(a, b) (`log: false`, SciPy's `beta`) or log|B(a, b)| (`log: true`, `betaln`), as Cephes computes each.
  static func beta(_ first: Double, _ second: Double, log: Bool) -> Double {
    var a = first
    var b = second
    // A non-positive integer argument: a finite value only when the other is an integer that keeps 1 − a − b > 0.
    for (n, other) in [(a, b), (b, a)] where n <= 0 && n == Foundation.floor(n) {
      // C's `(int)` checks: past Int32 the argument counts as not an integer.
      guard let k = Int32(exactly: n), let m = Int32(exactly: other), 1 - Double(k) - other > 0 else {
        return .infinity
      }
      let value = beta(1 - Double(k) - other, other, log: log)
      return log ? value : (m % 2 == 0 ? value : -value)
    }
    if Swift.abs(a) < Swift.abs(b) { (a, b) = (b, a) }
    if Swift.abs(a) > 1e6 * Swift.abs(b) && a > 1e6 {
      let (y, sign) = logBetaAsymptotic(a, b)
      return log ? y : sign * Foundation.exp(y)
    }
    var y = a + b
    if Swift.abs(y) > maxGamma || Swift.abs(a) > maxGamma || Swift.abs(b) > maxGamma {
      var sign = 1.0
      var part = logGamma(y)
      sign *= part.sign
      y = part.value
      part = logGamma(b)
      sign *= part.sign
      y = part.value - y
      part = logGamma(a)
      sign *= part.sign
      y = part.value + y
      if log { return y }
      if y > maxLog { return sign * .infinity }
      return sign * Foundation.exp(y)
    }
    y = reciprocalGamma(y)
    let ga = gamma(a)
    let gb = gamma(b)
    if y.isInfinite { return .infinity }
    if Swift.abs(Swift.abs(ga * y) - 1.0) > Swift.abs(Swift.abs(gb * y) - 1.0) {
      y = gb * y
      y *= ga
    } else {
      y = ga * y
      y *= gb
    }
    return log ? Foundation.log(Swift.abs(y)) : y
  }
}
