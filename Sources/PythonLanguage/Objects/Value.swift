/// A Python value: small immutable scalars unboxed, everything else a reference to an object.
///
/// NumPy's scalar types (`np.float64`, `np.int64`, `np.bool_`) are unboxed too, so a loop over array elements
/// allocates nothing. `unbound` marks a local not yet assigned (reading it is `UnboundLocalError`); it never
/// escapes to Python code.
public enum Value {
  case unbound
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case f64(Double)
  case i64(Int)
  case npBool(Bool)
  case object(PyObject)

  @inline(__always) public var isUnbound: Bool {
    if case .unbound = self { return true }
    return false
  }

  @inline(__always) public var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// The object, for reference types.
  @inline(__always) public var object: PyObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// `is`: identity for objects, equality of kind and payload for the unboxed scalars (CPython caches small ints
  /// and interns, so `1 is 1` is True there too).
  ///
  /// Each side is matched on its own: matching the pair as a tuple copied both into it, retaining their objects.
  public func isIdentical(to other: Value) -> Bool {
    switch self {
    case .none: if case .none = other { return true }
    case .unbound: if case .unbound = other { return true }
    case .bool(let a): if case .bool(let b) = other { return a == b }
    case .npBool(let a): if case .npBool(let b) = other { return a == b }
    case .int(let a): if case .int(let b) = other { return a == b }
    case .i64(let a): if case .i64(let b) = other { return a == b }
    case .float(let a): if case .float(let b) = other { return a.bitPattern == b.bitPattern }
    case .f64(let a): if case .f64(let b) = other { return a.bitPattern == b.bitPattern }
    case .object(let a): if case .object(let b) = other { return a === b }
    }
    return false
  }

  static func str(_ s: String) -> Value { .object(PyStr(s)) }
  static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }
  static func list(_ items: [Value]) -> Value { .object(PyList(items)) }
}

/// The root of Python objects held by reference.
///
/// `tag` names the Swift class, so hot paths switch on a byte instead of casting.
open class PyObject {
  public let tag: ObjectTag

  init(tag: ObjectTag) {
    self.tag = tag
  }

  /// The object's Python type.
  public var type: PyType { BuiltinTypes.object }
}

/// Which Swift class an object is.
public enum ObjectTag: UInt8, Sendable {
  case str, list, tuple, dict, set, frozenset, bigInt, complex, range, slice, function, builtin, boundMethod,
    instance, type, module, cell, iterator, generator, ndarray, bytes, property, staticMethod, classMethod,
    superProxy, other
}
