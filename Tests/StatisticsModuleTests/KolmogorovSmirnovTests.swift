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
    var generator = SplitMix(state: 20_261_121)
    for trial in 0..<400 {
      // Few distinct values, so ties within and across samples are common.
      let a = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
        Double(Int.random(in: 0...5, using: &generator))
      }
      let b = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
        Double(Int.random(in: 0...5, using: &generator))
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

/// A seeded generator (SplitMix64), so a failing trial can be rerun.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
