import Foundation

/// statsmodels' `multipletests`: rejections and adjusted p-values in the input order, for
/// 'bonferroni', 'sidak', 'holm', 'hs' (Holm–Šidák, statsmodels' default) and 'fdr_bh'.
public enum MultipleTesting {
  public enum Method: String, Sendable, CaseIterable {
    case bonferroni, sidak, holm, hs
    case fdrBH = "fdr_bh"

    public init?(name: String) {
      switch name.lowercased() {
      case "b", "bonferroni": self = .bonferroni
      case "s", "sidak": self = .sidak
      case "h", "holm": self = .holm
      case "hs", "holm-sidak": self = .hs
      case "fdr_bh", "fdr_i", "fdr_p", "fdri", "fdrp": self = .fdrBH
      default: return nil
      }
    }
  }

  public struct Result: Sendable {
    public var reject: [Bool]
    public var corrected: [Double]
    public var alphaSidak: Double
    public var alphaBonferroni: Double
  }

  public static func correct(_ pvalues: [Double], alpha: Double, method: Method) -> Result {
    let m = pvalues.count
    let mm = Double(m)
    let alphaSidak = 1 - Foundation.pow(1 - alpha, 1 / mm)
    let alphaBonferroni = alpha / mm
    // Ascending, NaNs last (NumPy's argsort).
    let order = pvalues.indices.sorted { a, b in
      let (x, y) = (pvalues[a], pvalues[b])
      if x.isNaN != y.isNaN { return y.isNaN }
      return x < y || (x == y && a < b)
    }
    let p = order.map { pvalues[$0] }
    var reject = [Bool](repeating: false, count: m)
    var corrected = [Double](repeating: 0, count: m)
    /// Step-down: reject everything before the first p that fails its threshold.
    func stepDown(_ threshold: (Int) -> Double) {
      let firstKept = p.indices.first { !(p[$0] <= threshold($0)) } ?? m
      for i in 0..<firstKept { reject[i] = true }
    }
    func runningMax() {
      for i in corrected.indices.dropFirst() where corrected[i] < corrected[i - 1] || corrected[i - 1].isNaN {
        if !corrected[i].isNaN { corrected[i] = corrected[i - 1] }
      }
    }
    switch method {
    case .bonferroni:
      for i in 0..<m {
        corrected[i] = p[i] * mm
        reject[i] = p[i] <= alphaBonferroni
      }
    case .sidak:
      for i in 0..<m {
        corrected[i] = -Foundation.expm1(mm * Foundation.log1p(-p[i]))
        reject[i] = p[i] <= alphaSidak
      }
    case .holm:
      stepDown { alpha / Double(m - $0) }
      for i in 0..<m { corrected[i] = p[i] * Double(m - i) }
      runningMax()
    case .hs:
      stepDown { 1 - Foundation.pow(1 - alpha, 1 / Double(m - $0)) }
      for i in 0..<m { corrected[i] = -Foundation.expm1(Double(m - i) * Foundation.log1p(-p[i])) }
      runningMax()
    case .fdrBH:
      // Step-up: reject up to the largest i with p(i) ≤ iα/m.
      if let last = p.indices.last(where: { p[$0] <= Double($0 + 1) / mm * alpha }) {
        for i in 0...last { reject[i] = true }
      }
      for i in 0..<m { corrected[i] = p[i] / (Double(i + 1) / mm) }
      for i in stride(from: m - 2, through: 0, by: -1) where corrected[i + 1] < corrected[i] {
        corrected[i] = corrected[i + 1]
      }
    }
    var outReject = [Bool](repeating: false, count: m)
    var outCorrected = [Double](repeating: 0, count: m)
    for (k, original) in order.enumerated() {
      outReject[original] = reject[k]
      outCorrected[original] = corrected[k] > 1 ? 1 : corrected[k]
    }
    return Result(reject: outReject, corrected: outCorrected, alphaSidak: alphaSidak, alphaBonferroni: alphaBonferroni)
  }
}
