import TensorModule
import Testing

@testable import StatisticsModule

/// The merged two-sample statistic against SciPy's definition, written out directly: ecdfs by counting at
/// every pooled value in SciPy's order (the first sample sorted, then the second sorted), the first extreme reported.
@Suite struct KolmogorovSmirnovTests {
  static func definition(_ a: [Double], _ b: [Double], _ alternative: Alternative) -> (Double, Double, Double) {
    let pooled = a.sorted() + b.sorted()
    let gaps = pooled.map { v in
      Double(a.filter { $0 <= v }.count) / Double(a.count) - Double(b.filter { $0 <= v }.count) / Double(b.count)
    }
    let plusIndex = gaps.indices.max { gaps[$0] < gaps[$1] || (gaps[$0] == gaps[$1] && $0 > $1) }!
    let minusIndex = gaps.indices.min { gaps[$0] < gaps[$1] || (gaps[$0] == gaps[$1] && $0 < $1) }!
    let plus = gaps[plusIndex]
    let minus = Swift.min(Swift.max(-gaps[minusIndex], 0), 1)
    switch alternative {
    case .greater: return (plus, 1, pooled[plusIndex])
    case .less: return (minus, -1, pooled[minusIndex])
    case .twoSided: return minus > plus ? (minus, -1, pooled[minusIndex]) : (plus, 1, pooled[plusIndex])
    }
  }

  @Test func mergedStatisticEqualsTheDefinitionWithTies() {
    // NumPy's legacy generator, seeded, so a failing trial reruns.
    var random = RandomState(seed: 20_261_121)
    for trial in 0..<400 {
      // Few distinct values, so ties within and across samples are common.
      let a = (0..<random.integer(1, 13)).map { _ in
        Double(random.integer(0, 6))
      }
      let b = (0..<random.integer(1, 13)).map { _ in
        Double(random.integer(0, 6))
      }
      for alternative in [Alternative.twoSided, .less, .greater] {
        let s = KolmogorovSmirnov.statistic(a, b, alternative: alternative)
        let (d, sign, location) = Self.definition(a, b, alternative)
        #expect(
          s.d == d && s.sign == sign && s.location == location,
          "trial \(trial) \(alternative): \(a) vs \(b): got (\(s.d), \(s.sign), \(s.location)), want (\(d), \(sign), \(location))"
        )
      }
    }
  }
}
