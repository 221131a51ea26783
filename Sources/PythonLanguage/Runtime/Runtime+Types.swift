extension Runtime {
  /// `type(v)`.
  @inline(__always) func typeOf(_ v: Value) -> PyType {
    switch v {
    case .none, .unbound: BuiltinTypes.noneType
    case .bool: BuiltinTypes.bool
    case .int: BuiltinTypes.int
    case .float: BuiltinTypes.float
    case .f64: NumPyTypes.float64
    case .i64: NumPyTypes.int64
    case .npBool: NumPyTypes.bool
    case .object(let o): o.type
    }
  }

  /// The name errors use: `int`, `str`, `Point`.
  func typeName(_ v: Value) -> String {
    switch v {
    case .f64: "numpy.float64"
    case .i64: "numpy.int64"
    case .npBool: "numpy.bool"
    // C types' names (tp_name) carry their module, as CPython prints them in messages.
    case .object(let o) where o.tag == .ndarray: "numpy.ndarray"
    default: typeOf(v).name
    }
  }

  /// `isinstance(v, t)`.
  func isInstance(_ v: Value, _ t: PyType) -> Bool {
    if t === BuiltinTypes.object { return true }
    switch v {
    case .int: return t === BuiltinTypes.int
    case .bool: return t === BuiltinTypes.bool || t === BuiltinTypes.int
    case .float: return t === BuiltinTypes.float
    case .f64: return t === NumPyTypes.float64 || t === BuiltinTypes.float || t.name == "floating" || t.name == "number"
    case .i64: return t === NumPyTypes.int64 || t.name == "integer" || t.name == "signedinteger" || t.name == "number"
    default: return typeOf(v).isSubtype(of: t)
    }
  }

  /// Python truthiness: `__bool__`, then `__len__`, else true.
  @inline(__always) func truthy(_ v: Value) throws(PyError) -> Bool {
    switch v {
    case .bool(let b), .npBool(let b): return b
    case .int(let i), .i64(let i): return i != 0
    case .float(let d), .f64(let d): return d != 0
    case .none, .unbound: return false
    case .object(let o): return try truthy(object: o)
    }
  }

  func truthy(object o: PyObject) throws(PyError) -> Bool {
    switch o.tag {
    case .str: return unsafeDowncast(o, to: PyStr.self).value.utf8.count > 0
    case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
    case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
    case .dict: return unsafeDowncast(o, to: PyDict.self).count > 0
    case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count > 0
    case .range: return unsafeDowncast(o, to: PyRange.self).count > 0
    case .bigInt: return true
    case .complex:
      let c = unsafeDowncast(o, to: PyComplex.self)
      return c.real != 0 || c.imag != 0
    case .ndarray:
      let a = unsafeDowncast(o, to: NDArray.self)
      guard a.count == 1 else {
        throw PyError(
          "ValueError",
          "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
      }
      return try truthy(a.scalar(at: a.positions()[0]))
    case .instance, .other:
      let methods = o.type.truthProtocol
      if let b = methods.bool {
        let r = try call(b, [.object(o)])
        guard case .bool(let flag) = r else {
          throw .type("__bool__ should return bool, returned \(typeName(r))")
        }
        return flag
      }
      if let l = methods.length {
        let r = try call(l, [.object(o)])
        guard case .int(let n) = r else { throw .type("'\(typeName(r))' object cannot be interpreted as an integer") }
        return n != 0
      }
      return true
    default: return true
    }
  }
}
