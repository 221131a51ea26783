import Foundation
import TensorModule

/// SciPy's `chi2_contingency` on a 2-d table: expected counts from the margins, Yates' correction
/// (capped at |E − O|) only for one degree of freedom, Pearson's statistic and chi2.sf.
public enum Contingency {
  public struct Result: Sendable {
    public var statistic: Double
    public var pvalue: Double
    public var dof: Int
    public var expected: Tensor
  }

  public enum Failure: Error, Equatable {
    case negative, empty
    case zeroExpected(row: Int, column: Int)

    /// SciPy's wording.
    public var message: String {
      switch self {
      case .negative: "All values in `observed` must be nonnegative."
      case .empty: "No data; `observed` has size 0."
      case .zeroExpected(let i, let j):
        "The internally computed table of expected frequencies has a zero element at (\(i), \(j))."
      }
    }
  }

  public static func chi2(_ observed: Tensor, correction: Bool) throws(Failure) -> Result {
    guard observed.count > 0 else { throw .empty }
    guard observed.data.allSatisfy({ !($0 < 0) }) else { throw .negative }
    let (rows, cols) = observed.ndim == 2 ? (observed.shape[0], observed.shape[1]) : (1, observed.count)
    var rowSums = [Double](repeating: 0, count: rows)
    var colSums = [Double](repeating: 0, count: cols)
    for i in 0..<rows {
      for j in 0..<cols {
        rowSums[i] += observed.data[i * cols + j]
        colSums[j] += observed.data[i * cols + j]
      }
    }
    let total = Moments.sum(observed.data)
    var expected = [Double](repeating: 0, count: rows * cols)
    for i in 0..<rows {
      for j in 0..<cols {
        expected[i * cols + j] = rowSums[i] * colSums[j] / total
        if expected[i * cols + j] == 0 { throw .zeroExpected(row: i, column: j) }
      }
    }
    let dof = rows * cols - rows - cols + 1
    let expectedTensor = Tensor(shape: observed.shape, data: expected)
    if dof == 0 { return Result(statistic: 0, pvalue: 1, dof: 0, expected: expectedTensor) }
    var o = observed.data
    if dof == 1 && correction {
      for k in o.indices {
        let diff = expected[k] - o[k]
        let direction: Double = diff > 0 ? 1 : diff < 0 ? -1 : 0
        o[k] += Swift.min(0.5, Swift.abs(diff)) * direction
      }
    }
    let terms = zip(o, expected).map { (obs, exp) in (obs - exp) * (obs - exp) / exp }
    let statistic = Moments.sum(terms)
    return Result(
      statistic: statistic, pvalue: ChiSquared(df: Double(dof)).sf(statistic), dof: dof, expected: expectedTensor)
  }
}
