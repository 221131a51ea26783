import Foundation

/// The parts of Boost.Math that SciPy's incomplete beta needs, as SciPy builds them (double arithmetic,
/// `promote_double<false>`, GCC's second-order Horner evaluation): the Lanczos approximation `lanczos13m53`,
/// `tgamma`, `erfc`, and the regularised upper incomplete gamma function Q(a, x) for a ≤ 1.
///
/// Constants are written as `Float80` and rounded to `Double`, as the C++ sources' `long double` literals are.
enum Boost {
  static let epsilon = Double.ulpOfOne
  static let logMax = 709.0
  static let logMin = -708.0
  static let rootEpsilon = 1.4901161193847656e-08
  static let maxSeriesIterations = 1_000_000

  static func doubles(_ values: [Float80]) -> [Double] { values.map { Double($0) } }

  /// n! for n ≤ 170, each rounded once (Boost's `unchecked_factorial` table).
  static let factorials: [Double] = (0...170).map { Special.factorial($0) }

  static func factorial(_ n: Int) -> Double { n <= 170 ? factorials[n] : .infinity }

  /// Σ cₖ xᵏ (`c[0]` the constant term) as Boost's second-order Horner scheme (method 3) evaluates it:
  /// plain Horner below five terms, otherwise even and odd terms separately in x², the odd ones times x.
  static func polynomial(_ c: [Double], _ x: Double) -> Double {
    let n = c.count
    if n < 5 {
      var r = c[n - 1]
      for k in stride(from: n - 2, through: 0, by: -1) { r = r * x + c[k] }
      return r
    }
    let x2 = x * x
    var top = c[n - 1] * x2 + c[n - 3]
    var next = c[n - 2] * x2 + c[n - 4]
    var k = n - 5
    while k >= 1 {
      top = top * x2 + c[k]
      next = next * x2 + c[k - 1]
      k -= 2
    }
    if k == 0 {
      // An odd count: the top class holds the even powers.
      top = top * x2 + c[0]
      return top + next * x
    }
    return top * x + next
  }

  /// Σ aₖ xᵏ / Σ bₖ xᵏ for Lanczos' 13 coefficients as Boost's SSE2 `lanczos13m53` evaluates it on x86-64: the
  /// even and odd terms in x² side by side (numerator and denominator in the two lanes), the odd ones times x;
  /// past 4.31965e25, plain Horner in 1/x.
  static func lanczosRational(_ a: [Double], _ b: [Double], _ x: Double) -> Double {
    if x > 4.31965e+25 {
      let z = 1 / x
      var n = a[0]
      var d = b[0]
      for k in 1...12 {
        n = n * z + a[k]
        d = d * z + b[k]
      }
      return n / d
    }
    let x2 = x * x
    var evenN = a[12]
    var evenD = b[12]
    var oddN = a[11]
    var oddD = b[11]
    evenN *= x2
    evenD *= x2
    oddN *= x2
    oddD *= x2
    for k in stride(from: 10, through: 2, by: -2) {
      evenN += a[k]
      evenD += b[k]
      oddN += a[k - 1]
      oddD += b[k - 1]
      evenN *= x2
      evenD *= x2
      oddN *= k == 2 ? x : x2
      oddD *= k == 2 ? x : x2
    }
    evenN += a[0]
    evenD += b[0]
    return (evenN + oddN) / (evenD + oddD)
  }

  // MARK: Lanczos approximation (lanczos13m53)

  static let lanczosG = Lanczos.g

  static func lanczosSum(_ z: Double) -> Double { lanczosRational(Lanczos.numerator, Lanczos.denominator, z) }
  static func lanczosSumExpGScaled(_ z: Double) -> Double {
    lanczosRational(Lanczos.scaledNumerator, Lanczos.denominator, z)
  }

  // MARK: Gamma function

  /// Γ(z) for z > 0 (Boost's `gamma_imp` with the Lanczos approximation).
  static func tgamma(_ z: Double) -> Double {
    if z.rounded(.down) == z && z < 170 { return factorial(Int(z) - 1) }
    if z < rootEpsilon { return 1 / z - 0.577215664901532860606512090082402431 }
    var result = lanczosSum(z)
    let zgh = z + lanczosG - 0.5
    let lzgh = Foundation.log(zgh)
    if z * lzgh > logMax {
      if lzgh * z / 2 > logMax { return .infinity }
      let hp = Foundation.pow(zgh, (z / 2) - 0.25)
      result *= hp / Foundation.exp(zgh)
      if Double.greatestFiniteMagnitude / hp < result { return .infinity }
      return result * hp
    }
    return result * (Foundation.pow(zgh, z - 0.5) / Foundation.exp(zgh))
  }

  /// Γ(z) / Γ(z + δ) for z, z + δ > 0 (Boost's `tgamma_delta_ratio`).
  static func tgammaDeltaRatio(_ z0: Double, _ delta0: Double) -> Double {
    var z = z0
    var delta = delta0
    if delta.rounded(.down) == delta {
      if z.rounded(.down) == z && z <= 170 && z + delta <= 170 {
        return factorial(Int(z) - 1) / factorial(Int(z + delta) - 1)
      }
      if Swift.abs(delta) < 20 {
        if delta == 0 { return 1 }
        if delta < 0 {
          z -= 1
          var result = z
          delta += 1
          while delta != 0 {
            z -= 1
            result *= z
            delta += 1
          }
          return result
        }
        var result = 1 / z
        delta -= 1
        while delta != 0 {
          z += 1
          result /= z
          delta -= 1
        }
        return result
      }
    }
    if z < epsilon {
      if 170 < delta {
        var ratio = tgammaDeltaRatioFinal(delta, 170 - delta)
        ratio *= z
        ratio *= factorial(169)
        return 1 / ratio
      }
      return 1 / (z * tgamma(z + delta))
    }
    return tgammaDeltaRatioFinal(z, delta)
  }

  static func tgammaDeltaRatioFinal(_ z: Double, _ delta: Double) -> Double {
    let zgh = z + lanczosG - 0.5
    var result: Double
    if z + delta == z {
      result = Foundation.exp(-delta)
    } else {
      if Swift.abs(delta) < 10 {
        result = Foundation.exp((0.5 - z) * Foundation.log1p(delta / zgh))
      } else {
        result = Foundation.pow(zgh / (zgh + delta), z - 0.5)
      }
      result *= lanczosSum(z) / lanczosSum(z + delta)
    }
    result *= Foundation.pow(2.718281828459045 / (zgh + delta), delta)
    return result
  }

  /// log Γ(z) near 1 and 2 (Boost's `lgamma_small_imp`, its 64-bit coefficients in double).
  static func lgammaSmall(_ z0: Double, _ zm1In: Double, _ zm2In: Double) -> Double {
    var z = z0
    var zm1 = zm1In
    var zm2 = zm2In
    var result = 0.0
    if zm1 == 0 || zm2 == 0 { return 0 }
    if z > 2 {
      if z >= 3 {
        repeat {
          z -= 1
          zm2 -= 1
          result += Foundation.log(z)
        } while z >= 3
        zm2 = z - 2
      }
      let r = zm2 * (z + 1)
      let big = polynomial(lgammaP2, zm2) / polynomial(lgammaQ2, zm2)
      return result + (r * 0.158963680267333984375 + r * big)
    }
    if z < 1 {
      result += -Foundation.log(z)
      zm2 = zm1
      zm1 = z
      z += 1
    }
    if z <= 1.5 {
      let r = polynomial(lgammaP1, zm1) / polynomial(lgammaQ1, zm1)
      let prefix = zm1 * zm2
      return result + (prefix * 0.52815341949462890625 + prefix * r)
    }
    let r = zm2 * zm1
    let big = polynomial(lgammaP15, -zm2) / polynomial(lgammaQ15, -zm2)
    return result + (r * 0.452017307281494140625 + r * big)
  }

  static let lgammaP2 = doubles([
    -0.180355685678449379109e-1, 0.25126649619989678683e-1, 0.494103151567532234274e-1,
    0.172491608709613993966e-1, -0.259453563205438108893e-3, -0.541009869215204396339e-3,
    -0.324588649825948492091e-4,
  ])
  static let lgammaQ2 = doubles([
    0.1e1, 0.196202987197795200688e1, 0.148019669424231326694e1, 0.541391432071720958364e0,
    0.988504251128010129477e-1, 0.82130967464889339326e-2, 0.224936291922115757597e-3,
    -0.223352763208617092964e-6,
  ])
  static let lgammaP1 = doubles([
    0.490622454069039543534e-1, -0.969117530159521214579e-1, -0.414983358359495381969e0,
    -0.406567124211938417342e0, -0.158413586390692192217e0, -0.240149820648571559892e-1,
    -0.100346687696279557415e-2,
  ])
  static let lgammaQ1 = doubles([
    0.1e1, 0.302349829846463038743e1, 0.348739585360723852576e1, 0.191415588274426679201e1,
    0.507137738614363510846e0, 0.577039722690451849648e-1, 0.195768102601107189171e-2,
  ])
  static let lgammaP15 = doubles([
    -0.292329721830270012337e-1, 0.144216267757192309184e0, -0.142440390738631274135e0,
    0.542809694055053558157e-1, -0.850535976868336437746e-2, 0.431171342679297331241e-3,
  ])
  static let lgammaQ15 = doubles([
    0.1e1, -0.150169356054485044494e1, 0.846973248876495016101e0, -0.220095151814995745555e0,
    0.25582797155975869989e-1, -0.100666795539143372762e-2, -0.827193521891290553639e-6,
  ])

  /// Γ(1 + z) − 1 (Boost's `tgamma1pm1`).
  static func tgamma1pm1(_ dz: Double) -> Double {
    if dz < 0 {
      if dz < -0.5 { return tgamma(1 + dz) - 1 }
      return Foundation.expm1(-Foundation.log1p(dz) + lgammaSmall(dz + 2, dz + 1, dz))
    }
    if dz < 2 { return Foundation.expm1(lgammaSmall(dz + 1, dz, dz - 1)) }
    return tgamma(1 + dz) - 1
  }

  /// xʸ − 1 (Boost's `powm1` for x > 0).
  static func powm1(_ x: Double, _ y: Double) -> Double {
    if Swift.abs(y * (x - 1)) < 0.5 || Swift.abs(y) < 0.2 {
      let l = y * Foundation.log(x)
      if l < 0.5 { return Foundation.expm1(l) }
      if l > logMax { return .infinity }
    }
    return Foundation.pow(x, y) - 1
  }

  // MARK: Error function

  /// erfc(z) (Boost's `erf_imp` for 53-bit doubles).
  static func erfc(_ z: Double) -> Double { erf(z, invert: true) }

  static func erf(_ value: Double, invert start: Bool) -> Double {
    if value.isNaN { return .nan }
    var z = value
    var invert = start
    var multiplier = 1.0
    var adder = 0.0
    if z < 0 {
      z = -z
      if !invert {
        multiplier = -1
      } else if z > 0.5 {
        adder = 2
        multiplier = -1
      } else {
        invert = false
        adder = 1
      }
    }
    var result: Double
    if z < 0.5 {
      if z < 1e-10 {
        result = z == 0 ? 0 : z * 1.125 + z * Double(0.003379167095512573896158903121545171688 as Float80)
      } else {
        let zz = z * z
        result = z * (1.044948577880859375 + polynomial(erfP0, zz) / polynomial(erfQ0, zz))
      }
    } else if invert ? z < 28 : z < 5.93 {
      invert = !invert
      if z < 1.5 {
        result = 0.405935764312744140625 + polynomial(erfP1, z - 0.5) / polynomial(erfQ1, z - 0.5)
        result *= Foundation.exp(-z * z) / z
      } else {
        let r: Double
        if z < 2.5 {
          r = 0.50672817230224609375 + polynomial(erfP2, z - 1.5) / polynomial(erfQ2, z - 1.5)
        } else if z < 4.5 {
          r = 0.5405750274658203125 + polynomial(erfP3, z - 3.5) / polynomial(erfQ3, z - 3.5)
        } else {
          r = 0.5579090118408203125 + polynomial(erfP4, 1 / z) / polynomial(erfQ4, 1 / z)
        }
        // exp(−z²) with z² split exactly: z = hi + lo, hi holding 26 bits.
        let (m, e) = Foundation.frexp(z)
        let hi = Foundation.scalbn(Foundation.floor(Foundation.scalbn(m, 26)), e - 26)
        let lo = z - hi
        let sq = z * z
        let errSquare = ((hi * hi - sq) + 2 * hi * lo) + lo * lo
        result = r * (Foundation.exp(-sq) * Foundation.exp(-errSquare) / z)
      }
    } else {
      result = 0
      invert = !invert
    }
    if invert {
      adder += multiplier
      multiplier = -multiplier
    }
    return adder + multiplier * result
  }

  static let erfP0 = doubles([
    0.0834305892146531832907, -0.338165134459360935041, -0.0509990735146777432841, -0.00772758345802133288487,
    -0.000322780120964605683831,
  ])
  static let erfQ0 = doubles([
    1.0, 0.455004033050794024546, 0.0875222600142252549554, 0.00858571925074406212772,
    0.000370900071787748000569,
  ])
  static let erfP1 = doubles([
    -0.098090592216281240205, 0.178114665841120341155, 0.191003695796775433986, 0.0888900368967884466578,
    0.0195049001251218801359, 0.00180424538297014223957,
  ])
  static let erfQ1 = doubles([
    1.0, 1.84759070983002217845, 1.42628004845511324508, 0.578052804889902404909, 0.12385097467900864233,
    0.0113385233577001411017, 0.337511472483094676155e-5,
  ])
  static let erfP2 = doubles([
    -0.0243500476207698441272, 0.0386540375035707201728, 0.04394818964209516296, 0.0175679436311802092299,
    0.00323962406290842133584, 0.000235839115596880717416,
  ])
  static let erfQ2 = doubles([
    1.0, 1.53991494948552447182, 0.982403709157920235114, 0.325732924782444448493, 0.0563921837420478160373,
    0.00410369723978904575884,
  ])
  static let erfP3 = doubles([
    0.00295276716530971662634, 0.0137384425896355332126, 0.00840807615555585383007, 0.00212825620914618649141,
    0.000250269961544794627958, 0.113212406648847561139e-4,
  ])
  static let erfQ3 = doubles([
    1.0, 1.04217814166938418171, 0.442597659481563127003, 0.0958492726301061423444, 0.0105982906484876531489,
    0.000479411269521714493907,
  ])
  static let erfP4 = doubles([
    0.00628057170626964891937, 0.0175389834052493308818, -0.212652252872804219852, -0.687717681153649930619,
    -2.5518551727311523996, -3.22729451764143718517, -2.8175401114513378771,
  ])
  static let erfQ4 = doubles([
    1.0, 2.79257750980575282228, 11.0567237927800161565, 15.930646027911794143, 22.9367376522880577224,
    13.5064170191802889145, 5.48409182238641741584,
  ])

  // MARK: Incomplete gamma function

  /// xᵃ e⁻ˣ / Γ(a) (Boost's `regularised_gamma_prefix` with the Lanczos approximation).
  static func regularisedGammaPrefix(_ a: Double, _ z: Double) -> Double {
    if z >= Double.greatestFiniteMagnitude || (a > 0 && z == 0) { return 0 }
    let agh = a + lanczosG - 0.5
    let d = ((z - a) - lanczosG + 0.5) / agh
    var prefix: Double
    if a < 1 {
      if z <= logMin || a < 1 / Double.greatestFiniteMagnitude {
        return Foundation.exp(a * Foundation.log(z) - z - Foundation.lgamma(a))
      }
      return Foundation.pow(z, a) * Foundation.exp(-z) / tgamma(a)
    } else if Swift.abs(d * d * a) <= 100 && a > 150 {
      prefix = a * log1pmx(d) + z * (0.5 - lanczosG) / agh
      prefix = Foundation.exp(prefix)
    } else {
      let alz = a * Foundation.log(z / agh)
      let amz = a - z
      if Swift.min(alz, amz) <= logMin || Swift.max(alz, amz) >= logMax {
        let amza = amz / a
        if Swift.min(alz, amz) / 2 > logMin && Swift.max(alz, amz) / 2 < logMax {
          let sq = Foundation.pow(z / agh, a / 2) * Foundation.exp(amz / 2)
          prefix = sq * sq
        } else if Swift.min(alz, amz) / 4 > logMin && Swift.max(alz, amz) / 4 < logMax && z > a {
          let sq = Foundation.pow(z / agh, a / 4) * Foundation.exp(amz / 4)
          prefix = sq * sq
          prefix *= prefix
        } else if amza > logMin && amza < logMax {
          prefix = Foundation.pow((z * Foundation.exp(amza)) / agh, a)
        } else {
          prefix = Foundation.exp(alz + amz)
        }
      } else {
        prefix = Foundation.pow(z / agh, a) * Foundation.exp(amz)
      }
    }
    prefix *= (agh / 2.718281828459045).squareRoot() / lanczosSumExpGScaled(a)
    return prefix
  }

  /// log(1 + x) − x (Boost's `log1pmx`: the logarithm away from 0, the series x²/2 − x³/3 + … near it).
  static func log1pmx(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if a > 0.95 { return Foundation.log(1 + x) - x }
    if a < epsilon { return -x * x / 2 }
    var product = x
    var k = 1.0
    return sumSeries(0) {
      product *= -x
      k += 1
      return product / k
    }
  }

  /// Σ terms from `next()` added to `initial` until a term is below ε times the sum (Boost's `sum_series`).
  @inline(__always)
  static func sumSeries(_ initial: Double, limit: Int = maxSeriesIterations, _ next: () -> Double) -> Double {
    var result = initial
    var counter = limit
    var term: Double
    repeat {
      term = next()
      result += term
      counter -= 1
    } while Swift.abs(epsilon * result) < Swift.abs(term) && counter > 0
    return result
  }

  /// Q(a, x), the regularised upper incomplete gamma function (Boost's `gamma_q`), for 0 < a ≤ 1 — all the
  /// incomplete beta function asks of it.
  static func gammaQ(_ a: Double, _ x: Double) -> Double {
    if x == 0 { return 1 }
    var invert = true
    let isSmall = a < 30 && a <= x + 1 && x < logMax
    let isInteger = isSmall && a.rounded(.down) == a
    let isHalfInteger = isSmall && !isInteger && Swift.abs(a.rounded(.down) - a) == 0.5
    enum Method { case finite, finiteHalf, lowerSeries, smallUpper, fraction, tinyX, largeX }
    let method: Method
    if isInteger && x > 0.6 {
      invert.toggle()
      method = .finite
    } else if isHalfInteger && x > 0.2 {
      invert.toggle()
      method = .finiteHalf
    } else if x < rootEpsilon && a > 1 {
      method = .tinyX
    } else if x > 1000 && (a < x || Swift.abs(a - 50) / x < 1) {
      invert.toggle()
      method = .largeX
    } else if x < 0.5 {
      method = -0.4 / Foundation.log(x) < a ? .lowerSeries : .smallUpper
    } else if x < 1.1 {
      method = x * 0.75 < a ? .lowerSeries : .smallUpper
    } else if x - (1 / (3 * x)) < a {
      method = .lowerSeries
    } else {
      invert.toggle()
      method = .fraction
    }
    var result: Double
    switch method {
    case .finite:
      let e = Foundation.exp(-x)
      result = e
      if result != 0 {
        var term = result
        var n = 1.0
        while n < a {
          term /= n
          term *= x
          result += term
          n += 1
        }
      }
    case .finiteHalf:
      result = erfc(x.squareRoot())
      if result != 0 && a > 1 {
        var term = Foundation.exp(-x) / (Double.pi * x).squareRoot()
        term *= x
        term /= 0.5
        var sum = term
        var n = 2.0
        while n < a {
          term /= n - 0.5
          term *= x
          sum += term
          n += 1
        }
        result += sum
      }
    case .lowerSeries:
      result = regularisedGammaPrefix(a, x)
      if result != 0 {
        // Q = 1 − P, summed from −1/prefix·a so the subtraction happens inside the series.
        var initial = 0.0
        var optimised = false
        if invert {
          initial = 1 / result
          initial *= -a
          optimised = true
        }
        var ap = a
        var term = 1.0
        let sum = sumSeries(initial) {
          let r = term
          ap += 1
          term *= x / ap
          return r
        }
        result *= sum / a
        if optimised {
          invert = false
          result = -result
        }
      }
    case .smallUpper:
      invert.toggle()
      var g = 0.0
      result = smallUpperPart(a, x, gamma: &g, invert: invert)
      invert = false
      result /= g
    case .fraction:
      result = regularisedGammaPrefix(a, x)
      if result != 0 { result *= upperGammaFraction(a, x) }
    case .tinyX:
      result = Foundation.pow(x, a) / tgamma(a + 1)
      result *= 1 - a * x / (a + 1)
    case .largeX:
      result = regularisedGammaPrefix(a, x)
      result /= x
      if result != 0 {
        var poch = a - 1
        var term = 1.0
        result *= sumSeries(0) {
          let r = term
          term *= poch / x
          poch -= 1
          return r
        }
      }
    }
    if result > 1 { result = 1 }
    return invert ? 1 - result : result
  }

  /// Γ(a, x) for small a by Boost's `tgamma_small_upper_part`; `gamma` receives Γ(a).
  static func smallUpperPart(_ a: Double, _ x: Double, gamma: inout Double, invert: Bool) -> Double {
    var result = tgamma1pm1(a)
    gamma = (result + 1) / a
    var p = powm1(x, a)
    result -= p
    result /= a
    var term = -x
    var apn = a + 1
    var n = 1.0
    p += 1
    let initial = invert ? gamma : 0
    let sum = sumSeries((initial - result) / p, limit: maxSeriesIterations - 10) {
      let r = term / apn
      term *= -x
      n += 1
      term /= n
      apn += 1
      return r
    }
    result = -p * sum
    return invert ? -result : result
  }

  /// Boost's `upper_gamma_fraction`: 1 / (x − a + 1 + the continued fraction), by modified Lentz.
  static func upperGammaFraction(_ a: Double, _ x: Double) -> Double {
    var z = x - a + 1
    var k = 0.0
    let next = { () -> (Double, Double) in
      k += 1
      z += 2
      return (k * (a - k), z)
    }
    return 1 / (x - a + 1 + continuedFractionA(next))
  }

  static let tiny = 16 * Double.leastNormalMagnitude

  /// a₁/(b₁ + a₂/(b₂ + …)) from the pairs `next` gives (Boost's `continued_fraction_a`).
  static func continuedFractionA(_ next: () -> (Double, Double)) -> Double {
    let (first, value) = lentz(next)
    return first.0 / value
  }

  /// b₀ + a₁/(b₁ + a₂/(b₂ + …)) from the pairs `next` gives, the first pair's b being b₀ (Boost's
  /// `continued_fraction_b`).
  static func continuedFractionB(_ next: () -> (Double, Double)) -> Double { lentz(next).value }

  /// The modified Lentz evaluation both continued fractions share: from the first pair's b, to relative ε; the
  /// first pair is returned for `continued_fraction_a`'s leading a.
  static func lentz(_ next: () -> (Double, Double)) -> (first: (Double, Double), value: Double) {
    let first = next()
    var f = first.1
    if f == 0 { f = tiny }
    var c = f
    var d = 0.0
    var counter = maxSeriesIterations
    var delta: Double
    repeat {
      let v = next()
      d = v.1 + v.0 * d
      if d == 0 { d = tiny }
      c = v.1 + v.0 / c
      if c == 0 { c = tiny }
      d = 1 / d
      delta = c * d
      f *= delta
      counter -= 1
    } while Swift.abs(delta - 1) > epsilon && counter > 0
    return (first, f)
  }
}
