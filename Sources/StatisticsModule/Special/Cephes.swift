import Foundation

/// Cephes' error function and normal quantile as SciPy computes them (its `xsf` library), so that `norm.cdf`,
/// `norm.ppf` and every z-test print SciPy's digits: the same rational approximations (Moshier's
/// coefficients), evaluated in the same order.
enum Cephes {
  static let sqrt2Pi = 2.506_628_274_631_000_502_415_765_284_811_045_253_007
  static let maxLog = 7.097_827_128_933_839_730_962_063_185_871e2

  /// Σ cᵢ xⁿ⁻ⁱ by Horner's rule, from the highest power down.
  @inline(__always)
  static func polevl(_ x: Double, _ c: [Double]) -> Double {
    var ans = c[0]
    for k in 1..<c.count { ans = ans * x + c[k] }
    return ans
  }

  /// The same with an implicit leading coefficient 1.
  @inline(__always)
  static func p1evl(_ x: Double, _ c: [Double]) -> Double {
    var ans = x + c[0]
    for k in 1..<c.count { ans = ans * x + c[k] }
    return ans
  }

  static let erfcP: [Double] = [
    2.46196981473530512524E-10, 5.64189564831068821977E-1, 7.46321056442269912687E0, 4.86371970985681366614E1,
    1.96520832956077098242E2, 5.26445194995477358631E2, 9.34528527171957607540E2, 1.02755188689515710272E3,
    5.57535335369399327526E2,
  ]
  static let erfcQ: [Double] = [
    1.32281951154744992508E1, 8.67072140885989742329E1, 3.54937778887819891062E2, 9.75708501743205489753E2,
    1.82390916687909736289E3, 2.24633760818710981792E3, 1.65666309194161350182E3, 5.57535340817727675546E2,
  ]
  static let erfcR: [Double] = [
    5.64189583547755073984E-1, 1.27536670759978104416E0, 5.01905042251180477414E0, 6.16021097993053585195E0,
    7.40974269950448939160E0, 2.97886665372100240670E0,
  ]
  static let erfcS: [Double] = [
    2.26052863220117276590E0, 9.39603524938001434673E0, 1.20489539808096656605E1, 1.70814450747565897222E1,
    9.60896809063285878198E0, 3.36907645100081516050E0,
  ]
  static let erfT: [Double] = [
    9.60497373987051638749E0, 9.00260197203842689217E1, 2.23200534594684319226E3, 7.00332514112805075473E3,
    5.55923013010394962768E4,
  ]
  static let erfU: [Double] = [
    3.35617141647503099647E1, 5.21357949780152679795E2, 4.59432382970980127987E3, 2.26290000613890934246E4,
    4.92673942608635921086E4,
  ]

  /// erfc(a): 1 − erf(a) below 1, exp(−a²)·P(|a|)/Q(|a|) above (two fits split at 8), reflected for a < 0.
  static func erfc(_ a: Double) -> Double {
    if a.isNaN { return .nan }
    let x = Swift.abs(a)
    if x < 1 { return 1 - erf(a) }
    let z = -a * a
    if z < -maxLog { return a < 0 ? 2 : 0 }
    let e = Foundation.exp(z)
    let (p, q) = x < 8 ? (polevl(x, erfcP), p1evl(x, erfcQ)) : (polevl(x, erfcR), p1evl(x, erfcS))
    var y = (e * p) / q
    if a < 0 { y = 2 - y }
    if y == 0 { return a < 0 ? 2 : 0 }
    return y
  }

  /// erf(x): x·T(x²)/U(x²) up to 1, 1 − erfc(x) beyond; odd.
  static func erf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x < 0 { return -erf(-x) }
    if x > 1 { return 1 - erfc(x) }
    let z = x * x
    return x * polevl(z, erfT) / p1evl(z, erfU)
  }

  static let ndtriP0: [Double] = [
    -5.99633501014107895267E1, 9.80010754185999661536E1, -5.66762857469070293439E1, 1.39312609387279679503E1,
    -1.23916583867381258016E0,
  ]
  static let ndtriQ0: [Double] = [
    1.95448858338141759834E0, 4.67627912898881538453E0, 8.63602421390890590575E1, -2.25462687854119370527E2,
    2.00260212380060660359E2, -8.20372256168333339912E1, 1.59056225126211695515E1, -1.18331621121330003142E0,
  ]
  static let ndtriP1: [Double] = [
    4.05544892305962419923E0, 3.15251094599893866154E1, 5.71628192246421288162E1, 4.40805073893200834700E1,
    1.46849561928858024014E1, 2.18663306850790267539E0, -1.40256079171354495875E-1, -3.50424626827848203418E-2,
    -8.57456785154685413611E-4,
  ]
  static let ndtriQ1: [Double] = [
    1.57799883256466749731E1, 4.53907635128879210584E1, 4.13172038254672030440E1, 1.50425385692907503408E1,
    2.50464946208309415979E0, -1.42182922854787788574E-1, -3.80806407691578277194E-2, -9.33259480895457427372E-4,
  ]
  static let ndtriP2: [Double] = [
    3.23774891776946035970E0, 6.91522889068984211695E0, 3.93881025292474443415E0, 1.33303460815807542389E0,
    2.01485389549179081538E-1, 1.23716634817820021358E-2, 3.01581553508235416007E-4, 2.65806974686737550832E-6,
    6.23974539184983293730E-9,
  ]
  static let ndtriQ2: [Double] = [
    6.02427039364742014255E0, 3.67983563856160859403E0, 1.37702099489081330271E0, 2.16236993594496635890E-1,
    1.34204006088543189037E-2, 3.28014464682127739104E-4, 2.89247864745380683936E-6, 6.79019408009981274425E-9,
  ]
}
