import TensorModule

extension BuiltinCall {
  /// An array-like argument (tensor, number, bool, nested lists) as a tensor.
  func tensor(_ name: String) throws(TesselError) -> Tensor {
    guard let t = try TensorValues.operand(value(name)) else { throw bad(name, expected: "a tensor or numbers") }
    return t
  }

  /// A tensor argument that must have `ndim` dimensions.
  func tensor(_ name: String, ndim: Int) throws(TesselError) -> Tensor {
    let t = try tensor(name)
    guard t.ndim == ndim else {
      throw bad(name, expected: ndim == 1 ? "a vector" : "a \(ndim)-d tensor", got: "shape \(t.shapeDescription)")
    }
    return t
  }

  /// `axis=None`, `axis=0` or `axis=(0, 1)`.
  func axes(_ name: String = "axis") throws(TesselError) -> Axes {
    switch value(name) {
    case .none: return .all
    case .tuple(let items), .list(let items):
      var out: [Int] = []
      for item in items {
        guard let d = item.numeric, let i = Operators.exactInt(d) else {
          throw bad(name, expected: "an integer or a tuple of integers")
        }
        out.append(i)
      }
      return .some(out)
    default:
      return .some([try integer(name)])
    }
  }

  /// `axis=None` or one axis.
  func optionalAxis(_ name: String = "axis") throws(TesselError) -> Int? {
    if case .none = value(name) { return nil }
    return try integer(name)
  }

  func optionalNumber(_ name: String) throws(TesselError) -> Double? {
    if case .none = value(name) { return nil }
    return try number(name)
  }

  /// One integer or a sequence of them (`repeat(x, 2)`, `tile(A, (2, 3))`, `roll(x, [1, 2], axis=(0, 1))`).
  func integers(_ name: String) throws(TesselError) -> [Int] {
    let v = value(name)
    let items: [Value]
    switch v {
    case .tuple(let xs), .list(let xs): items = xs
    case .tensor(let t) where t.ndim <= 1: items = t.data.map { .number($0) }
    default: items = [v]
    }
    var out: [Int] = []
    for item in items {
      guard let d = item.numeric, let i = Operators.exactInt(d) else {
        throw bad(name, expected: "an integer or a sequence of integers")
      }
      out.append(i)
    }
    return out
  }

  /// A shape: an integer or a tuple/list of them (`zeros(3)`, `zeros((2, 3))`).
  func shape(_ name: String) throws(TesselError) -> [Int] {
    let v = value(name)
    let items: [Value]
    switch v {
    case .tuple(let xs), .list(let xs): items = xs
    case .tensor(let t) where t.ndim == 1: items = t.data.map { .number($0) }
    default: items = [v]
    }
    var dims: [Int] = []
    for item in items {
      guard let d = item.numeric, let i = Operators.exactInt(d) else {
        throw bad(name, expected: "a shape (an integer or a tuple of integers)")
      }
      guard i >= 0 else { throw bad(name, expected: "non-negative dimensions", got: "\(i)", kind: "ValueError") }
      dims.append(i)
    }
    try lift { () throws(TensorError) in try MemoryBudget.reserve(dims) }
    return dims
  }

  /// The memory budget's check for a result of `shape` (NumPy's `MemoryError`), before it is allocated.
  @discardableResult
  func reserve(_ shape: [Int]) throws(TesselError) -> Int {
    try lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
  }

  /// Runs tensor code, turning its errors into the language's at this call.
  @discardableResult
  func lift<T>(_ body: () throws(TensorError) -> T) throws(TesselError) -> T {
    do {
      return try body()
    } catch {
      throw TensorValues.lift(error, range)
    }
  }
}
