import Foundation
import StatisticsModule

/// A user's objective, gradient and callback as SciPy's wrappers call them: f gets a fresh float64 array (and
/// `args`), must return a scalar (a size-1 array becomes its Python item), and each value keeps its Python type
/// for the result's `fun`.
final class PythonObjective {
  let rt: Runtime
  let fun: Value
  let args: [Value]
  /// Each value f returned, by its bits, so `fun` is the user's own object (np.float64 or float).
  var returned: [UInt64: Value] = [:]
  /// `jac=True`: f returns (value, gradient); the last pair, at `memoPoint`.
  var returnsGradient: Bool
  var memoPoint: [Double]?
  var memo: (Value, Value)?
  /// The callback raised StopIteration (`minimize` then reports status 99).
  var stoppedByCallback = false

  init(_ rt: Runtime, fun: Value, args: [Value], returnsGradient: Bool = false) {
    self.rt = rt
    self.fun = fun
    self.args = args
    self.returnsGradient = returnsGradient
  }

  static func vector(_ x: [Double]) -> Value { .object(NDArray(doubles: x, shape: [x.count])) }

  /// SciPy's `_ScalarFunctionWrapper`: a NumPy or Python scalar as it is, a size-1 array as its item.
  func scalar(_ r: Value) throws(PyError) -> Value {
    guard case .object(let o) = r, let a = o as? NDArray else { return r }
    guard a.count == 1 else {
      throw PyError("ValueError", "The user-provided objective function must return a scalar value.")
    }
    return try rt.callMethod(r, "item", [])
  }

  func value(_ x: [Double]) throws(PyError) -> Double {
    var r: Value
    if returnsGradient {
      r = try memoized(x).0
    } else {
      r = try rt.call(fun, [Self.vector(x)] + args)
    }
    r = try scalar(r)
    let d = try rt.double(r)
    returned[d.bitPattern] = r
    return d
  }

  /// `MemoizeJac`: calls f again only at a new point.
  func memoized(_ x: [Double]) throws(PyError) -> (Value, Value) {
    if let memo, let memoPoint, memoPoint.count == x.count, zip(memoPoint, x).allSatisfy({ $0 == $1 }) {
      return memo
    }
    let r = try rt.call(fun, [Self.vector(x)] + args)
    let parts = try rt.collect(r)
    guard parts.count >= 2 else {
      throw PyError("TypeError", "with jac=True the objective must return (value, gradient)")
    }
    memoPoint = x
    memo = (parts[0], parts[1])
    return (parts[0], parts[1])
  }

  /// The result's `fun`: the object f returned for this value.
  func object(for value: Double) -> Value { returned[value.bitPattern] ?? .f64(value) }

  /// A gradient callable's result as a float vector of n components.
  func vectorResult(_ r: Value, count n: Int, _ what: String) throws(PyError) -> [Double] {
    let g = try rt.array(r).doubles
    guard g.count == n else {
      throw PyError("ValueError", "the \(what) returned \(g.count) values for a point of \(n) coordinates")
    }
    return g
  }

  /// The gradient: a callable `jac(x, *args)`, or the second item f returns with `jac=True`.
  func gradient(_ jac: Value?) -> (([Double]) throws(PyError) -> [Double])? {
    if returnsGradient {
      return { [unowned self] (x: [Double]) throws(PyError) -> [Double] in
        try self.vectorResult(try self.memoized(x).1, count: x.count, "gradient")
      }
    }
    guard let jac else { return nil }
    return { [unowned self] (x: [Double]) throws(PyError) -> [Double] in
      try self.vectorResult(try self.rt.call(jac, [Self.vector(x)] + self.args), count: x.count, "gradient")
    }
  }

  /// SciPy's `_wrap_callback`: a callback whose only parameter is `intermediate_result` gets an OptimizeResult of
  /// x and fun, any other gets a copy of x; raising StopIteration stops the minimiser.
  func callback(_ cb: Value?) -> (([Double], Double) throws(PyError) -> Bool)? {
    guard let cb, !cb.isNone else { return nil }
    var wantsResult = false
    if case .object(let o) = cb, let fn = o as? PyFunction {
      let names = fn.code.parameterNames.prefix(fn.code.argumentCount + fn.code.keywordOnlyCount)
      wantsResult = Array(names) == ["intermediate_result"]
    }
    return { [unowned self] (x: [Double], f: Double) throws(PyError) -> Bool in
      do throws(PyError) {
        if wantsResult {
          let result = try OptimizeResultType.make(self.rt, [("x", Self.vector(x)), ("fun", self.object(for: f))])
          _ = try self.rt.call(cb, [], [("intermediate_result", result)])
        } else {
          _ = try self.rt.call(cb, [Self.vector(x)])
        }
      } catch {
        if error.isKind("StopIteration") {
          self.stoppedByCallback = true
          return true
        }
        throw error
      }
      return false
    }
  }
}
