import Foundation
import TensorModule

/// What a minimiser reports, in SciPy's `OptimizeResult` terms.
public struct MinimizeOutcome: Sendable {
  public var x: [Double]
  public var fun: Double
  public var status: Int
  public var message: String
  public var iterations: Int
  /// The gradient at `x` (methods that use one).
  public var jacobian: [Double]? = nil
  /// The inverse Hessian estimate, n × n row-major (BFGS); nil while it is still the integer identity.
  public var inverseHessian: [Double]? = nil

  public var success: Bool { status == 0 }

  public init(
    x: [Double], fun: Double, status: Int, message: String, iterations: Int, jacobian: [Double]? = nil,
    inverseHessian: [Double]? = nil
  ) {
    self.x = x
    self.fun = fun
    self.status = status
    self.message = message
    self.iterations = iterations
    self.jacobian = jacobian
    self.inverseHessian = inverseHessian
  }
}

extension MinimizeOutcome {
  /// How SciPy's BFGS and CG end: a failed line search (2, precision loss), else the iteration limit (1), a NaN
  /// (3), or success (0).
  static func ending(
    warnflag: Int, iterations k: Int, limit: Int, gnorm: Double, fun: Double, x: [Double], jacobian: [Double],
    inverseHessian: [Double]? = nil
  ) -> MinimizeOutcome {
    var status = warnflag
    var message = OptimizeMessage.success
    if warnflag == 2 {
      message = OptimizeMessage.precisionLoss
    } else if k >= limit {
      status = 1
      message = OptimizeMessage.maxIterations
    } else if gnorm.isNaN || fun.isNaN || x.contains(where: \.isNaN) {
      status = 3
      message = OptimizeMessage.nan
    }
    return MinimizeOutcome(
      x: x, fun: fun, status: status, message: message, iterations: k, jacobian: jacobian,
      inverseHessian: inverseHessian)
  }
}

/// SciPy's termination messages.
public enum OptimizeMessage {
  public static let success = "Optimization terminated successfully."
  public static let maxFunctionCalls = "Maximum number of function evaluations has been exceeded."
  public static let maxIterations = "Maximum number of iterations has been exceeded."
  public static let precisionLoss = "Desired error not necessarily achieved due to precision loss."
  public static let nan = "NaN result encountered."
}

/// SciPy's BFGS (`_minimize_bfgs`): quasi-Newton steps along −H∇f, a strong-Wolfe line search (Moré–Thuente,
/// then Nocedal–Wright's if it fails), and the inverse-Hessian update H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, each
/// product by the same BLAS call NumPy makes.
public struct BFGS {
  public var gtol = 1e-5
  /// The order of the gradient norm tested against `gtol` (∞: the largest component).
  public var norm = Double.infinity
  public var maxIterations: Int?
  public var xrtol = 0.0
  public var c1 = 1e-4
  public var c2 = 0.9

  public init() {}

  /// Minimises from `x0`; `callback` sees each new point and value and returns true to stop.
  public func minimize<E: Error>(
    _ objective: inout ScalarObjective<E>, from x0: [Double],
    callback: (([Double], Double) throws(E) -> Bool)? = nil
  ) throws(E) -> MinimizeOutcome {
    let n = x0.count
    let maxIterations = self.maxIterations ?? n * 200
    var fval = try objective.value(at: x0)
    var gfk = try objective.gradient(at: x0)
    var hk: [Double]? = nil
    var k = 0
    var oldOldF = fval + Foundation.sqrt(Linalg.dot(gfk, gfk)) / 2
    var xk = x0
    var warnflag = 0
    var gnorm = Self.vectorNorm(gfk, order: norm)
    while gnorm > gtol && k < maxIterations {
      let direction = Self.product(hk, gfk, n)
      let pk = direction.map { -$0 }
      let search = StrongWolfe(c1: c1, c2: c2, stepMin: 1e-100, stepMax: 1e100, fallbackStepMax: 1e100)
      guard
        let (alpha, newF, previousF, newGradient) = try search.search(
          &objective, at: xk, along: pk, gradient: gfk, value: fval, previousValue: oldOldF)
      else {
        warnflag = 2
        break
      }
      fval = newF
      oldOldF = previousF
      let sk = pk.map { alpha * $0 }
      let xNext = zip(xk, sk).map { $0 + $1 }
      xk = xNext
      var gNext: [Double]
      if let newGradient { gNext = newGradient } else { gNext = try objective.gradient(at: xNext) }
      let yk = zip(gNext, gfk).map { $0 - $1 }
      gfk = gNext
      k += 1
      if let callback, try callback(xk, fval) { break }
      gnorm = Self.vectorNorm(gfk, order: norm)
      if gnorm <= gtol { break }
      if alpha * Self.vectorNorm(pk, order: 2) <= xrtol * (xrtol + Self.vectorNorm(xk, order: 2)) { break }
      if !fval.isFinite {
        warnflag = 2
        break
      }
      let rhoInverse = Linalg.dot(yk, sk)
      let rho = rhoInverse == 0 ? 1000.0 : 1 / rhoInverse
      hk = Self.update(hk, sk, yk, rho, n)
    }
    return MinimizeOutcome.ending(
      warnflag: warnflag, iterations: k, limit: maxIterations, gnorm: gnorm, fun: fval, x: xk, jacobian: gfk,
      inverseHessian: hk)
  }

  /// H·g by dgemv, the first H being the identity (cast from NumPy's integer one).
  static func product(_ h: [Double]?, _ g: [Double], _ n: Int) -> [Double] {
    let matrix = Tensor(shape: [n, n], data: h ?? identity(n))
    return (try? Linalg.matmul(matrix, Tensor(shape: [n], data: g)).data) ?? g
  }

  static func identity(_ n: Int) -> [Double] { (0..<(n * n)).map { $0 % (n + 1) == 0 ? 1.0 : 0.0 } }

  /// H ← A₁ (H A₂) + ρ s sᵀ with A₁ = I − ρ s yᵀ and A₂ = I − ρ y sᵀ, element by element as NumPy forms them.
  static func update(_ h: [Double]?, _ s: [Double], _ y: [Double], _ rho: Double, _ n: Int) -> [Double] {
    var a1 = [Double](repeating: 0, count: n * n)
    var a2 = a1
    for i in 0..<n {
      for j in 0..<n {
        let identity: Double = i == j ? 1 : 0
        a1[i * n + j] = identity - s[i] * y[j] * rho
        a2[i * n + j] = identity - y[i] * s[j] * rho
      }
    }
    let h = h ?? identity(n)
    let inner = Linalg.squareProduct(h, a2, size: n)
    var out = Linalg.squareProduct(a1, inner, size: n)
    for i in 0..<n {
      for j in 0..<n { out[i * n + j] += rho * s[i] * s[j] }
    }
    return out
  }

  /// SciPy's `vecnorm`: the largest (order ∞) or smallest (−∞) magnitude, else (Σ|x|ᵖ)^(1/p) summed pairwise.
  public static func vectorNorm(_ x: [Double], order: Double) -> Double {
    // np.amax and np.amin propagate NaN.
    if order.isInfinite && x.contains(where: \.isNaN) { return .nan }
    if order == .infinity { return x.map(Swift.abs).reduce(-Double.infinity) { Swift.max($0, $1) } }
    if order == -.infinity { return x.map(Swift.abs).reduce(Double.infinity) { Swift.min($0, $1) } }
    let powers = x.map { order == 2 ? $0 * $0 : Foundation.pow(Swift.abs($0), order) }
    let total = powers.withUnsafeBufferPointer { Tensor.pairwiseSum($0.baseAddress!, $0.count) }
    return Foundation.pow(total, 1 / order)
  }
}
