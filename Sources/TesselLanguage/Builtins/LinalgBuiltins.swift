import TensorModule

/// Linear algebra on OpenBLAS/LAPACK, with NumPy's names, defaults and result shapes.
enum LinalgBuiltins {
  /// A norm's order as `Linalg.norm` spells it: nil, "2", "-1", "inf", "-inf", "fro", "nuc".
  static func order(_ c: BuiltinCall, _ name: String) throws(TesselError) -> String? {
    switch c.value(name) {
    case .none: return nil
    case .string(let s): return s
    case .number(let d): return d.isInfinite ? (d > 0 ? "inf" : "-inf") : Repr.number(d)
    default: throw c.bad(name, expected: "None, a number, inf, 'fro' or 'nuc'")
    }
  }

  static func one(
    _ name: String, _ summary: String, _ details: String, _ f: @escaping @Sendable (Tensor) throws(TensorError) -> Value
  )
    -> Builtin
  {
    Builtin(name, [Parameter("a")], summary, details: details) { c throws(TesselError) in
      let a = try c.tensor("a")
      return try c.lift { () throws(TensorError) in try f(a) }
    }
  }

  static func pair(
    _ name: String, _ summary: String, _ details: String,
    _ f: @escaping @Sendable (Tensor, Tensor) throws(TensorError) -> Tensor
  )
    -> Builtin
  {
    Builtin(name, [Parameter("a"), Parameter("b")], summary, details: details) { c throws(TesselError) in
      let (a, b) = (try c.tensor("a"), try c.tensor("b"))
      return TensorValues.value(try c.lift { () throws(TensorError) in try f(a, b) })
    }
  }

  static let all: [Builtin] = [
    pair(
      "matmul", "The matrix product a @ b (dgemm; dgemv for a vector; batched over leading axes).",
      "C[i, j] = Σₖ A[i, k]·B[k, j].\nExample: matmul(A, B) is A @ B"
    ) { a, b throws(TensorError) in
      try Linalg.matmul(a, b, op: "@")
    },
    pair(
      "dot", "The dot product: vectors give a number (ddot), matrices their product.",
      "Example: dot(x, y)  →  Σ xᵢ·yᵢ"
    ) { a, b throws(TensorError) in try Linalg.dot(a, b) },
    pair("outer", "The outer product: out[i, j] = a[i]·b[j] (dger).", "Example: outer([1, 2], [3, 4])") {
      a, b throws(TensorError) in
      try Linalg.outer(a, b)
    },
    pair(
      "solve", "The x with A x = b, by LU with partial pivoting (dgesv).",
      "Faster and more accurate than inv(A) @ b.\nExample: solve(A, b)"
    ) { a, b throws(TensorError) in
      try Linalg.solve(a, b)
    },
    one(
      "inv", "The inverse matrix, by LU (dgetrf + dgetri); LinAlgError if singular.",
      "A @ inv(A) ≈ I.\nExample: inv([[2, 0], [0, 4]])"
    ) { a throws(TensorError) in .tensor(try Linalg.inv(a)) },
    one("det", "The determinant, from an LU factorisation (dgetrf).", "Example: det([[1, 2], [3, 4]])  →  -2") {
      a throws(TensorError) in .number(try Linalg.det(a))
    },
    one(
      "eigh", "Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix (dsyevd, lower triangle).",
      "Returns EighResult(eigenvalues, eigenvectors); A @ v[:, i] = w[i] · v[:, i].\nExample: w, v = eigh(cov(X.T))"
    ) {
      a throws(TensorError) in
      let (w, v) = try Linalg.eigh(a)
      return .record(Record("EighResult", ["eigenvalues": .tensor(w), "eigenvectors": .tensor(v!)]))
    },
    one(
      "eigvalsh", "The eigenvalues (ascending) of a symmetric matrix (dsyevd without vectors).", "Example: eigvalsh(S)"
    ) {
      a throws(TensorError) in .tensor(try Linalg.eigh(a, vectors: false).0)
    },
    one(
      "eigvals", "The eigenvalues of a square matrix (dgeev without vectors); real eigenvalues only.",
      "Example: eigvals(A)"
    ) {
      a throws(TensorError) in .tensor(try Linalg.eig(a, vectors: false).0)
    },
    one(
      "eig", "Eigenvalues and unit eigenvectors (columns) of a square matrix (dgeev); real eigenvalues only.",
      "Returns EigResult(eigenvalues, eigenvectors).\nExample: w, v = eig(A)"
    ) { a throws(TensorError) in
      let (w, v) = try Linalg.eig(a)
      return .record(Record("EigResult", ["eigenvalues": .tensor(w), "eigenvectors": .tensor(v!)]))
    },
    Builtin(
      "svd",
      [
        Parameter("a"), Parameter("full_matrices", .optional(.bool(true))),
        Parameter("compute_uv", .optional(.bool(true))),
      ],
      "The singular value decomposition A = U · diag(S) · Vh (dgesdd), singular values descending.",
      details:
        "Returns SVDResult(U, S, Vh); U is m × m and Vh n × n unless full_matrices=False.\nExample: U, S, Vh = svd(X)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (full, uv) = (try c.bool("full_matrices"), try c.bool("compute_uv"))
      let (u, s, vh) = try c.lift { () throws(TensorError) in try Linalg.svd(a, fullMatrices: full, computeUV: uv) }
      guard uv else { return .tensor(s) }
      return .record(Record("SVDResult", ["U": .tensor(u!), "S": .tensor(s), "Vh": .tensor(vh!)]))
    },
    one(
      "qr", "The reduced QR factorisation: Q with orthonormal columns, R upper triangular (dgeqrf + dorgqr).",
      "Returns QRResult(Q, R); A = Q @ R.\nExample: Q, R = qr(A)"
    ) { a throws(TensorError) in
      let (q, r) = try Linalg.qr(a)
      return .record(Record("QRResult", ["Q": .tensor(q), "R": .tensor(r)]))
    },
    one(
      "cholesky", "The lower-triangular L with A = L @ L.T (dpotrf); LinAlgError if A is not positive definite.",
      "Example: L = cholesky(A)"
    ) { a throws(TensorError) in .tensor(try Linalg.cholesky(a)) },
    Builtin(
      "lstsq", [Parameter("a"), Parameter("b"), Parameter("rcond", .optional(.none))],
      "The least-squares solution of A x ≈ b (dgelsd): (x, residuals, rank, singular values).",
      details:
        "Minimises ‖b - A x‖²; rcond=None is NumPy's default, eps · max(m, n).\nExample: x, res, rank, s = lstsq(X, y)"
    ) { c throws(TesselError) in
      let (a, b) = (try c.tensor("a"), try c.tensor("b"))
      let rcond = try c.optionalNumber("rcond")
      let (x, res, rank, s) = try c.lift { () throws(TensorError) in try Linalg.lstsq(a, b, rcond: rcond) }
      return .tuple([.tensor(x), .tensor(res), .number(Double(rank)), .tensor(s)])
    },
    Builtin(
      "pinv", [Parameter("a"), Parameter("rcond", .optional(.number(1e-15)))],
      "The Moore–Penrose pseudo-inverse, through the SVD (singular values below rcond · max dropped).",
      details: "Example: pinv(X) @ y"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let rcond = try c.number("rcond")
      return .tensor(try c.lift { () throws(TensorError) in try Linalg.pinv(a, rcond: rcond) })
    },
    Builtin(
      "matrix_rank", [Parameter("A"), Parameter("tol", .optional(.none))],
      "The number of singular values above tol (default S.max() · max(m, n) · eps).",
      details: "Example: matrix_rank(eye(3))  →  3"
    ) { c throws(TesselError) in
      let a = try c.tensor("A")
      let tol = try c.optionalNumber("tol")
      return .number(Double(try c.lift { () throws(TensorError) in try Linalg.matrixRank(a, tol: tol) }))
    },
    one("trace", "The sum of the diagonal.", "Example: trace(eye(3))  →  3") { a throws(TensorError) in
      .number(try Linalg.trace(a))
    },
    Builtin(
      "norm",
      [
        Parameter("x"), Parameter("ord", .optional(.none)), Parameter("axis", .optional(.none)),
        Parameter("keepdims", .optional(.bool(false))),
      ],
      "Vector or matrix norm, as numpy.linalg.norm (2-norm / Frobenius by default, overflow-safe).",
      details:
        "ord: None, 1, 2, inf, -inf, 0, p for vectors; 'fro', 'nuc', 1, -1, 2, -2, inf, -inf for matrices.\nCalled with one number it is also scipy.stats.norm's namespace once statistics arrive.\nExample: norm([3, 4])  →  5"
    ) { c throws(TesselError) in
      let x = try c.tensor("x")
      let ord = try order(c, "ord")
      let axes: [Int]?
      if case .some(let list) = try c.axes() { axes = list } else { axes = nil }
      let keep = try c.bool("keepdims")
      return TensorValues.value(
        try c.lift { () throws(TensorError) in try Linalg.norm(x, ord: ord, axis: axes, keepdims: keep) })
    },
    one(
      "slogdet", "The sign and natural log of |det| (dgetrf), exact where det itself would overflow or underflow.",
      "det = sign · exp(logabsdet).\nExample: sign, logdet = slogdet(A)"
    ) { a throws(TensorError) in
      let (sign, logabsdet) = try Linalg.slogdet(a)
      return .record(Record("SlogdetResult", ["sign": .number(sign), "logabsdet": .number(logabsdet)]))
    },
    Builtin(
      "matrix_power", [Parameter("a"), Parameter("n")],
      "A square matrix to an integer power by repeated squaring (the inverse's power for negative n).",
      details: "Example: matrix_power([[1, 1], [1, 0]], 10)  # Fibonacci numbers"
    ) { c throws(TesselError) in
      let (a, n) = (try c.tensor("a"), try c.integer("n"))
      return .tensor(try c.lift { () throws(TensorError) in try Linalg.matrixPower(a, n) })
    },
    Builtin(
      "cond", [Parameter("x"), Parameter("p", .optional(.none))],
      "The condition number: σmax / σmin by default (p=None or 2), else norm(x, p) · norm(inv(x), p).",
      details: "Example: cond([[1, 2], [2, 4.0001]])  # large: nearly singular"
    ) { c throws(TesselError) in
      let x = try c.tensor("x")
      let p = try order(c, "p")
      return TensorValues.value(try c.lift { () throws(TensorError) in try Linalg.cond(x, ord: p) })
    },
    Builtin(
      "multi_dot", [Parameter("arrays")], "The product of a chain of matrices, in the cheapest order (as NumPy).",
      details: "Example: multi_dot([A, B, C, v])"
    ) { c throws(TesselError) in
      let parts = try ShapeBuiltins.parts(c, "arrays")
      return TensorValues.value(try c.lift { () throws(TensorError) in try Linalg.multiDot(parts) })
    },
    pair("vdot", "The dot product of the flattened inputs.", "Example: vdot(A, B)  # Σ A[i, j]·B[i, j]") {
      a, b throws(TensorError) in
      guard a.count == b.count else {
        throw TensorError(.value, "cannot reshape array of size \(b.count) into shape (\(a.count),)")
      }
      return Tensor(shape: [], data: [Linalg.dot(a.data, b.data)])
    },
    pair("inner", "Sums over the last axes: the dot product for vectors.", "Example: inner([1, 2], [3, 4])  →  11") {
      a, b throws(TensorError) in try Linalg.inner(a, b)
    },
    pair(
      "cross", "The cross product of 3-vectors (the z component for 2-vectors), along the last axis.",
      "Example: cross([1, 0, 0], [0, 1, 0])  →  array([0., 0., 1.])"
    ) {
      a, b throws(TensorError) in try Linalg.cross(a, b)
    },
    pair("kron", "The Kronecker product: block (i, j) is a[i, j] · b.", "Example: kron(eye(2), [[1, 2], [3, 4]])") {
      a, b throws(TensorError) in try Linalg.kron(a, b)
    },
    Builtin(
      "einsum", [Parameter("subscripts"), Parameter("operands", .variadic)],
      "Einstein summation: 'ij,jk->ik' multiplies matrices, 'ii' is the trace, 'i,i' the dot product, 'ij->ji' transposes.",
      details:
        "Letters repeated across inputs and absent from the output are summed. No '...' yet.\nExample: einsum('ij,j->i', A, x)"
    ) { c throws(TesselError) in
      let spec = try c.string("subscripts")
      guard case .tuple(let items) = c.value("operands") else { return .none }
      var operands: [Tensor] = []
      for item in items {
        guard let t = try TensorValues.operand(item) else { throw c.bad("operands", expected: "tensors") }
        operands.append(t)
      }
      return TensorValues.value(try c.lift { () throws(TensorError) in try Linalg.einsum(spec, operands) })
    },
  ]
}
