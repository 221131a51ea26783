import Foundation
import TensorModule

/// `np.fft`: pocketfft's transforms (TensorModule) along one axis, with NumPy's `n` (cropping or zero padding),
/// `axis` and `norm`, and the frequency helpers.
enum NumPyFFT {
  static func make() -> PyModule {
    .make(
      "numpy.fft",
      functions: [
        transform("fft", forward: true), transform("ifft", forward: false),
        real("rfft", forward: true), real("irfft", forward: false),
        .general("fftfreq", "numpy.fft") { (rt, a) throws(PyError) in
          let p = try a.bind("fftfreq", ["n", "d"], required: 1, keywordOnly: ["device"])
          let n = try rt.index(p[0] ?? .none)
          let d = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1.0
          // NumPy: integers 0, 1, …, then the negative half, times 1/(n·d).
          let scale = try frequencyScale(n, d)
          let half = (n - 1) / 2 + 1
          let ks = Array(0..<half) + Array(-(n / 2)..<0)
          return .object(NDArray(doubles: ks.map { Double($0) * scale }, shape: [ks.count]))
        },
        .general("rfftfreq", "numpy.fft") { (rt, a) throws(PyError) in
          let p = try a.bind("rfftfreq", ["n", "d"], required: 1, keywordOnly: ["device"])
          let n = try rt.index(p[0] ?? .none)
          let d = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1.0
          let scale = try frequencyScale(n, d)
          let count = n / 2 + 1
          return .object(NDArray(doubles: (0..<count).map { Double($0) * scale }, shape: [count]))
        },
        shift("fftshift", inverse: false), shift("ifftshift", inverse: true),
      ], values: [:])
  }

  /// `1/(n·d)` for `fftfreq` and `rfftfreq`, with Python's error for a zero product and NumPy's for a negative n.
  static func frequencyScale(_ n: Int, _ d: Double) throws(PyError) -> Double {
    if n < 0 { throw PyError("ValueError", "negative dimensions are not allowed") }
    let product = Double(n) * d
    if product == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
    return 1.0 / product
  }

  /// NumPy's scale for `norm` (`ifft` swaps "backward" and "forward").
  static func factor(_ norm: Value?, n: Int, forward: Bool, rt: Runtime) throws(PyError) -> Double {
    var name = "backward"
    if let norm, !norm.isNone { name = try rt.string(norm, "norm") }
    guard ["backward", "ortho", "forward"].contains(name) else {
      throw PyError(
        "ValueError", "Invalid norm value \(name); should be \"backward\", \"ortho\" or \"forward\".")
    }
    if !forward { name = name == "backward" ? "forward" : name == "forward" ? "backward" : name }
    switch name {
    case "ortho": return 1 / Double(n).squareRoot()
    case "forward": return 1 / Double(n)
    default: return 1
    }
  }

  /// The common arguments `(a, n=None, axis=-1, norm=None, out=None)`: the input, the axis, its length in,
  /// the length out and the scale.
  static func arguments(_ name: String, _ a: Arguments, forward: Bool, rt: Runtime, realOut: Bool = false)
    throws(PyError) -> (value: Value, axis: Int, shape: [Int], n: Int?, norm: Value?)
  {
    let p = try a.bind(name, ["a", "n", "axis", "norm", "out"], required: 1)
    if let out = p[4], !out.isNone { throw PyError("NotImplementedError", "np.fft.\(name)(out=) is not in Tessel yet") }
    let value = p[0] ?? .none
    let shape: [Int]
    if let z = ComplexArrays.of(value) {
      shape = z.shape
    } else if ComplexArrays.holdsComplex(value) {
      shape = try ComplexArrays.make(value, rt: rt).shape
    } else {
      shape = try rt.array(value).shape
    }
    var axis = try p[2].map { (v) throws(PyError) in v.isNone ? -1 : try rt.index(v) } ?? -1
    if axis < -shape.count || axis >= shape.count {
      throw PyError("AxisError", "axis \(axis) is out of bounds for array of dimension \(shape.count)")
    }
    if axis < 0 { axis += shape.count }
    let n = try p[1].flatMap { (v) throws(PyError) -> Int? in v.isNone ? nil : try rt.index(v) }
    if let n, n < 1 { throw PyError("ValueError", "Invalid number of FFT data points (\(n)) specified.") }
    return (value, axis, shape, n, p[3])
  }

  /// Runs `body(input start, output start, stride)` for every lane along `axis` of a C-ordered shape: element
  /// `k` of a lane is at `start + k·stride` in the input (which has `shape[axis]` of them) and in the output
  /// (which has `outLength`).
  static func lanes(_ shape: [Int], axis: Int, outLength: Int, _ body: (Int, Int, Int) -> Void) {
    let outer = shape[..<axis].reduce(1, *)
    let inner = shape[(axis + 1)...].reduce(1, *)
    let length = shape[axis]
    for o in 0..<outer {
      for i in 0..<inner { body(o * length * inner + i, o * outLength * inner + i, inner) }
    }
  }

  /// `fft`/`ifft`: complex to complex.
  static func transform(_ name: String, forward: Bool) -> PyBuiltin {
    .general(name, "numpy.fft") { (rt, a) throws(PyError) in
      let (value, axis, shape, nGiven, norm) = try arguments(name, a, forward: forward, rt: rt)
      guard let z = try ComplexArithmetic.operand(value, rt: rt) else { throw ComplexArrays.unsupported("np.fft") }
      let n = nGiven ?? shape[axis]
      if shape[axis] == 0 && nGiven == nil {
        throw PyError("ValueError", "Invalid number of FFT data points (0) specified.")
      }
      let fct = try factor(norm, n: n, forward: forward, rt: rt)
      var outShape = shape
      outShape[axis] = n
      do throws(TensorError) { try MemoryBudget.reserve(outShape + [2]) } catch { throw PyError(tensor: error) }
      var out = [Double](repeating: 0, count: 2 * outShape.reduce(1, *))
      let plan = ComplexFFT.plan(length: n)
      var buffer = [Double](repeating: 0, count: 2 * n)
      let used = min(n, shape[axis])
      z.pairs.withUnsafeBufferPointer { source in
        lanes(shape, axis: axis, outLength: n) { inStart, outStart, stride in
          for k in 0..<used {
            buffer[2 * k] = source[2 * (inStart + k * stride)]
            buffer[2 * k + 1] = source[2 * (inStart + k * stride) + 1]
          }
          for k in (2 * used)..<(2 * n) { buffer[k] = 0 }
          plan.execute(&buffer, factor: fct, forward: forward)
          for k in 0..<n {
            out[2 * (outStart + k * stride)] = buffer[2 * k]
            out[2 * (outStart + k * stride) + 1] = buffer[2 * k + 1]
          }
        }
      }
      return .object(NDComplexArray(pairs: out, shape: outShape))
    }
  }

  /// `rfft` (real in, `n/2 + 1` complex out) and `irfft` (Hermitian complex in, `n` real out).
  static func real(_ name: String, forward: Bool) -> PyBuiltin {
    .general(name, "numpy.fft") { (rt, a) throws(PyError) in
      let (value, axis, shape, nGiven, norm) = try arguments(name, a, forward: forward, rt: rt)
      if forward {
        if ComplexArrays.holdsComplex(value) {
          throw PyError("TypeError", "ufunc 'rfft_n_even' did not contain a loop with signature matching types")
        }
        let x = try rt.array(value).doubles
        let n = nGiven ?? shape[axis]
        let fct = try factor(norm, n: n, forward: true, rt: rt)
        let outLength = n / 2 + 1
        var outShape = shape
        outShape[axis] = outLength
        do throws(TensorError) { try MemoryBudget.reserve(outShape + [2]) } catch { throw PyError(tensor: error) }
        var out = [Double](repeating: 0, count: 2 * outShape.reduce(1, *))
        let plan = RealFFT.plan(length: n)
        var buffer = [Double](repeating: 0, count: n)
        let used = min(n, shape[axis])
        lanes(shape, axis: axis, outLength: outLength) { inStart, outStart, stride in
          for k in 0..<used { buffer[k] = x[inStart + k * stride] }
          for k in used..<n { buffer[k] = 0 }
          let spectrum = plan.forward(buffer, factor: fct)
          for k in 0..<outLength {
            out[2 * (outStart + k * stride)] = spectrum[2 * k]
            out[2 * (outStart + k * stride) + 1] = spectrum[2 * k + 1]
          }
        }
        return .object(NDComplexArray(pairs: out, shape: outShape))
      }
      guard let z = try ComplexArithmetic.operand(value, rt: rt) else { throw ComplexArrays.unsupported("np.fft") }
      let n = nGiven ?? 2 * (shape[axis] - 1)
      if n < 1 { throw PyError("ValueError", "Invalid number of FFT data points (\(n)) specified.") }
      let fct = try factor(norm, n: n, forward: false, rt: rt)
      var outShape = shape
      outShape[axis] = n
      do throws(TensorError) { try MemoryBudget.reserve(outShape) } catch { throw PyError(tensor: error) }
      var out = [Double](repeating: 0, count: outShape.reduce(1, *))
      let plan = RealFFT.plan(length: n)
      let inLength = n / 2 + 1
      let available = shape[axis]
      lanes(shape, axis: axis, outLength: n) { inStart, outStart, stride in
        let half = (0..<inLength).map { k -> (Double, Double) in
          k < available ? z.element(inStart + k * stride) : (0, 0)
        }
        let signal = plan.backward(half, factor: fct)
        for k in 0..<n { out[outStart + k * stride] = signal[k] }
      }
      return .object(NDArray(doubles: out, shape: outShape))
    }
  }

  /// `fftshift`/`ifftshift`: `np.roll` by half of each axis (all axes by default).
  static func shift(_ name: String, inverse: Bool) -> PyBuiltin {
    .general(name, "numpy.fft") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["x", "axes"], required: 1)
      let value = p[0] ?? .none
      let isComplex = ComplexArrays.holdsComplex(value)
      let source: Value = isComplex ? .object(try ComplexArrays.make(value, rt: rt)) : .object(try rt.array(value))
      let shape: [Int]
      if let z = ComplexArrays.of(source) { shape = z.shape } else { shape = try rt.array(source).shape }
      var axes: [Int]
      if let given = p[1], !given.isNone {
        axes = try NumPyShaping.ints(given, rt)
      } else {
        axes = Array(shape.indices)
      }
      axes = axes.map { $0 < 0 ? $0 + shape.count : $0 }
      let shifts: [Value] = axes.map { axis in
        let n = axis >= 0 && axis < shape.count ? shape[axis] : 0
        return .int(inverse ? -(n / 2) : n / 2)
      }
      let roll = try rt.getAttribute(.object(try rt.importModule("numpy")), "roll")
      let axesValue = Value.tuple(axes.map { .int($0) })
      if let z = ComplexArrays.of(source) {
        return try ComplexArrays.reshaped(z, rt: rt) { (positions) throws(PyError) in
          try rt.call(roll, [positions, .tuple(shifts)], [("axis", axesValue)])
        }
      }
      return try rt.call(roll, [source, .tuple(shifts)], [("axis", axesValue)])
    }
  }
}
