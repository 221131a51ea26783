import Foundation

/// An n-dimensional array of float64 or bool, row-major and always contiguous.
///
/// A value type: `var b = a; b[0] = 9` leaves `a` alone. The buffer is shared until one side writes
/// (Swift's copy-on-write `Array`), so assignment costs nothing. Bools are stored as 0 and 1 with
/// `dtype == .bool`, so every kernel works on one buffer type.
public struct Tensor: Sendable, Equatable {
  public enum DType: String, Sendable {
    case float64, bool
  }

  public private(set) var shape: [Int]
  public var data: [Double]
  public var dtype: DType

  /// A tensor over `data`, which must hold exactly `shape`'s product of elements.
  public init(shape: [Int], data: [Double], dtype: DType = .float64) {
    precondition(shape.reduce(1, *) == data.count, "shape \(shape) does not hold \(data.count) elements")
    self.shape = shape
    self.data = data
    self.dtype = dtype
  }

  /// A tensor whose elements are written by `body` into uninitialized storage of `count` elements.
  ///
  /// Typed: a body that throws `E` makes this throw `E` (an interrupted sort throws `TensorError`).
  ///
  /// Inlined, so a kernel closure the body calls per element is inlined into the loop too: made as a closure
  /// specialisation instead, this took `f` as a value and called it per element (`a * 0.5` at 10× NumPy's time).
  @inline(__always)
  public init<E: Error>(
    shape: [Int], dtype: DType = .float64, filling body: (UnsafeMutableBufferPointer<Double>) throws(E) -> Void
  ) throws(E) {
    let count = shape.reduce(1, *)
    self.shape = shape
    self.dtype = dtype
    var failure: E?
    self.data = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { HugePages.advise(base, bytes: count * MemoryLayout<Double>.stride) }
      do throws(E) { try body(buffer) } catch { failure = error }
      // Doubles need no deinitialisation: a buffer abandoned half-written is safe to release.
      initialized = count
    }
    if let failure { throw failure }
  }

  public init(repeating value: Double, shape: [Int], dtype: DType = .float64) {
    self.init(shape: shape, dtype: dtype) { $0.initialize(repeating: value) }
  }

  /// A 1-d float tensor.
  public init(_ values: [Double]) {
    self.init(shape: [values.count], data: values)
  }

  public var count: Int { data.count }
  public var ndim: Int { shape.count }
  public var isBool: Bool { dtype == .bool }

  /// Row-major strides, in elements.
  public var strides: [Int] { Tensor.strides(for: shape) }

  public static func strides(for shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var s = 1
    for axis in shape.indices.reversed() {
      strides[axis] = s
      s *= shape[axis]
    }
    return strides
  }

  /// The same elements under another shape with the same element count.
  public func reshaped(_ newShape: [Int]) -> Tensor {
    var t = self
    t.shape = newShape
    precondition(newShape.reduce(1, *) == count)
    return t
  }

  /// Replaces the shape in place; the element count must not change.
  public mutating func setShape(_ newShape: [Int]) {
    precondition(newShape.reduce(1, *) == count)
    shape = newShape
  }

  /// `(3, 4)`, `(5,)`, `()` as NumPy prints shapes.
  public static func describe(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  public var shapeDescription: String { Tensor.describe(shape) }

  /// `(3,4)`, `(5,)`: shapes as NumPy writes them inside its error messages.
  public static func compact(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
  }
}
