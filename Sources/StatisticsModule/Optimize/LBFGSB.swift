import Foundation
import TensorModule

/// L-BFGS-B (Byrd, Lu, Nocedal and Zhu) as SciPy 1.17 runs it (`scipy/optimize/src/lbfgsb.c`, its C port of
/// version 3.0): the generalized Cauchy point along the projected gradient, subspace minimisation over the free
/// variables with the limited-memory BFGS matrix in compact form, and a Moré–Thuente line search inside the box.
///
/// Arrays keep the Fortran layout (column-major, the m stored pairs as a circular buffer) and every product goes
/// through the same BLAS or LAPACK routine, so each step is SciPy's.
public struct LBFGSB {
  /// The number of stored correction pairs (`maxcor`).
  public var memory = 10
  /// `ftol / ε`: the relative reduction of f that stops the search.
  public var factr = 1e7
  public var pgtol = 1e-5
  public var maxIterations = 15000
  public var maxFunctionCalls = 15000
  public var maxLineSearch = 20
  /// Per coordinate; −∞/∞ where unbounded.
  public var lower: [Double] = []
  public var upper: [Double] = []

  public init() {}

  /// SciPy's `task` on exit, with its message.
  public enum Stop: Sendable, Equatable {
    case projectedGradient
    case relativeReduction
    case iterationLimit
    case callLimit
    case callback
    case abnormal

    public var message: String {
      switch self {
      case .projectedGradient: "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL"
      case .relativeReduction: "CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH"
      case .iterationLimit: "STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT"
      case .callLimit: "STOP: TOTAL NO. OF F,G EVALUATIONS EXCEEDS LIMIT"
      case .callback: "STOP: CALLBACK REQUESTED HALT"
      case .abnormal: "ABNORMAL: "
      }
    }

    public var converged: Bool { self == .projectedGradient || self == .relativeReduction }
  }

  public struct Outcome: Sendable {
    public var x: [Double]
    public var f: Double
    public var g: [Double]
    public var iterations: Int
    public var stop: Stop
    /// The stored corrections sₖ, yₖ in storage order (SciPy's `LbfgsInvHessProduct`), as many as were made.
    public var s: [[Double]]
    public var y: [[Double]]
  }

  /// `nbd`: 0 unbounded, 1 lower only, 2 both, 3 upper only.
  func boundKinds(_ n: Int) -> [Int] {
    (0..<n).map { i in
      let hasLower = lower[i].isFinite
      let hasUpper = upper[i].isFinite
      return hasLower ? (hasUpper ? 2 : 1) : (hasUpper ? 3 : 0)
    }
  }

  public func minimize<E: Error>(
    _ objective: inout ScalarObjective<E>, from start: [Double],
    callback: (([Double], Double) throws(E) -> Bool)? = nil
  ) throws(E) -> Outcome {
    var run = Run(n: start.count, m: memory, nbd: boundKinds(start.count), l: lower, u: upper)
    return try run.solve(self, &objective, start, callback)
  }

  /// The working state of one minimisation (mainlb's locals and arrays).
  struct Run {
    let n: Int
    let m: Int
    let nbd: [Int]
    let l: [Double]
    let u: [Double]
    var ws: [Double]
    var wy: [Double]
    var sy: [Double]
    var ss: [Double]
    var wt: [Double]
    var wn: [Double]
    var snd: [Double]
    var z: [Double]
    var r: [Double]
    var d: [Double]
    var t: [Double]
    var xp: [Double]
    var wa: [Double]
    var index: [Int]
    var iwhere: [Int]
    var indx2: [Int]
    var theta = 1.0
    var col = 0
    var head = 0
    var itail = 0
    var iupdat = 0
    var updatd = false
    var nfree: Int
    var nenter = 0
    var ileave: Int
    let epsmach = 2.220446049250313e-016

    init(n: Int, m: Int, nbd: [Int], l: [Double], u: [Double]) {
      self.n = n
      self.m = m
      self.nbd = nbd
      self.l = l
      self.u = u
      ws = [Double](repeating: 0, count: m * n)
      wy = ws
      sy = [Double](repeating: 0, count: m * m)
      ss = sy
      wt = sy
      wn = [Double](repeating: 0, count: 4 * m * m)
      snd = wn
      z = [Double](repeating: 0, count: n)
      r = z
      d = z
      t = z
      xp = z
      wa = [Double](repeating: 0, count: 8 * m)
      index = [Int](repeating: 0, count: n)
      iwhere = index
      indx2 = index
      nfree = n
      ileave = n
    }

    mutating func resetMemory() {
      col = 0
      head = 0
      theta = 1.0
      iupdat = 0
      updatd = false
    }

    mutating func solve<E: Error>(
      _ options: LBFGSB, _ objective: inout ScalarObjective<E>, _ start: [Double],
      _ callback: (([Double], Double) throws(E) -> Bool)?
    ) throws(E) -> Outcome {
      var x = start
      let tol = options.factr * epsmach
      let (cnstnd, boxed) = active(&x)
      var f = try objective.value(at: x)
      var g = try objective.gradient(at: x)
      var iterations = 0
      var iter = 0
      var sbgnrm = projectedGradientNorm(x, g)
      func finish(_ stop: Stop) -> Outcome {
        let count = Swift.min(iupdat, m)
        let s = (0..<count).map { Array(ws[($0 * n)..<($0 * n + n)]) }
        let y = (0..<count).map { Array(wy[($0 * n)..<($0 * n + n)]) }
        return Outcome(x: x, f: f, g: g, iterations: iterations, stop: stop, s: s, y: y)
      }
      if sbgnrm <= options.pgtol { return finish(.projectedGradient) }
      var fold = 0.0
      while true {
        // The generalized Cauchy point, then the subspace minimum along the free variables.
        var wrk = false
        if cnstnd || col == 0 {
          guard cauchy(x, g, sbgnrm) else {
            resetMemory()
            continue
          }
          wrk = freeVariables(updatd: updatd, cnstnd: cnstnd, iter: iter)
        } else {
          z = x
          wrk = updatd
        }
        if nfree != 0 && col != 0 {
          if wrk, !formK() {
            resetMemory()
            continue
          }
          guard reducedGradient(x, g, cnstnd: cnstnd), subspaceMinimum(x, g) else {
            resetMemory()
            continue
          }
        }
        for i in 0..<n { d[i] = z[i] - x[i] }

        // The line search (lnsrlb), evaluating f and g at each trial point.
        let dnorm = Linalg.norm2(d)
        let dtd = Foundation.pow(dnorm, 2.0)
        var stpmx = 1.0e10
        if cnstnd {
          if iter == 0 {
            stpmx = 1.0
          } else {
            for i in 0..<n where nbd[i] != 0 {
              let a1 = d[i]
              if a1 < 0 && nbd[i] <= 2 {
                let a2 = l[i] - x[i]
                if a2 >= 0 {
                  stpmx = 0
                } else if a1 * stpmx < a2 {
                  stpmx = a2 / a1
                }
              } else if a1 > 0 && nbd[i] >= 2 {
                let a2 = u[i] - x[i]
                if a2 <= 0 {
                  stpmx = 0
                } else if a1 * stpmx > a2 {
                  stpmx = a2 / a1
                }
              }
            }
          }
        }
        var stp = iter == 0 && !boxed ? Swift.min(1.0 / dnorm, stpmx) : 1.0
        t = x
        r = g
        fold = f
        var gd = Linalg.dot(g, d)
        let gdold = gd
        var failed = gd >= 0
        var ifun = 0
        var iback = 0
        let search = MoreThuente(ftol: 1e-3, gtol: 0.9, xtol: 0.1, stepMin: 0, stepMax: stpmx)
        var state = failed ? nil : search.start(stp, f0: f, g0: gd)
        while !failed {
          // A trial point: z itself at a full step, else x + stp·d clipped into the box.
          ifun += 1
          iback = ifun - 1
          if iback >= options.maxLineSearch { break }
          if stp == 1.0 {
            x = z
          } else {
            for i in 0..<n {
              x[i] = stp * d[i] + t[i]
              if nbd[i] == 1 || nbd[i] == 2 { x[i] = Foundation.fmax(x[i], l[i]) }
              if nbd[i] == 2 || nbd[i] == 3 { x[i] = Foundation.fmin(x[i], u[i]) }
            }
          }
          f = try objective.value(at: x)
          g = try objective.gradient(at: x)
          gd = Linalg.dot(g, d)
          guard var s = state else {
            failed = true
            break
          }
          let (next, task) = search.iterate(&s, stp, f, gd)
          state = s
          if task != .evaluate { break }
          stp = next
        }
        if failed || iback >= options.maxLineSearch {
          // Back to the last point; start over without memory, or stop if there was none.
          x = t
          g = r
          f = fold
          if col == 0 { return finish(.abnormal) }
          resetMemory()
          continue
        }
        iter += 1
        sbgnrm = projectedGradientNorm(x, g)
        // A new iterate: the driver's callback and limits, then the convergence tests.
        iterations += 1
        var stop: Stop? = nil
        if let callback, try callback(x, f) { stop = .callback }
        // SciPy's driver tests the limits after the callback, and their message wins.
        if iterations >= options.maxIterations {
          stop = .iterationLimit
        } else if objective.functionCalls > options.maxFunctionCalls {
          stop = .callLimit
        }
        if let stop { return finish(stop) }
        if sbgnrm <= options.pgtol { return finish(.projectedGradient) }
        let ddum = Foundation.fmax(Foundation.fmax(Swift.abs(fold), Swift.abs(f)), 1.0)
        if fold - f <= tol * ddum { return finish(.relativeReduction) }
        for i in 0..<n { r[i] = g[i] - r[i] }
        let rr = Foundation.pow(Linalg.norm2(r), 2.0)
        var dr: Double
        var ddum2: Double
        if stp == 1.0 {
          dr = gd - gdold
          ddum2 = -gdold
        } else {
          dr = (gd - gdold) * stp
          for i in 0..<n { d[i] *= stp }
          ddum2 = -gdold * stp
        }
        if dr <= epsmach * ddum2 {
          updatd = false
          continue
        }
        updatd = true
        iupdat += 1
        updateMatrices(rr: rr, dr: dr, stp: stp, dtd: dtd)
        if !formT() { resetMemory() }
      }
    }
  }
}
