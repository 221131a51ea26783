import Foundation

extension RandomGenerator {
  /// log(k!) as NumPy's `logfactorial`: its table below 126, Stirling's series to the 1/k³ term above.
  static let logFactorials: [Double] = [
    0, 0, 0.69314718055994529, 1.791759469228055,
    3.1780538303479458, 4.7874917427820458, 6.5792512120101012, 8.5251613610654147,
    10.604602902745251, 12.801827480081469, 15.104412573075516, 17.502307845873887,
    19.987214495661885, 22.552163853123425, 25.19122118273868, 27.89927138384089,
    30.671860106080672, 33.505073450136891, 36.395445208033053, 39.339884187199495,
    42.335616460753485, 45.380138898476908, 48.471181351835227, 51.606675567764377,
    54.784729398112319, 58.003605222980518, 61.261701761002001, 64.557538627006338,
    67.88974313718154, 71.257038967168015, 74.658236348830158, 78.092223553315307,
    81.557959456115043, 85.054467017581516, 88.580827542197682, 92.136175603687093,
    95.719694542143202, 99.330612454787428, 102.96819861451381, 106.63176026064346,
    110.32063971475739, 114.03421178146171, 117.77188139974507, 121.53308151543864,
    125.3172711493569, 129.12393363912722, 132.95257503561632, 136.80272263732635,
    140.67392364823425, 144.5657439463449, 148.47776695177302, 152.40959258449735,
    156.3608363030788, 160.3311282166309, 164.32011226319517, 168.32744544842765,
    172.35279713916279, 176.39584840699735, 180.45629141754378, 184.53382886144948,
    188.6281734236716, 192.7390472878449, 196.86618167289001, 201.00931639928152,
    205.1681994826412, 209.34258675253685, 213.53224149456327, 217.73693411395422,
    221.95644181913033, 226.1905483237276, 230.43904356577696, 234.70172344281826,
    238.97838956183432, 243.26884900298271, 247.57291409618688, 251.89040220972319,
    256.22113555000954, 260.56494097186322, 264.92164979855278, 269.29109765101981,
    273.67312428569369, 278.06757344036612, 282.4742926876304, 286.89313329542699,
    291.32395009427029, 295.76660135076065, 300.22094864701415, 304.68685676566872,
    309.1641935801469, 313.65282994987905, 318.1526396202093, 322.66349912672615,
    327.1852877037752, 331.71788719692847, 336.26118197919845, 340.81505887079902,
    345.37940706226686, 349.95411804077025, 354.53908551944079, 359.1342053695754,
    363.73937555556347, 368.35449607240474, 372.97946888568902, 377.61419787391867,
    382.25858877306001, 386.91254912321756, 391.57598821732961, 396.24881705179155,
    400.93094827891576, 405.6222961611449, 410.32277652693733, 415.03230672824964,
    419.75080559954472, 424.47819341825709, 429.21439186665157, 433.95932399501481,
    438.71291418612117, 443.47508812091894, 448.24577274538461, 453.02489623849613,
    457.81238798127816, 462.60817852687489, 467.4121995716082, 472.22438392698058,
    477.04466549258564, 481.87297922988796,
  ]

  static func logFactorial(_ k: Int) -> Double {
    if k < logFactorials.count { return logFactorials[k] }
    let x = Double(k)
    return (x + 0.5) * Foundation.log(x) - x + (0.918_938_533_204_672_8 + (1.0 / x) * (1 / 12.0 - 1 / (360.0 * x * x)))
  }

  /// NumPy's `random_interval`: a uniform integer in 0…max by masked rejection, from 32-bit draws when max fits.
  public mutating func interval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    var mask = max
    for shift in [1, 2, 4, 8, 16, 32] as [UInt64] { mask |= mask >> shift }
    if max <= 0xffff_ffff {
      while true {
        let value = UInt64(nextWord32()) & mask
        if value <= max { return value }
      }
    }
    while true {
      let value = nextWord64() & mask
      if value <= max { return value }
    }
  }

  /// `Generator.hypergeometric(ngood, nbad, nsample)`: NumPy's draw-by-draw sampling for small samples, else
  /// Stadlober's ratio-of-uniforms (HRUA) with NumPy's constants and bounds.
  public mutating func hypergeometric(good: Int, bad: Int, sample: Int) -> Int {
    if sample >= 10 && sample <= good + bad - 10 { return hypergeometricHRUA(good: good, bad: bad, sample: sample) }
    let total = good + bad
    var computed = sample > total / 2 ? total - sample : sample
    var remainingTotal = total
    var remainingGood = good
    while computed > 0 && remainingGood > 0 && remainingTotal > remainingGood {
      remainingTotal -= 1
      if Int(interval(UInt64(remainingTotal))) < remainingGood { remainingGood -= 1 }
      computed -= 1
    }
    if remainingTotal == remainingGood { remainingGood -= computed }
    return sample > total / 2 ? remainingGood : good - remainingGood
  }

  mutating func hypergeometricHRUA(good: Int, bad: Int, sample: Int) -> Int {
    let d1 = 1.715_527_769_921_413_5
    let d2 = 0.898_916_162_058_898_8
    let population = good + bad
    let computed = Swift.min(sample, population - sample)
    let minGoodBad = Swift.min(good, bad)
    let maxGoodBad = Swift.max(good, bad)
    let p = Double(minGoodBad) / Double(population)
    let q = Double(maxGoodBad) / Double(population)
    let mu = Double(computed) * p
    let a = mu + 0.5
    let variance = Double(population - computed) * Double(computed) * p * q / Double(population - 1)
    let c = (variance + 0.5).squareRoot()
    let h = d1 * c + d2
    let m = Int((Double(computed + 1) * Double(minGoodBad + 1) / Double(population + 2)).rounded(.down))
    let g =
      Self.logFactorial(m) + Self.logFactorial(minGoodBad - m) + Self.logFactorial(computed - m)
      + Self.logFactorial(maxGoodBad - computed + m)
    let b = Swift.min(Double(Swift.min(computed, minGoodBad) + 1), (a + 16 * c).rounded(.down))
    var k = 0
    while true {
      let u = random()
      let v = random()
      let x = a + h * (v - 0.5) / u
      if x < 0 || x >= b { continue }
      k = Int(x.rounded(.down))
      let gp =
        Self.logFactorial(k) + Self.logFactorial(minGoodBad - k) + Self.logFactorial(computed - k)
        + Self.logFactorial(maxGoodBad - computed + k)
      let t = g - gp
      if u * (4.0 - u) - 3.0 <= t { break }
      if u * (u - t) >= 1 { continue }
      if 2.0 * Foundation.log(u) <= t { break }
    }
    if good > bad { k = computed - k }
    if computed < sample { k = good - k }
    return k
  }
}

extension RandomGenerator {
  /// NumPy's `random_zipf`: rejection from a Pareto envelope, 1 for a ≥ 1025, draws past Int64.max rejected.
  public mutating func zipf(_ a: Double) -> Int {
    if a >= 1025 { return 1 }
    let am1 = a - 1.0
    let b = Foundation.pow(2.0, am1)
    let uMin = Foundation.pow(Double(Int64.max), -am1)
    while true {
      let u01 = random()
      let u = u01 * uMin + (1 - u01)
      let v = random()
      let x = Foundation.pow(u, -1.0 / am1).rounded(.down)
      if x > Double(Int64.max) || x < 1.0 { continue }
      let t = Foundation.pow(1.0 + 1.0 / x, am1)
      if v * x * (t - 1.0) / (b - 1.0) <= t / b { return Int(x) }
    }
  }

  /// NumPy's `random_logseries` (Kemp's second accelerated generator).
  public mutating func logSeries(_ p: Double) -> Int {
    let r = Foundation.log1p(-p)
    while true {
      let v = random()
      if v >= p { return 1 }
      let u = random()
      let q = -Foundation.expm1(r * u)
      if v <= q * q {
        let result = (1 + Foundation.log(v) / Foundation.log(q)).rounded(.down)
        if result < 1 || v == 0.0 || !(result < 9.2e18) { continue }
        return Int(result)
      }
      return v >= q ? 1 : 2
    }
  }

  /// NumPy's `random_vonmises` (Best and Fisher's rejection; uniform below κ = 1e-8, a wrapped normal past 1e6).
  public mutating func vonMises(_ mu: Double, _ kappa: Double) -> Double {
    if kappa.isNaN { return .nan }
    if kappa < 1e-8 { return Double.pi * (2 * random() - 1) }
    let s: Double
    if kappa < 1e-5 {
      s = 1.0 / kappa + kappa
    } else if kappa <= 1e6 {
      let r = 1 + (1 + 4 * kappa * kappa).squareRoot()
      let rho = (r - (2 * r).squareRoot()) / (2 * kappa)
      s = (1 + rho * rho) / (2 * rho)
    } else {
      var result = mu + (1.0 / kappa).squareRoot() * standardNormal()
      if result < -Double.pi { result += 2 * Double.pi }
      if result > Double.pi { result -= 2 * Double.pi }
      return result
    }
    var w = 0.0
    while true {
      let u = random()
      let z = Foundation.cos(Double.pi * u)
      w = (1 + s * z) / (s + z)
      let y = kappa * (s - w)
      let v = random()
      if y * (2 - y) - v >= 0 || Foundation.log(y / v) + 1 - y >= 0 { break }
    }
    let u = random()
    var result = Foundation.acos(w)
    if u < 0.5 { result = -result }
    result += mu
    let negative = result < 0
    var mod = Swift.abs(result)
    mod = Foundation.fmod(mod + Double.pi, 2 * Double.pi) - Double.pi
    return negative ? -mod : mod
  }
}

extension RandomGenerator {
  /// NumPy's `random_noncentral_chisquare`: a central χ² with one degree fewer plus a shifted normal's square
  /// when df > 1, else a Poisson mixture of central χ²s.
  public mutating func noncentralChisquare(_ df: Double, _ nonc: Double) -> Double {
    if nonc.isNaN { return .nan }
    if nonc == 0 { return 2.0 * standardGamma(df / 2.0) }
    if 1 < df {
      let chi2 = 2.0 * standardGamma((df - 1) / 2.0)
      let n = standardNormal() + nonc.squareRoot()
      return chi2 + n * n
    }
    let i = poisson(nonc / 2.0)
    return 2.0 * standardGamma((df + 2 * Double(i)) / 2.0)
  }

  /// NumPy's `random_noncentral_f`.
  public mutating func noncentralF(_ dfnum: Double, _ dfden: Double, _ nonc: Double) -> Double {
    let t = noncentralChisquare(dfnum, nonc) * dfden
    return t / (2.0 * standardGamma(dfden / 2.0) * dfnum)
  }
}

extension RandomGenerator {
  /// `Generator.multivariate_hypergeometric`: `variates` draws of `sample` items from urns of `colors`.
  ///
  /// The draws are flattened one after another. `marginals` draws each color's count in turn from the hypergeometric of the rest; `count`
  /// shuffles the first `sample` items of one list of all the items (kept shuffled from draw to draw, as NumPy's)
  /// and counts them. Past half the total, the items left behind are drawn instead.
  public mutating func multivariateHypergeometric(colors: [Int], sample: Int, variates: Int, counting: Bool) -> [Int] {
    let total = colors.reduce(0, +)
    var out = [Int](repeating: 0, count: variates * colors.count)
    if total == 0 || sample == 0 || variates == 0 { return out }
    let moreThanHalf = sample > total / 2
    let n = moreThanHalf ? total - sample : sample
    var choices: [Int] = []
    if counting {
      choices.reserveCapacity(total)
      for (i, c) in colors.enumerated() { choices += [Int](repeating: i, count: c) }
    }
    for v in 0..<variates {
      let base = v * colors.count
      if counting {
        for j in 0..<n {
          let k = j + Int(interval(UInt64(total - j - 1)))
          choices.swapAt(j, k)
        }
        for j in 0..<n { out[base + choices[j]] += 1 }
      } else {
        var left = n
        var remaining = total
        var j = 0
        while left > 0 && j + 1 < colors.count {
          remaining -= colors[j]
          let r = hypergeometric(good: colors[j], bad: remaining, sample: left)
          out[base + j] = r
          left -= r
          j += 1
        }
        if left > 0 { out[base + colors.count - 1] = left }
      }
      if moreThanHalf { for k in 0..<colors.count { out[base + k] = colors[k] - out[base + k] } }
    }
    return out
  }
}
