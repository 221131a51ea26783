import Foundation
import Testing

@testable import StatisticsModule

/// Every case of Fixtures/distributions.json (SciPy's values, written by Tests/fixtures/make_stats_fixtures.py),
/// within its stated tolerance: |got − expected| ≤ max(rtol·|expected|, 1e-300); NaN equals NaN, infinities match.
@Suite struct DistributionFixtureTests {
  struct Case: Sendable {
    let dist: String
    let shapes: [Double]
    let loc: Double
    let scale: Double
    let method: String
    let x: Double
    let expected: Double
    let rtol: Double
  }

  static func number(_ any: Any) -> Double {
    if let s = any as? String { return s == "nan" ? .nan : s == "inf" ? .infinity : -.infinity }
    return (any as! NSNumber).doubleValue
  }

  static var cases: [Case] {
    let url = Bundle.module.url(forResource: "Fixtures/distributions", withExtension: "json")!
    let document = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    return (document["cases"] as! [[String: Any]]).map { c in
      Case(
        dist: c["dist"] as! String, shapes: (c["shapes"] as! [Any]).map(number), loc: number(c["loc"]!),
        scale: number(c["scale"]!), method: c["method"] as! String, x: number(c["x"]!),
        expected: number(c["expected"]!), rtol: number(c["rtol"]!))
    }
  }

  static func evaluate(_ c: Case) -> Double? {
    switch (c.dist, c.method) {
    case ("kstwo", "cdf"): return Kolmogorov.twoSidedCDF(Int(c.shapes[0]), c.x)
    case ("kstwo", "sf"): return Kolmogorov.twoSidedSF(Int(c.shapes[0]), c.x)
    case ("ksone", "cdf"): return Kolmogorov.smirnov(Int(c.shapes[0]), c.x).cdf
    case ("ksone", "sf"): return Kolmogorov.smirnov(Int(c.shapes[0]), c.x).sf
    case ("kstwobign", "cdf"): return Kolmogorov.limit(c.x).cdf
    case ("kstwobign", "sf"): return Kolmogorov.limit(c.x).sf
    default: break
    }
    if let d = Families.continuous(c.dist, c.shapes) {
      return Located(d, loc: c.loc, scale: c.scale).value(c.method, c.x)
    }
    if let d = Families.discrete(c.dist, c.shapes) { return Shifted(d, loc: c.loc).value(c.method, c.x) }
    return nil
  }

  static func close(_ got: Double, _ expected: Double, _ rtol: Double) -> Bool {
    if got.isNaN || expected.isNaN { return got.isNaN && expected.isNaN }
    if got.isInfinite || expected.isInfinite { return got == expected }
    return Swift.abs(got - expected) <= Swift.max(rtol * Swift.abs(expected), 1e-300)
  }

  @Test func everyCaseMatchesSciPy() {
    let all = Self.cases
    var failures: [String] = []
    for c in all {
      guard let got = Self.evaluate(c) else {
        failures.append("\(c.dist)\(c.shapes).\(c.method): not evaluated")
        continue
      }
      if !Self.close(got, c.expected, c.rtol) {
        let rel = Swift.abs(got - c.expected) / Swift.abs(c.expected)
        failures.append(
          "\(c.dist)\(c.shapes) loc=\(c.loc) scale=\(c.scale) \(c.method)(\(c.x)) = \(got), SciPy \(c.expected) (rel \(rel))"
        )
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of \(all.count) differ:\n\(failures.joined(separator: "\n"))")
    #expect(all.count > 3000)
  }
}
