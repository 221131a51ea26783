import TensorModule

/// A `numpy.ndarray` of complex128: interleaved `(re, im)` pairs in C order, as NumPy lays them out.
///
/// Its own class, so that no real-array kernel can take it by mistake: a function that has not opted in meets
/// an object it does not know and stops with `ComplexArrays.unsupported`.
///
/// Slices, reshapes, transposes and `.real`/`.imag` are copies here where NumPy's are views; so that no program
/// can see the difference, an array refuses writes while NumPy would have it share memory with another live
/// array (a view of it, or the array it is a view of), and otherwise takes item assignment and in-place
/// operators as NumPy's does.
final class NDComplexArray: PyObject {
  var pairs: [Double]
  let shape: [Int]
  /// The arrays NumPy would make views of this one (and its `.real`/`.imag`), while they live.
  var views: [WeakObject] = []
  /// The array whose memory this one views in NumPy (kept alive, as NumPy's `.base`).
  var viewOf: NDComplexArray?
  /// Whether NumPy's array would be C-contiguous (not a column, a stepped slice or a transpose), which decides
  /// the BLAS kernel a product runs.
  var contiguous = true

  /// The array that owns the memory NumPy would have this one use.
  var root: NDComplexArray { viewOf ?? self }

  /// Whether NumPy would have this array share memory with another live array: some other view of the same
  /// memory lives, or this is a view and its base is still reachable by other means than its views.
  var shared: Bool {
    let owner = root
    owner.views.removeAll { $0.object == nil }
    if owner.views.contains(where: { $0.object !== self }) { return true }
    if viewOf == nil { return false }
    return !isKnownUniquelyReferenced(&viewOf)
  }

  init(pairs: [Double], shape: [Int]) {
    self.pairs = pairs
    self.shape = shape
    super.init(tag: .other)
  }

  override var type: PyType { ComplexArrays.type }

  var count: Int { pairs.count / 2 }
  var ndim: Int { shape.count }

  @inline(__always) func element(_ k: Int) -> Complex.C { (pairs[2 * k], pairs[2 * k + 1]) }

  /// The element at flat position `k` as a NumPy scalar.
  func scalar(_ k: Int) -> Value { ComplexArrays.scalar(element(k)) }

  var realParts: [Double] { (0..<count).map { pairs[2 * $0] } }
  var imagParts: [Double] { (0..<count).map { pairs[2 * $0 + 1] } }

  /// The flat positions of the elements in C order, shaped like the array: indexing and reshaping run on it,
  /// with NumPy's rules from the real arrays, and the result's positions pick the pairs.
  var positions: NDArray { NDArray(ints: Array(0..<count), shape: shape) }

  /// The elements at flat positions `ps`, with `shape`.
  func picked(_ ps: [Int], shape: [Int]) -> NDComplexArray {
    var out = [Double](repeating: 0, count: 2 * ps.count)
    for (k, p) in ps.enumerated() {
      out[2 * k] = pairs[2 * p]
      out[2 * k + 1] = pairs[2 * p + 1]
    }
    return NDComplexArray(pairs: out, shape: shape)
  }

  /// A complex array from real and imaginary parts of one shape.
  static func from(real: [Double], imag: [Double], shape: [Int]) -> NDComplexArray {
    var out = [Double](repeating: 0, count: 2 * real.count)
    for k in real.indices {
      out[2 * k] = real[k]
      out[2 * k + 1] = imag[k]
    }
    return NDComplexArray(pairs: out, shape: shape)
  }

  /// A real array as complex128 (imaginary parts +0.0), as NumPy casts it.
  static func from(_ a: NDArray) -> NDComplexArray {
    from(real: a.doubles, imag: [Double](repeating: 0, count: a.count), shape: a.shape)
  }
}

/// A reference that does not keep its object alive.
final class WeakObject {
  weak var object: PyObject?
  init(_ object: PyObject) { self.object = object }
}

/// Creation, conversion and the named errors of complex128 arrays.
enum ComplexArrays {
  static func of(_ v: Value) -> NDComplexArray? {
    if case .object(let o) = v, o.tag == .other, let z = o as? NDComplexArray { return z }
    return nil
  }

  /// `np.complex128(re+imj)`.
  static func scalar(_ c: Complex.C) -> Value { .object(PyComplex(c.re, c.im, numpy: true)) }

  /// A Python `complex` or `np.complex128`.
  static func complexScalar(_ v: Value) -> Complex.C? {
    if case .object(let o) = v, o.tag == .complex {
      let c = unsafeDowncast(o, to: PyComplex.self)
      return (c.real, c.imag)
    }
    return nil
  }

  /// The error for a complex128 array given to something Tessel computes only on real arrays.
  static func unsupported(_ what: String) -> PyError {
    PyError(
      "NotImplementedError",
      "\(what) is not in Tessel yet for complex numbers; Tessel's complex128 arrays have + - * /, integer ** "
        + "and ** 0.5, @, dot, vdot, comparisons, indexing and item assignment, reshaping, concatenate, hstack, "
        + "vstack, where, diag, abs, angle, conj, real, imag, "
        + "exp, sqrt, round, isclose, sum, mean, np.fft, tolist and astype")
  }

  /// A complex array or complex value the caller gives, as an array (scalars 0-d); nil for anything without a
  /// complex part.
  static func complexOperand(_ v: Value) -> NDComplexArray? {
    if let z = of(v) { return z }
    if let c = complexScalar(v) { return NDComplexArray(pairs: [c.re, c.im], shape: []) }
    return nil
  }

  /// Whether `v` holds complex numbers: a complex array or scalar, or a list or tuple with one inside.
  static func holdsComplex(_ v: Value) -> Bool {
    if of(v) != nil || complexScalar(v) != nil { return true }
    guard case .object(let o) = v, o.tag == .list || o.tag == .tuple else { return false }
    let items = o.tag == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
    return items.contains { holdsComplex($0) }
  }

  /// `np.array(obj)` of nested sequences holding complex numbers (or `dtype=complex`): the shape comes from the
  /// real-array walk over a stand-in of each leaf's position, so ragged input fails as it does for real arrays.
  static func make(_ v: Value, rt: Runtime) throws(PyError) -> NDComplexArray {
    if let z = of(v) { return NDComplexArray(pairs: z.pairs, shape: z.shape) }
    var leaves: [Complex.C] = []
    func stand(_ x: Value) throws(PyError) -> Value {
      if let z = of(x) {
        let start = leaves.count
        for k in 0..<z.count { leaves.append(z.element(k)) }
        return .object(NDArray(ints: Array(start..<leaves.count), shape: z.shape))
      }
      if case .object(let o) = x, o.tag == .list || o.tag == .tuple {
        let items =
          o.tag == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
        var out: [Value] = []
        for item in items { out.append(try stand(item)) }
        return .object(PyList(out))
      }
      if case .object(let o) = x, o.tag == .ndarray {
        let a = unsafeDowncast(o, to: NDArray.self)
        let start = leaves.count
        for d in a.doubles { leaves.append((d, 0)) }
        return .object(NDArray(ints: Array(start..<leaves.count), shape: a.shape))
      }
      if let c = complexScalar(x) {
        leaves.append(c)
      } else {
        switch x {
        case .bool, .npBool, .int, .i64, .float, .f64: leaves.append((try rt.double(x), 0))
        default: throw NDArray.unsupportedElement(x, rt)
        }
      }
      return .int(leaves.count - 1)
    }
    let standIn = try NDArray.make(try stand(v), dtype: .int64, rt: rt)
    let all = NDComplexArray(pairs: leaves.flatMap { [$0.re, $0.im] }, shape: [leaves.count])
    return all.picked(standIn.ints, shape: standIn.shape)
  }

  /// `a[key]`: NumPy's indexing rules run on the positions; a single element is an `np.complex128`.
  static func item(_ z: NDComplexArray, _ key: Value, rt: Runtime) throws(PyError) -> Value {
    switch try z.positions.get(key, rt: rt) {
    case .i64(let p): return z.scalar(p)
    case .object(let o) where o.tag == .ndarray: return .object(selected(z, unsafeDowncast(o, to: NDArray.self)))
    default: throw unsupported("this index")
    }
  }

  /// The elements at the positions `ps` holds; where the real arrays made a view (`ps` has a base), NumPy's
  /// result would share memory with `z`, so both become read-only.
  static func selected(_ z: NDComplexArray, _ ps: NDArray) -> NDComplexArray {
    let r = z.picked(ps.ints, shape: ps.shape)
    if ps.base != nil {
      r.viewOf = z.root
      z.root.views.append(WeakObject(r))
      let flat = ps.ints
      r.contiguous = z.contiguous && flat.indices.allSatisfy { flat[$0] == (flat.first ?? 0) + $0 }
    }
    return r
  }

  /// A shape method of the real arrays (`reshape`, `T`, `ravel`…) applied to the positions.
  static func reshaped(_ z: NDComplexArray, rt: Runtime, _ body: (Value) throws(PyError) -> Value) throws(PyError)
    -> Value
  {
    let r = try body(.object(z.positions))
    guard case .object(let o) = r, o.tag == .ndarray else { return r }
    return .object(selected(z, unsafeDowncast(o, to: NDArray.self)))
  }

  /// The named error for writing into an array NumPy would share memory with another.
  static func writable(_ z: NDComplexArray) throws(PyError) {
    if z.shared {
      throw unsupported(
        "writing into a complex array that shares memory with another (a slice, reshape or transpose, or an array "
          + "one was taken from)")
    }
  }

  /// `a[key] = value`: the value (a number or an array, broadcast) into the positions NumPy's rules select.
  static func assign(_ z: NDComplexArray, _ key: Value, _ value: Value, rt: Runtime) throws(PyError) {
    try writable(z)
    let ps: [Int]
    let shape: [Int]
    switch try z.positions.get(key, rt: rt) {
    case .i64(let p): (ps, shape) = ([p], [])
    case .object(let o) where o.tag == .ndarray:
      let a = unsafeDowncast(o, to: NDArray.self)
      (ps, shape) = (a.ints, a.shape)
    default: throw unsupported("this index")
    }
    guard let v = try ComplexArithmetic.operand(value, rt: rt) else {
      throw PyError("TypeError", "float() argument must be a string or a real number, not '\(rt.typeName(value))'")
    }
    guard let b = Broadcast.shape(of: v.shape, and: shape), b == shape else {
      throw PyError(
        "ValueError",
        "could not broadcast input array from shape \(Tensor.compact(v.shape)) into shape \(Tensor.compact(shape))")
    }
    let iv = v.shape == shape ? Array(0..<ps.count) : try ComplexArithmetic.broadcastPositions(v, shape)
    for (k, p) in ps.enumerated() {
      z.pairs[2 * p] = v.pairs[2 * iv[k]]
      z.pairs[2 * p + 1] = v.pairs[2 * iv[k] + 1]
    }
  }

  /// `a.astype(t)`: complex stays complex; to float64 or int64 NumPy discards the imaginary part (with a
  /// `ComplexWarning`); to bool, nonzero is True.
  static func astype(_ z: NDComplexArray, _ dtype: Value, rt: Runtime) throws(PyError) -> Value {
    if isComplexDType(dtype, rt: rt) { return .object(NDComplexArray(pairs: z.pairs, shape: z.shape)) }
    guard let target = try DTypes.parse(dtype, rt: rt) else { return .object(z) }
    if target == .bool {
      return .object(
        NDArray(bools: (0..<z.count).map { z.pairs[2 * $0] != 0 || z.pairs[2 * $0 + 1] != 0 }, shape: z.shape))
    }
    rt.host.write("ComplexWarning: Casting complex values to real discards the imaginary part\n", toStderr: true)
    return .object(NDArray(doubles: z.realParts, shape: z.shape).astype(target))
  }

  /// `complex`, `np.complex128`, `'complex128'`, `'complex'`, `'c16'`: the dtypes that name complex128.
  static func isComplexDType(_ v: Value, rt: Runtime) -> Bool {
    if case .object(let o) = v {
      if o === BuiltinTypes.complex || o === NumPyTypes.complex128 { return true }
      if let d = o as? PyDTypeObject { return d.isComplex }
      if o.tag == .str {
        return ["complex128", "complex", "c16", "D", "cdouble"].contains(unsafeDowncast(o, to: PyStr.self).value)
      }
    }
    return false
  }
}

extension ComplexArrays {
  /// `np.complex128(x)`, `np.complex128(re, im)`: a NumPy complex scalar (an array argument converts
  /// elementwise).
  static func constructor() -> Runtime.ConstructorRef {
    Runtime.ConstructorRef { (rt, a) throws(PyError) -> Value in
      let p = try a.bind("complex128", ["real", "imag"], required: 0)
      guard let first = p[0] else { return scalar((0, 0)) }
      if case .object(let o) = first, o.tag == .ndarray || o.tag == .list || o.tag == .tuple || of(first) != nil {
        guard p[1] == nil else { throw unsupported("np.complex128 of an array with an imaginary part") }
        return ComplexArithmetic.wrap(try make(first, rt: rt))
      }
      let re = try ComplexArithmetic.operand(first, rt: rt)
      let im = try p[1].map { (v) throws(PyError) in try ComplexArithmetic.operand(v, rt: rt) } ?? nil
      guard let re, re.count == 1 else { throw PyError("TypeError", "complex128() argument must be a number") }
      guard let im else { return scalar(re.element(0)) }
      guard im.count == 1 else { throw PyError("TypeError", "complex128() argument must be a number") }
      // complex(a, b) = a + b·i with complex parts: (a.re - b.im) + (a.im + b.re)i.
      return scalar((re.pairs[0] - im.pairs[1], re.pairs[1] + im.pairs[0]))
    }
  }
}
