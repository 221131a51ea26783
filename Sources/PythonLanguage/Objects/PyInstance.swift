/// An instance of a class defined in Python (exceptions included): its class and its attributes, stored by shape.
public final class PyInstance: PyObject {
  let cls: PyType
  /// Held unretained, so comparing it at a site's cache costs no reference counting.
  ///
  /// Every shape is kept alive by its class's root shape (`Shape.adding`, `Shape.removing`), and the instance keeps
  /// its class.
  private(set) unowned(unsafe) var shape: Shape
  /// The first attributes' values, held in the instance itself.
  ///
  /// Most instances have a few attributes: reading one is one load from the object rather than two through an
  /// array's buffer, and making an instance is one allocation. The rest go to `overflow`. A homogeneous tuple is
  /// laid out as an array of its element.
  private var inline: (Value, Value, Value, Value, Value, Value) = (
    .unbound, .unbound, .unbound, .unbound, .unbound, .unbound
  )
  static let inlineCount = 6
  private var overflow: [Value] = []
  /// How many attributes the instance holds (its shape's count).
  private(set) var slotCount = 0
  /// For exceptions: the constructor's arguments, cause, context and traceback.
  var exceptionState: ExceptionState?

  init(cls: PyType) {
    self.cls = cls
    self.shape = cls.rootShape
    super.init(tag: .instance)
    if cls.slotHint > PyInstance.inlineCount { overflow.reserveCapacity(cls.slotHint - PyInstance.inlineCount) }
  }

  override public var type: PyType { cls }

  /// The value in slot `s` (a slot of the instance's shape).
  @inline(__always) func slot(_ s: Int) -> Value {
    if UInt(bitPattern: s) < UInt(PyInstance.inlineCount) {
      return withUnsafeMutablePointer(to: &inline) {
        UnsafeMutableRawPointer($0).assumingMemoryBound(to: Value.self)[s]
      }
    }
    return overflow[s - PyInstance.inlineCount]
  }

  @inline(__always) func setSlot(_ s: Int, _ value: Value) {
    if UInt(bitPattern: s) < UInt(PyInstance.inlineCount) {
      withUnsafeMutablePointer(to: &inline) {
        UnsafeMutableRawPointer($0).assumingMemoryBound(to: Value.self)[s] = value
      }
      return
    }
    overflow[s - PyInstance.inlineCount] = value
  }

  /// Every attribute's value, in slot order.
  var slotValues: [Value] { (0..<slotCount).map { slot($0) } }

  private func appendSlot(_ value: Value) {
    if slotCount < PyInstance.inlineCount {
      setSlot(slotCount, value)
    } else {
      overflow.append(value)
    }
    slotCount += 1
    if slotCount > cls.slotHint { cls.slotHint = slotCount }
  }

  @inline(__always) func attribute(_ name: String) -> Value? {
    guard let s = shape.slot(name) else { return nil }
    return slot(s)
  }

  func setAttribute(_ name: String, _ value: Value) {
    if let s = shape.slot(name) {
      setSlot(s, value)
      return
    }
    shape = shape.adding(name)
    appendSlot(value)
  }

  /// Adds an attribute known (by a site's cache) to move this instance from `from` to `to` at slot `from.count`.
  @inline(__always) func append(_ value: Value, to shape: Shape) {
    self.shape = shape
    appendSlot(value)
  }

  func removeAttribute(_ name: String) -> Bool {
    guard let s = shape.slot(name) else { return false }
    var values = slotValues
    values.remove(at: s)
    shape = shape.removing(name)
    for k in 0..<PyInstance.inlineCount { setSlot(k, k < values.count ? values[k] : .unbound) }
    overflow = Array(values.dropFirst(PyInstance.inlineCount))
    slotCount = values.count
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
  /// Changes bump `version`, so a call site caches `module.name` until the module changes.
  var attributes: [String: Value] { didSet { version &+= 1 } }
  private(set) var version = 0

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
