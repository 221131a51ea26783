import TensorModule

/// SciPy's nonlinear conjugate gradient (`_minimize_cg`): Polak–Ribière–Powell directions, a strong-Wolfe line
/// search that also requires a descent direction for the next step.
public struct ConjugateGradient {
  public var gtol = 1e-5
  public var norm = Double.infinity
  public var maxIterations: Int?
  public var c1 = 1e-4
  public var c2 = 0.4

  public init() {}

  public func minimize<E: Error>(
    _ objective: inout ScalarObjective<E>, from x0: [Double],
    callback: (([Double], Double) throws(E) -> Bool)? = nil
  ) throws(E) -> MinimizeOutcome {
    let maxIterations = self.maxIterations ?? x0.count * 200
    var fval = try objective.value(at: x0)
    var gfk = try objective.gradient(at: x0)
    var k = 0
    var xk = x0
    var oldOldF: Double? = fval + (Linalg.dot(gfk, gfk)).squareRoot() / 2
    var warnflag = 0
    var pk = gfk.map { -$0 }
    var gnorm = BFGS.vectorNorm(gfk, order: norm)
    let sigma3 = 0.01
    while gnorm > gtol && k < maxIterations {
      let deltak = Linalg.dot(gfk, gfk)
      let (x, p, g) = (xk, pk, gfk)
      var cached: Step? = nil
      let search = StrongWolfe(c1: c1, c2: c2, stepMin: 1e-100, stepMax: 1e100)
      guard
        let (alpha, newF, previousF, newGradient) = try search.search(
          &objective, at: xk, along: pk, gradient: gfk, value: fval, previousValue: oldOldF,
          extra: { (gNext: [Double], alpha: Double) throws(E) -> Bool in
            // The next step must still descend (SciPy's `descent_condition`); it is kept for reuse.
            let s = Self.step(alpha, x, p, g, gNext, deltak, norm)
            cached = s
            if s.gnorm <= gtol { return true }
            return Linalg.dot(s.p, s.g) <= -sigma3 * Linalg.dot(s.g, s.g)
          })
      else {
        warnflag = 2
        break
      }
      fval = newF
      oldOldF = previousF
      let next: Step
      if let cached, cached.alpha == alpha {
        next = cached
      } else {
        var gNext: [Double]
        if let newGradient {
          gNext = newGradient
        } else {
          gNext = try objective.gradient(at: zip(x, p).map { $0 + alpha * $1 })
        }
        next = Self.step(alpha, x, p, g, gNext, deltak, norm)
      }
      (xk, pk, gfk, gnorm) = (next.x, next.p, next.g, next.gnorm)
      k += 1
      if let callback, try callback(xk, fval) { break }
    }
    return MinimizeOutcome.ending(
      warnflag: warnflag, iterations: k, limit: maxIterations, gnorm: gnorm, fun: fval, x: xk, jacobian: gfk)
  }

  /// A Polak–Ribière–Powell step: the point, the next direction, the gradient there and its norm.
  struct Step {
    var alpha: Double
    var x: [Double]
    var p: [Double]
    var g: [Double]
    var gnorm: Double
  }

  /// The step to x + α·p, given the gradient there (β = max(0, yᵀg′ / gᵀg)).
  static func step(
    _ alpha: Double, _ x: [Double], _ p: [Double], _ g: [Double], _ gNext: [Double], _ deltak: Double,
    _ norm: Double
  ) -> Step {
    let xNext = zip(x, p).map { $0 + alpha * $1 }
    let yk = zip(gNext, g).map { $0 - $1 }
    let ratio = Linalg.dot(yk, gNext) / deltak
    let beta = ratio > 0 ? ratio : 0
    let pNext = zip(gNext, p).map { -$0 + beta * $1 }
    return Step(alpha: alpha, x: xNext, p: pNext, g: gNext, gnorm: BFGS.vectorNorm(gNext, order: norm))
  }
}

/// SciPy's truncated Newton method (`_minimize_newtoncg`): each step solves H·p = −∇f by conjugate gradients
/// (stopping early on negative curvature), with the Hessian given, as Hessian–vector products, or by differences
/// of the gradient; then a strong-Wolfe line search along p.
public struct NewtonCG {
  /// How the Hessian reaches the inner conjugate gradients.
  public enum Hessian<E: Error> {
    /// `hess(x)`: the matrix, n × n row-major.
    case matrix(([Double]) throws(E) -> [Double])
    /// `hessp(x, p)`: H·p.
    case product(([Double], [Double]) throws(E) -> [Double])
    /// Neither: (∇f(x + εp) − ∇f(x)) / ε.
    case differences(epsilon: Double)
  }

  public var xtol = 1e-5
  public var maxIterations: Int?
  public var c1 = 1e-4
  public var c2 = 0.9

  public init() {}

  public struct Outcome: Sendable {
    public var result: MinimizeOutcome
    public var hessianCalls: Int
  }

  public func minimize<E: Error>(
    _ objective: inout ScalarObjective<E>, from x0: [Double], hessian: Hessian<E>,
    callback: (([Double], Double) throws(E) -> Bool)? = nil
  ) throws(E) -> Outcome {
    let n = x0.count
    let maxIterations = self.maxIterations ?? n * 200
    let cgMaxIterations = 20 * n
    let tolerance = Double(n) * xtol
    var updateNorm = Double.greatestFiniteMagnitude
    var xk = x0
    var k = 0
    var gfk: [Double]? = nil
    var fval = try objective.value(at: x0)
    var oldOldF: Double? = nil
    var hessianCalls = 0
    let eps = Double.ulpOfOne

    func finish(_ status: Int, _ message: String) -> Outcome {
      Outcome(
        result: MinimizeOutcome(x: xk, fun: fval, status: status, message: message, iterations: k, jacobian: gfk),
        hessianCalls: hessianCalls)
    }

    while updateNorm > tolerance {
      if k >= maxIterations { return finish(1, "Warning: " + OptimizeMessage.maxIterations) }
      let gradient = try objective.gradient(at: xk)
      let b = gradient.map { -$0 }
      let maggrad = Self.sumOfMagnitudes(b)
      let eta = Swift.min(0.5, maggrad.squareRoot())
      let termcond = eta * maggrad
      var xsupi = [Double](repeating: 0, count: n)
      var ri = b.map { -$0 }
      var psupi = ri.map { -$0 }
      var i = 0
      var dri0 = Linalg.dot(ri, ri)
      var matrix: [Double]? = nil
      if case .matrix(let hess) = hessian {
        matrix = try hess(xk)
        hessianCalls += 1
      }
      var converged = false
      for _ in 0..<cgMaxIterations {
        if Self.sumOfMagnitudes(ri) <= termcond {
          converged = true
          break
        }
        var ap: [Double]
        switch hessian {
        case .matrix:
          ap =
            (try? Linalg.matmul(Tensor(shape: [n, n], data: matrix ?? []), Tensor(shape: [n], data: psupi)).data) ?? []
        case .product(let hessp):
          ap = try hessp(xk, psupi)
          hessianCalls += 1
        case .differences(let epsilon):
          let f1 = try objective.gradient(at: xk)
          let f2 = try objective.gradient(at: zip(xk, psupi).map { $0 + epsilon * $1 })
          ap = zip(f2, f1).map { ($0 - $1) / epsilon }
        }
        let curv = Linalg.dot(psupi, ap)
        if 0 <= curv && curv <= 3 * eps {
          converged = true
          break
        } else if curv < 0 {
          if i == 0 {
            let scale = dri0 / -curv
            xsupi = b.map { scale * $0 }
          }
          converged = true
          break
        }
        let alphai = dri0 / curv
        for j in 0..<n {
          xsupi[j] += alphai * psupi[j]
          ri[j] += alphai * ap[j]
        }
        let dri1 = Linalg.dot(ri, ri)
        let betai = dri1 / dri0
        psupi = zip(ri, psupi).map { -$0 + betai * $1 }
        i += 1
        dri0 = dri1
      }
      if !converged {
        return finish(3, "Warning: CG iterations didn't converge. The Hessian is not positive definite.")
      }
      let pk = xsupi
      gfk = gradient
      let search = StrongWolfe(c1: c1, c2: c2)
      guard
        let (alpha, newF, previousF, _) = try search.search(
          &objective, at: xk, along: pk, gradient: gradient, value: fval, previousValue: oldOldF)
      else { return finish(2, "Warning: " + OptimizeMessage.precisionLoss) }
      fval = newF
      oldOldF = previousF
      let update = pk.map { alpha * $0 }
      xk = zip(xk, update).map { $0 + $1 }
      k += 1
      if let callback, try callback(xk, fval) { return finish(5, "") }
      updateNorm = Self.sumOfMagnitudes(update)
    }
    if fval.isNaN || updateNorm.isNaN { return finish(3, OptimizeMessage.nan) }
    return finish(0, OptimizeMessage.success)
  }

  /// `np.add.reduce(np.abs(x))`, summed pairwise (the 1-norm).
  static func sumOfMagnitudes(_ x: [Double]) -> Double {
    let m = x.map(Swift.abs)
    return m.withUnsafeBufferPointer { Tensor.pairwiseSum($0.baseAddress!, $0.count) }
  }
}
