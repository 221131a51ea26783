/// An instance of a class defined in Python (exceptions included): its class and its attributes, stored by shape.
public final class PyInstance: PyObject {
  let cls: PyType
  /// Held unretained, so comparing it at a site's cache costs no reference counting.
  ///
  /// Every shape is kept alive by its class's root shape (`Shape.adding`, `Shape.removing`), and the instance keeps
  /// its class.
  private(set) unowned(unsafe) var shape: Shape
  var slots: [Value] = []
  /// For exceptions: the constructor's arguments, cause, context and traceback.
  var exceptionState: ExceptionState?

  init(cls: PyType) {
    self.cls = cls
    self.shape = cls.rootShape
    super.init(tag: .instance)
    if cls.slotHint > 0 { slots.reserveCapacity(cls.slotHint) }
  }

  override public var type: PyType { cls }

  @inline(__always) func attribute(_ name: String) -> Value? {
    guard let s = shape.slot(name) else { return nil }
    return slots[s]
  }

  func setAttribute(_ name: String, _ value: Value) {
    if let s = shape.slot(name) {
      slots[s] = value
      return
    }
    shape = shape.adding(name)
    slots.append(value)
    if slots.count > cls.slotHint { cls.slotHint = slots.count }
  }

  /// Adds an attribute known (by a site's cache) to move this instance from `from` to `to` at slot `from.count`.
  @inline(__always) func append(_ value: Value, to shape: Shape) {
    self.shape = shape
    slots.append(value)
    if slots.count > cls.slotHint { cls.slotHint = slots.count }
  }

  func removeAttribute(_ name: String) -> Bool {
    guard let s = shape.slot(name) else { return false }
    slots.remove(at: s)
    shape = shape.removing(name)
    return true
  }

  /// The shape's address, which a site's cache compares (`ShapeKey`).
  @inline(__always) var shapeAddress: UnsafeMutableRawPointer? { Unmanaged.passUnretained(shape).toOpaque() }

  var attributeNames: [String] { shape.names }
}

/// What an exception object carries besides ordinary attributes.
final class ExceptionState {
  var args: [Value]
  var cause: Value = .none
  var context: Value = .none
  var suppressContext = false
  var traceback: [PyError.Frame] = []
  var raisedAt: SourceRange?

  init(args: [Value]) {
    self.args = args
  }
}

/// A module: `numpy`, `math`, or one of Python's standard modules as far as Tessel has them.
public final class PyModule: PyObject {
  let name: String
  var attributes: [String: Value]

  init(name: String, attributes: [String: Value]) {
    self.name = name
    self.attributes = attributes
    super.init(tag: .module)
  }

  override public var type: PyType { BuiltinTypes.module }
}

/// The cell's global variables: one box per name, so compiled code holds the box and reads it in one load.
public final class Globals {
  final class Box {
    let name: String
    /// The value's own allocation, so compiled code can look at it in place (`SlotPeek`).
    let slot: UnsafeMutablePointer<Value>

    var value: Value {
      get { slot.pointee }
      set { slot.pointee = newValue }
    }

    init(name: String) {
      self.name = name
      slot = .allocate(capacity: 1)
      slot.initialize(to: .unbound)
    }

    deinit {
      slot.deinitialize(count: 1)
      slot.deallocate()
    }
  }

  private(set) var boxes: [String: Box] = [:]
  /// Names in first-assignment order (`globals()`, `%who`).
  private(set) var order: [String] = []

  func box(_ name: String) -> Box {
    if let b = boxes[name] { return b }
    let b = Box(name: name)
    boxes[name] = b
    order.append(name)
    return b
  }

  public subscript(name: String) -> Value? {
    get {
      guard let v = boxes[name]?.value, !v.isUnbound else { return nil }
      return v
    }
    set { box(name).value = newValue ?? .unbound }
  }

  var defined: [String] { order.filter { !(boxes[$0]?.value.isUnbound ?? true) } }
}
