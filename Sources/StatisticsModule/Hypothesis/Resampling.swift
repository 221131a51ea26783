import Foundation
import TensorModule

/// SciPy's resampling methods over a caller's statistic: the permutation test's p-value from its null distribution
/// (`PermutationNull` makes the resamples), and `bootstrap`'s percentile, basic and BCa intervals.
///
/// Both engines call these with their own random source and their own way of calling the statistic.
public enum Resampling {
  /// SciPy's `permutation_test` p-value: null values within 100·eps·|observed| of it count as equal; random
  /// resamples add one to both counts.
  public static func permutationPValue(observed: Double, null: [Double], exact: Bool, alternative: Alternative)
    -> Double
  {
    let gamma = Swift.abs(100 * Double.ulpOfOne * observed)
    let adjustment = exact ? 0.0 : 1.0
    let total = Double(null.count) + adjustment
    let less = (Double(null.filter { $0 <= observed + gamma }.count) + adjustment) / total
    let greater = (Double(null.filter { $0 >= observed - gamma }.count) + adjustment) / total
    switch alternative {
    case .less: return less
    case .greater: return greater
    case .twoSided: return Swift.min(2 * Swift.min(less, greater), 1)
    }
  }

  public struct Bootstrap: Sendable {
    public var low: Double
    public var high: Double
    public var observed: Double
    public var distribution: [Double]
    public var standardError: Double
  }

  /// SciPy's `bootstrap`: `resamples` draws of each sample with replacement (`draw(n)` an index below n; one draw
  /// of indices for all samples when `paired`), the statistic of each, and the interval by `method`.
  public static func bootstrap<E: Error>(
    _ data: [[Double]], resamples: Int, level: Double, alternative: Alternative, method: String, paired: Bool,
    draw: (Int) -> Int, tick: () throws(E) -> Void, statistic: ([[Double]]) throws(E) -> Double
  ) throws(E) -> Bootstrap {
    // SciPy draws every resample's indices of one sample before the next sample's (one n_resamples × n block
    // each); paired samples share one block of observation indices.
    let blocks: [[Int]] =
      paired
      ? [(0..<(resamples * data[0].count)).map { _ in draw(data[0].count) }]
      : data.map { d in (0..<(resamples * d.count)).map { _ in draw(d.count) } }
    var distribution: [Double] = []
    distribution.reserveCapacity(resamples)
    for r in 0..<resamples {
      var drawn: [[Double]] = []
      if paired {
        let n = data[0].count
        let indices = blocks[0][(r * n)..<((r + 1) * n)]
        drawn = data.map { d in indices.map { d[$0] } }
      } else {
        for (k, d) in data.enumerated() {
          drawn.append(blocks[k][(r * d.count)..<((r + 1) * d.count)].map { d[$0] })
        }
      }
      distribution.append(try statistic(drawn))
      try tick()
    }
    let observed = try statistic(data)
    // One-sided intervals put all of 1 − level on one side.
    let alpha = alternative == .twoSided ? (1 - level) / 2 : 1 - level
    var (lowProbability, highProbability) = (alpha, 1 - alpha)
    if method.lowercased() == "bca" {
      let below = Double(distribution.filter { $0 < observed }.count)
      let atOrBelow = Double(distribution.filter { $0 <= observed }.count)
      let z0 = Special.ndtri((below + atOrBelow) / (2 * Double(resamples)))
      // The acceleration from a jackknife of each sample (of the pairs, when paired), as SciPy's
      // `_bca_interval`: Uᵢ = (n − 1)(θ̄ − θ₍ᵢ₎) per sample, a = Σ ΣU³/n³ / (6 (Σ ΣU²/n²)^{3/2}).
      var (cubes, squares) = (0.0, 0.0)
      for k in (paired ? [0] : Array(data.indices)) {
        var leaveOneOut: [Double] = []
        for i in data[k].indices {
          var reduced = data
          if paired {
            for j in reduced.indices { reduced[j].remove(at: i) }
          } else {
            reduced[k].remove(at: i)
          }
          leaveOneOut.append(try statistic(reduced))
        }
        let n = Double(leaveOneOut.count)
        let center = Moments.mean(leaveOneOut)
        let u = leaveOneOut.map { (n - 1) * (center - $0) }
        cubes += Moments.sum(u.map { $0 * $0 * $0 }) / (n * n * n)
        squares += Moments.sum(u.map { $0 * $0 }) / (n * n)
      }
      let a = cubes / 6 / Foundation.pow(squares, 1.5)
      func adjusted(_ p: Double) -> Double {
        let z = Special.ndtri(p)
        return Special.ndtr(z0 + (z0 + z) / (1 - a * (z0 + z)))
      }
      (lowProbability, highProbability) = (adjusted(alpha), adjusted(1 - alpha))
    }
    var sorted = distribution
    Tensor.sortValues(&sorted)
    let degenerate = lowProbability.isNaN || highProbability.isNaN
    let quantiles =
      degenerate ? [Double.nan, .nan] : Tensor.quantiles(ofSorted: sorted, [lowProbability, highProbability])
    var (low, high) = (quantiles[0], quantiles[1])
    if method == "basic" { (low, high) = (2 * observed - quantiles[1], 2 * observed - quantiles[0]) }
    if alternative == .less { low = -.infinity }
    if alternative == .greater { high = .infinity }
    return Bootstrap(
      low: low, high: high, observed: observed, distribution: distribution,
      standardError: Moments.variance(distribution, ddof: 1).squareRoot())
  }
}
