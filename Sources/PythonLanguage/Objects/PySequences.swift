/// `list`: a mutable sequence of references.
public final class PyList: PyObject {
  public var items: [Value]

  public init(_ items: [Value]) {
    self.items = items
    super.init(tag: .list)
  }

  override public var type: PyType { BuiltinTypes.list }
}

/// `tuple`: an immutable sequence of references.
///
/// Subclassed only by `PyNamedTuple`.
public class PyTuple: PyObject {
  public let items: [Value]

  public init(_ items: [Value]) {
    self.items = items
    super.init(tag: .tuple)
  }

  override public var type: PyType { BuiltinTypes.tuple }
}

/// `range(start, stop, step)`: lazy, so `range(10**12)` costs nothing until iterated.
public final class PyRange: PyObject {
  public let start: Int
  public let stop: Int
  public let step: Int
  /// `len()`, computed once (it takes a division).
  public let count: Int

  public init(_ start: Int, _ stop: Int, _ step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
    count = PyRange.count(start, stop, step)
    super.init(tag: .range)
  }

  override public var type: PyType { BuiltinTypes.range }

  /// Elements of `range(start, stop, step)` (step ≠ 0), computed without overflow; more than `Int.max` (only
  /// `range(-2**63, 2**63 - 1)` and the like) saturates.
  static func count(_ start: Int, _ stop: Int, _ step: Int) -> Int {
    let n: UInt
    if step > 0 {
      guard start < stop else { return 0 }
      n = (UInt(bitPattern: stop &- start) &- 1) / UInt(step) + 1
    } else {
      guard start > stop else { return 0 }
      n = (UInt(bitPattern: start &- stop) &- 1) / step.magnitude + 1
    }
    return n > UInt(Int.max) ? Int.max : Int(n)
  }

  func element(_ i: Int) -> Int { start + i * step }
}

/// `slice(start, stop, step)`, as made by `a[1:2]`.
public final class PySlice: PyObject {
  public let start: Value
  public let stop: Value
  public let step: Value

  public init(_ start: Value, _ stop: Value, _ step: Value) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(tag: .slice)
  }

  override public var type: PyType { BuiltinTypes.slice }
}

/// `bytes`: an immutable sequence of octets.
public final class PyBytes: PyObject {
  public let bytes: [UInt8]

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    super.init(tag: .bytes)
  }

  override public var type: PyType { BuiltinTypes.bytes }
}

/// A variable captured by an inner function: both scopes see the same cell.
final class PyCell: PyObject {
  var value: Value

  init(_ value: Value = .unbound) {
    self.value = value
    super.init(tag: .cell)
  }

  override var type: PyType { BuiltinTypes.cell }
}

/// `complex`: a pair of doubles.
public final class PyComplex: PyObject {
  public let real: Double
  public let imag: Double
  /// `np.complex128`, NumPy's subclass of `complex`: its own arithmetic (NumPy's division, no
  /// `ZeroDivisionError`), NumPy scalars from `.real`/`.imag`/`abs`, and `np.complex128(…)` as its repr.
  public let isNumPy: Bool

  public init(_ real: Double, _ imag: Double, numpy: Bool = false) {
    self.real = real
    self.imag = imag
    self.isNumPy = numpy
    super.init(tag: .complex)
  }

  override public var type: PyType { isNumPy ? NumPyTypes.complex128 : BuiltinTypes.complex }
}

/// `Ellipsis` and `NotImplemented`.
final class PySingleton: PyObject, @unchecked Sendable {
  let name: String
  let singletonType: PyType
  init(_ name: String, _ type: PyType) {
    self.name = name
    self.singletonType = type
    super.init(tag: .other)
  }
  override var type: PyType { singletonType }
}
