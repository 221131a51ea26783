import Foundation
import StatisticsModule
import TensorModule

/// SciPy's resampling tests over a user's statistic: `permutation_test` (two independent samples).
enum ResamplingBuiltins {
  /// The samples of a `data` tuple, each 1-d and non-empty.
  static func samples(_ c: BuiltinCall) throws(TesselError) -> [[Double]] {
    guard let items = Operators.elements(of: c.value("data")), !items.isEmpty else {
      throw c.bad("data", expected: "a tuple of samples, e.g. (x, y)")
    }
    var out: [[Double]] = []
    for item in items {
      guard let t = TensorValues.operand(item), t.ndim == 1, t.count > 0 else {
        throw c.bad("data", expected: "non-empty 1-d samples", kind: "ValueError")
      }
      out.append(t.data)
    }
    return out
  }

  /// The user's statistic of some samples, which must be a number.
  static func evaluate(_ statistic: Value, _ samples: [[Double]], _ c: BuiltinCall) throws(TesselError) -> Double {
    let value = try c.runtime.call(statistic, samples.map { .tensor(Tensor($0)) }, at: c.range)
    guard let d = value.numeric else {
      throw TesselError.type(
        "\(c.builtin.name): the statistic must return a number, got \(value.typeName)", at: c.range)
    }
    return d
  }

  /// The next k-combination of 0..<n in lexicographic order (itertools.combinations), false after the last.
  static func advance(_ combination: inout [Int], _ n: Int) -> Bool {
    let k = combination.count
    var i = k - 1
    while i >= 0 && combination[i] == n - k + i { i -= 1 }
    if i < 0 { return false }
    combination[i] += 1
    for j in (i + 1)..<k { combination[j] = combination[j - 1] + 1 }
    return true
  }

  /// C(n, k) as a double (exact while it fits).
  static func binomial(_ n: Int, _ k: Int) -> Double {
    var r = 1.0
    for i in 0..<Swift.min(k, n - k) { r = r * Double(n - i) / Double(i + 1) }
    return r.rounded()
  }

  static let all: [Builtin] = [
    Builtin(
      "permutation_test",
      [
        Parameter("data"), Parameter("statistic"), Parameter("permutation_type", .optional(.string("independent"))),
        Parameter("n_resamples", .optional(.number(9999))), Parameter("alternative", .optional(.string("two-sided"))),
      ],
      "A permutation test of H₀: the samples are exchangeable, for any statistic of them (SciPy's).",
      details:
        "Exact when every split of the pooled values into the samples' sizes fits in n_resamples (p = count/N); otherwise randomised, p = (count + 1)/(B + 1). Two-sided p = 2·min(p_less, p_greater).\nExample: permutation_test((x, y), lambda a, b: mean(a) - mean(b))"
    ) { c throws(TesselError) in
      let data = try samples(c)
      let statistic = c.value("statistic")
      let type = try c.string("permutation_type")
      guard type == "independent" else {
        throw TesselError(
          "NotImplementedError", "permutation_test: permutation_type='\(type)' is not in Tessel yet ('independent' is)",
          at: c.range)
      }
      guard data.count == 2 else {
        throw TesselError(
          "NotImplementedError", "permutation_test: Tessel permutes two samples; got \(data.count)", at: c.range)
      }
      let resamples = try c.integer("n_resamples")
      guard resamples > 0 else { throw c.bad("n_resamples", expected: "a positive count", kind: "ValueError") }
      let name = try c.string("alternative")
      guard let alternative = Alternative(rawValue: name) else {
        throw c.bad("alternative", expected: "'two-sided', 'less' or 'greater'", got: "'\(name)'", kind: "ValueError")
      }
      let observed = try evaluate(statistic, data, c)
      let pooled = data[0] + data[1]
      let (n, k) = (pooled.count, data[0].count)
      var null: [Double] = []
      let exact = binomial(n, k) <= Double(resamples)
      if exact {
        var combination = Array(0..<k)
        repeat {
          let chosen = Set(combination)
          let first = combination.map { pooled[$0] }
          let second = (0..<n).filter { !chosen.contains($0) }.map { pooled[$0] }
          null.append(try evaluate(statistic, [first, second], c))
          try c.runtime.tick(c.range)
        } while advance(&combination, n)
      } else {
        for _ in 0..<resamples {
          var order = Array(0..<n)
          for (i, j) in c.runtime.random.shuffleOrder(n) { order.swapAt(i, j) }
          let first = order.prefix(k).map { pooled[$0] }
          let second = order.dropFirst(k).map { pooled[$0] }
          null.append(try evaluate(statistic, [first, second], c))
          try c.runtime.tick(c.range)
        }
      }
      // SciPy's slack: null values within 100·eps·|observed| of it count as equal.
      let gamma = Swift.abs(100 * Double.ulpOfOne * observed)
      let adjustment = exact ? 0.0 : 1.0
      let total = Double(null.count) + adjustment
      let less = (Double(null.filter { $0 <= observed + gamma }.count) + adjustment) / total
      let greater = (Double(null.filter { $0 >= observed - gamma }.count) + adjustment) / total
      let p =
        switch alternative {
        case .less: less
        case .greater: greater
        case .twoSided: Swift.min(2 * Swift.min(less, greater), 1)
        }
      let reading = Reading.test(
        p, null: "the samples are exchangeable",
        detail:
          "statistic = \(Reading.number(observed)), \(exact ? "all \(null.count) splits" : "\(null.count) random splits"), \(alternative.rawValue)"
      )
      return .record(
        Record(
          "PermutationTestResult",
          ["statistic": .number(observed), "pvalue": .number(p), "null_distribution": .tensor(Tensor(null))]
        ).described(reading))
    }
  ]
}
