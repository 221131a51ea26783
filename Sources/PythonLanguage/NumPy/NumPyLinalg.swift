import TensorModule

/// `np.linalg`'s factorisations over LAPACK (TensorModule), returning NumPy 2's result objects
/// (`EighResult(eigenvalues=..., eigenvectors=...)`, `SVDResult(U=..., S=..., Vh=...)`, …) that unpack as tuples.
enum NumPyLinalg {
  static let eighResult = ResultType(
    "EighResult", ["eigenvalues", "eigenvectors"], tupleCount: 2, module: "numpy.linalg._linalg")
  static let eigResult = ResultType(
    "EigResult", ["eigenvalues", "eigenvectors"], tupleCount: 2, module: "numpy.linalg._linalg")
  static let svdResult = ResultType("SVDResult", ["U", "S", "Vh"], tupleCount: 3, module: "numpy.linalg._linalg")
  static let qrResult = ResultType("QRResult", ["Q", "R"], tupleCount: 2, module: "numpy.linalg._linalg")
  static let slogdetResult = ResultType(
    "SlogdetResult", ["sign", "logabsdet"], tupleCount: 2, module: "numpy.linalg._linalg")

  static func matrix(_ rt: Runtime, _ v: Value) throws(PyError) -> Tensor { try NumPyFunctions.floats(rt, v) }

  static func array(_ t: Tensor) -> Value { .object(NDArray.from(t)) }

  static func lift<T>(_ body: () throws(TensorError) -> T) throws(PyError) -> T { try NumPyFunctions.lift(body) }

  /// NumPy's `eig` results from dgeev's: real arrays when every eigenvalue is real, else complex128 ones, each
  /// complex pair's eigenvectors `vr[:, j] ± i·vr[:, j+1]` (the conjugate's zero imaginary parts negated, `-0.`).
  static func eigenPairs(_ wr: [Double], _ wi: [Double], _ vr: Tensor?) -> (Value, Value?) {
    let n = wr.count
    if wi.allSatisfy({ $0 == 0 }) {
      return (.object(NDArray(doubles: wr, shape: [n])), vr.map(array))
    }
    let w = NDComplexArray.from(real: wr, imag: wi, shape: [n])
    guard let vr else { return (.object(w), nil) }
    var pairs = [Double](repeating: 0, count: 2 * n * n)
    var j = 0
    while j < n {
      for i in 0..<n {
        let re = vr.data[i * n + j]
        if wi[j] == 0 || j + 1 >= n {
          pairs[2 * (i * n + j)] = re
        } else {
          let im = vr.data[i * n + j + 1]
          pairs[2 * (i * n + j)] = re
          pairs[2 * (i * n + j) + 1] = im
          pairs[2 * (i * n + j + 1)] = re
          pairs[2 * (i * n + j + 1) + 1] = -im
        }
      }
      j += wi[j] == 0 ? 1 : 2
    }
    return (.object(w), .object(NDComplexArray(pairs: pairs, shape: [n, n])))
  }

  /// NumPy's function `name` from its namespace's records.
  static func numpyFunction(_ records: [PyBuiltin], _ name: String) -> Value {
    records.first { $0.name == name }.map { .object($0) } ?? .none
  }

  /// `np.linalg.trace`/`diagonal` (NumPy 2's array-API forms, over the last two axes): for one matrix, NumPy's
  /// `trace`/`diagonal`; a stack of matrices is a named error.
  static func lastAxesForm(_ name: String, _ records: [PyBuiltin]) -> PyBuiltin {
    .general(name, "numpy.linalg") { (rt, a) throws(PyError) in
      guard a.positional.count <= 1 else {
        throw PyError("TypeError", "\(name)() takes 1 positional argument but \(a.positional.count) were given")
      }
      let extra = name == "trace" ? ["offset", "dtype"] : ["offset"]
      let p = try a.bind(name, ["x"], required: 1, keywordOnly: extra)
      if name == "trace" { try NumPyFunctions.unsupported("np.linalg.trace", ["dtype"], [p[2]]) }
      let x = try rt.array(p[0] ?? .none)
      guard x.ndim >= 2 else { throw PyError("ValueError", "diag requires an array of at least two dimensions") }
      guard x.ndim == 2 else {
        throw PyError("NotImplementedError", "np.linalg.\(name) of stacked matrices (\(x.ndim)-d) is not in Tessel yet")
      }
      return try rt.call(numpyFunction(records, name), [.object(x), p[1] ?? .int(0)])
    }
  }

  static let functions: [PyBuiltin] = [
    lastAxesForm("trace", NumPyShaping.functions), lastAxesForm("diagonal", NumPyDiagonals.functions),
    .general("cross", "numpy.linalg") { (rt, a) throws(PyError) in
      let p = try a.bind("cross", ["x1", "x2"], required: 2, keywordOnly: ["axis"])
      let x = try rt.array(p[0] ?? .none)
      let y = try rt.array(p[1] ?? .none)
      if let axis = p[2], !(axis.isNone), try rt.index(axis) != -1 {
        throw PyError("NotImplementedError", "np.linalg.cross(axis=...) other than -1 is not in Tessel yet")
      }
      let (n1, n2) = (x.shape.last ?? 0, y.shape.last ?? 0)
      guard n1 == 3 && n2 == 3 else {
        throw PyError(
          "ValueError",
          "Both input arrays must be (arrays of) 3-dimensional vectors, but they are \(n1) and \(n2) dimensional "
            + "instead.")
      }
      return try rt.call(numpyFunction(NumPyNumerics.functions, "cross"), [.object(x), .object(y)])
    },
    .one("eigh", "numpy.linalg") { (rt, v) throws(PyError) in
      let a = try matrix(rt, v)
      let (w, vectors) = try lift { () throws(TensorError) in try Linalg.eigh(a) }
      return eighResult.make([array(w), vectors.map(array) ?? .none])
    },
    .one("eigvalsh", "numpy.linalg") { (rt, v) throws(PyError) in
      let a = try matrix(rt, v)
      return array(try lift { () throws(TensorError) in try Linalg.eigh(a, vectors: false) }.0)
    },
    .one("eig", "numpy.linalg") { (rt, v) throws(PyError) in
      let a = try matrix(rt, v)
      let (wr, wi, vr) = try lift { () throws(TensorError) in try Linalg.eigGeneral(a) }
      let (w, vectors) = eigenPairs(wr, wi, vr)
      return eigResult.make([w, vectors ?? .none])
    },
    .one("eigvals", "numpy.linalg") { (rt, v) throws(PyError) in
      let a = try matrix(rt, v)
      let (wr, wi, _) = try lift { () throws(TensorError) in try Linalg.eigGeneral(a, vectors: false) }
      return eigenPairs(wr, wi, nil).0
    },
    .general("svd", "numpy.linalg") { (rt, a) throws(PyError) in
      let p = try a.bind("svd", ["a", "full_matrices", "compute_uv"], required: 1)
      let m = try matrix(rt, p[0] ?? .none)
      let full = try p[1].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      let uv = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      let (u, s, vh) = try lift { () throws(TensorError) in try Linalg.svd(m, fullMatrices: full, computeUV: uv) }
      guard uv, let u, let vh else { return array(s) }
      return svdResult.make([array(u), array(s), array(vh)])
    },
    .general("qr", "numpy.linalg") { (rt, a) throws(PyError) in
      let p = try a.bind("qr", ["a", "mode"], required: 1)
      if let mode = p[1], try rt.string(mode, "mode") != "reduced" {
        throw PyError("NotImplementedError", "np.linalg.qr(mode=\(try rt.repr(mode))) is not in Tessel yet")
      }
      let m = try matrix(rt, p[0] ?? .none)
      let (q, r) = try lift { () throws(TensorError) in try Linalg.qr(m) }
      return qrResult.make([array(q), array(r)])
    },
    .one("cholesky", "numpy.linalg") { (rt, v) throws(PyError) in
      let a = try matrix(rt, v)
      return array(try lift { () throws(TensorError) in try Linalg.cholesky(a) })
    },
    .general("lstsq", "numpy.linalg") { (rt, a) throws(PyError) in
      let p = try a.bind("lstsq", ["a", "b", "rcond"], required: 2)
      let m = try matrix(rt, p[0] ?? .none)
      let b = try matrix(rt, p[1] ?? .none)
      let rcond = try p[2].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) }
      let (x, residuals, rank, s) = try lift { () throws(TensorError) in try Linalg.lstsq(m, b, rcond: rcond) }
      return .tuple([array(x), array(residuals), NumPySmallInt.int32(rank), array(s)])
    },
    .general("pinv", "numpy.linalg") { (rt, a) throws(PyError) in
      let p = try a.bind("pinv", ["a", "rcond"], required: 1)
      let m = try matrix(rt, p[0] ?? .none)
      let rcond = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1e-15
      return array(try lift { () throws(TensorError) in try Linalg.pinv(m, rcond: rcond) })
    },
    .general("matrix_rank", "numpy.linalg") { (rt, a) throws(PyError) in
      let p = try a.bind("matrix_rank", ["A", "tol"], required: 1)
      let m = try matrix(rt, p[0] ?? .none)
      let tol = try p[1].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) }
      return .i64(try lift { () throws(TensorError) in try Linalg.matrixRank(m, tol: tol) })
    },
    .one("slogdet", "numpy.linalg") { (rt, v) throws(PyError) in
      let a = try matrix(rt, v)
      let (sign, logabsdet) = try lift { () throws(TensorError) in try Linalg.slogdet(a) }
      return slogdetResult.make([.f64(sign), .f64(logabsdet)])
    },
    .two("matrix_power", "numpy.linalg") { (rt, v, k) throws(PyError) in
      let source = try rt.array(v)
      let a = try matrix(rt, v)
      let n = try rt.index(k)
      let r = try lift { () throws(TensorError) in try Linalg.matrixPower(a, n) }
      return n >= 0 ? try NumPyFunctions.like(source, r) : array(r)
    },
  ]
}
