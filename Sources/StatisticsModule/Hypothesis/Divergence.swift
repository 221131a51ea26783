import Foundation
import TensorModule

/// Entropy, KL and Jensen–Shannon as SciPy computes them, and the Population Stability Index.
public enum Divergence {
  /// p ln(p/q) with SciPy's conventions: 0 where p = 0, +inf where q = 0 < p.
  static func relativeEntropy(_ p: Double, _ q: Double) -> Double {
    if p.isNaN || q.isNaN { return .nan }
    if p > 0 && q > 0 { return p * Foundation.log(p / q) }
    if p == 0 && q >= 0 { return 0 }
    return .infinity
  }

  static func normalized(_ x: [Double]) -> [Double] {
    let s = Moments.sum(x)
    return x.map { $0 / s }
  }

  /// `scipy.stats.entropy`: Shannon entropy of pk, or KL(pk ‖ qk) when qk is given; both normalised
  /// to sum 1 first; in nats unless `base` is given.
  public static func entropy(_ pk: [Double], _ qk: [Double]?, base: Double?) -> Double {
    let p = normalized(pk)
    let terms: [Double]
    if let qk {
      let q = normalized(qk)
      terms = zip(p, q).map { relativeEntropy($0, $1) }
    } else {
      // SciPy's `entr`: 0 at 0, -inf below, NaN (an all-zero `pk`) stays NaN.
      terms = p.map { $0 > 0 ? -$0 * Foundation.log($0) : $0 == 0 ? 0 : $0 < 0 ? -.infinity : .nan }
    }
    let s = Moments.sum(terms)
    return base.map { s / Foundation.log($0) } ?? s
  }

  /// `scipy.spatial.distance.jensenshannon`: the distance √JS (not the divergence), natural log
  /// unless `base` is given.
  public static func jensenShannon(_ pIn: [Double], _ qIn: [Double], base: Double?) -> Double {
    let (p, q) = (normalized(pIn), normalized(qIn))
    let m = zip(p, q).map { ($0 + $1) / 2 }
    let left = Moments.sum(zip(p, m).map { relativeEntropy($0, $1) })
    let right = Moments.sum(zip(q, m).map { relativeEntropy($0, $1) })
    var js = left + right
    if let base { js /= Foundation.log(base) }
    return (js / 2).squareRoot()
  }

  /// PSI = Σ (aᵢ − eᵢ) ln(aᵢ/eᵢ) over bins cut at the baseline's inner quantiles (duplicates
  /// collapsed, outer bins open, a value on an edge going up), proportions floored at 1e-4.
  public static func populationStability(baseline: [Double], current: [Double], bins: Int) -> Double {
    var sorted = baseline
    Tensor.sortValues(&sorted)
    let qs = (1..<bins).map { Double($0) / Double(bins) }
    var edges: [Double] = []
    for e in Tensor.quantiles(ofSorted: sorted, qs) where edges.last != e { edges.append(e) }
    func shares(_ x: [Double]) -> [Double] {
      var counts = [Double](repeating: 0, count: edges.count + 1)
      for v in x { counts[upperInsertion(edges, v)] += 1 }
      return counts.map { Swift.max($0 / Double(x.count), 1e-4) }
    }
    let (e, a) = (shares(baseline), shares(current))
    return Moments.sum(zip(a, e).map { ($0 - $1) * Foundation.log($0 / $1) })
  }

  /// The PSI reading: below 0.1 none, below 0.25 moderate, else major.
  public static func band(_ psi: Double) -> String { psi < 0.1 ? "none" : psi < 0.25 ? "moderate" : "major" }

  /// searchsorted(edges, v, side='right').
  static func upperInsertion(_ edges: [Double], _ v: Double) -> Int { Tensor.insertionPoint(edges, v, left: false) }
}
