import TensorModule

extension NDArray {
  /// The error for an element no array dtype of Tessel's holds (`str`, objects): named, never coerced.
  static func unsupportedElement(_ v: Value, _ rt: Runtime) -> PyError {
    var leaf = v
    // Into lists and tuples, to the first element that is not a number.
    while case .object(let o) = leaf, o.tag == .list || o.tag == .tuple {
      let items = o.tag == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
      guard
        let next = items.first(where: {
          switch $0 {
          case .bool, .npBool, .int, .i64, .float, .f64: false
          default: true
          }
        })
      else { break }
      leaf = next
    }
    return PyError(
      "NotImplementedError",
      "arrays of \(rt.typeName(leaf)) are not supported; Tessel's arrays hold bool, int64 and float64")
  }

  /// `np.array(obj, dtype=None)`: nested lists/tuples of numbers (or arrays), with NumPy's dtype inference
  /// (bool < int64 < float64) and a `ValueError` for ragged nesting.
  static func make(_ v: Value, dtype requested: DType?, rt: Runtime) throws(PyError) -> NDArray {
    if ComplexArrays.of(v) != nil { throw ComplexArrays.unsupported("this function") }
    // A poly1d's `__array__` is its coefficients.
    if let p = Poly1D.of(v) { return requested.map { p.coeffs.astype($0) } ?? p.coeffs.copy() }
    if case .object(let o) = v, o.tag == .ndarray {
      let a = unsafeDowncast(o, to: NDArray.self)
      return requested.map { a.astype($0) } ?? a.copy()
    }
    // The shape along the first items, reserved before any leaf is read: a list of a million
    // million-element arrays is NumPy's MemoryError at once, not a walk over 10¹² leaves.
    var probe: [Int] = []
    var cursor = v
    probing: while case .object(let o) = cursor {
      switch o.tag {
      case .list, .tuple:
        let items =
          o.tag == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
        probe.append(items.count)
        guard let first = items.first else { break probing }
        cursor = first
      case .ndarray:
        probe += unsafeDowncast(o, to: NDArray.self).shape
        break probing
      case .range:
        let r = unsafeDowncast(o, to: PyRange.self)
        probe.append(PyRange.count(r.start, r.stop, r.step))
        break probing
      default: break probing
      }
    }
    do throws(TensorError) { try MemoryBudget.reserve(probe) } catch { throw PyError(tensor: error) }
    var shape: [Int] = []
    var leaves: [Value] = []
    func walk(_ x: Value, _ depth: Int) throws(PyError) {
      var items: [Value]?
      if case .object(let o) = x {
        switch o.tag {
        case .list: items = unsafeDowncast(o, to: PyList.self).items
        case .tuple: items = unsafeDowncast(o, to: PyTuple.self).items
        case .ndarray:
          let a = unsafeDowncast(o, to: NDArray.self)
          items = a.ndim == 0 ? nil : (0..<a.shape[0]).map { i in a.item(i) }
        case .range: items = try rt.collect(x)
        default: break
        }
      }
      guard let items else {
        if depth < shape.count {
          throw PyError(
            "ValueError",
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(Tensor.describe(Array(shape[..<depth]))) + inhomogeneous part."
          )
        }
        if depth > shape.count || shape.count > depth { return }
        leaves.append(x)
        return
      }
      if depth == shape.count {
        if depth > 0 && !leaves.isEmpty {
          throw PyError(
            "ValueError",
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(Tensor.describe(shape)) + inhomogeneous part."
          )
        }
        shape.append(items.count)
      } else if shape[depth] != items.count {
        throw PyError(
          "ValueError",
          "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(Tensor.describe(Array(shape[..<depth]))) + inhomogeneous part."
        )
      }
      for item in items { try walk(item, depth + 1) }
    }
    try walk(v, 0)
    // An empty array is float64, as NumPy's default.
    var inferred = leaves.isEmpty ? DType.float64 : DType.bool
    for leaf in leaves {
      switch leaf {
      case .bool, .npBool: break
      case .int, .i64: inferred = DType.promote(inferred, .int64)
      case .float, .f64: inferred = .float64
      case .object(let o) where o.tag == .bigInt:
        throw PyError("OverflowError", "Python integer \(try rt.repr(leaf)) out of bounds for int64")
      default:
        if ComplexArrays.holdsComplex(leaf) { throw ComplexArrays.unsupported("this function") }
        throw NDArray.unsupportedElement(leaf, rt)
      }
    }
    let dtype = requested ?? inferred
    let result: NDArray
    switch dtype {
    case .float64:
      var out: [Double] = []
      out.reserveCapacity(leaves.count)
      for l in leaves { out.append(try rt.double(l)) }
      result = NDArray(doubles: out, shape: shape)
    case .int64:
      var out: [Int] = []
      out.reserveCapacity(leaves.count)
      for l in leaves { out.append(try NumberCasts.int64(storing: l, rt: rt)) }
      result = NDArray(ints: out, shape: shape)
    case .bool:
      var out: [Bool] = []
      for l in leaves { out.append(try rt.truthy(l)) }
      result = NDArray(bools: out, shape: shape)
    }
    return result
  }

  /// The `i`-th item along the first axis: a scalar for 1-d arrays, else a view.
  func item(_ i: Int) -> Value {
    let p = offset + i * strides[0]
    if ndim == 1 { return scalar(at: p) }
    return .object(view(shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()), offset: p))
  }

  func astype(_ t: DType) -> NDArray {
    switch t {
    case .float64: NDArray(doubles: doubles, shape: shape)
    case .int64: NDArray(ints: ints, shape: shape)
    case .bool: NDArray(bools: bools, shape: shape)
    }
  }

  /// `a.tolist()`: nested lists of Python scalars.
  func toList() -> Value {
    func build(_ p: Int, _ axis: Int) -> Value {
      if axis == ndim {
        switch dtype {
        case .float64: return .float(storage.doubles[p])
        case .int64: return .int(storage.ints[p])
        case .bool: return .bool(storage.bools[p])
        }
      }
      return .list((0..<shape[axis]).map { build(p + $0 * strides[axis], axis + 1) })
    }
    return build(offset, 0)
  }
}
