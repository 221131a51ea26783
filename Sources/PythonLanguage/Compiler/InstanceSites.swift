/// Call sites' caches for instances of Python classes (CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE`,
/// `STORE_ATTR_INSTANCE_VALUE` and `LOAD_METHOD_WITH_VALUES`).
///
/// A site remembers an instance's shape; shapes grow from their class's root shape and `__class__` cannot be
/// reassigned, so the same shape means the same class. What the class's attributes were when the site
/// remembered it is guarded by `ClassGuard`.

/// The class a site's cache depends on and its version, re-read only when some class anywhere has changed.
struct ClassGuard {
  unowned(unsafe) var cls: PyType?
  var version: UInt64 = 0
  /// `PyType.epoch` when the version was last confirmed: while it stands, no class has changed.
  var epoch: UInt64 = .max

  mutating func set(_ t: PyType) {
    cls = t
    version = t.version
    epoch = PyType.epoch
  }

  /// Whether the class of an instance with the remembered shape is as remembered.
  @inline(__always) mutating func stands(_ inst: PyInstance) -> Bool {
    PyType.epoch == epoch || confirm(inst.cls)
  }

  /// After a change somewhere: the same class at the same version still counts.
  @inline(never) mutating func confirm(_ t: PyType) -> Bool {
    guard t === cls, t.version == version else { return false }
    epoch = PyType.epoch
    return true
  }
}

/// The shape a site's cache holds for, compared with an instance's by address.
///
/// No reference counting on the hit path; the site keeps the shape, so its address cannot be reused by another
/// while it is cached.
struct ShapeKey {
  private var kept: Shape?
  private var address: UnsafeMutableRawPointer?

  var shape: Shape? {
    get { kept }
    set {
      kept = newValue
      address = newValue.map { Unmanaged.passUnretained($0).toOpaque() }
    }
  }

  @inline(__always) func matches(_ inst: PyInstance) -> Bool { inst.shapeAddress == address }
}

/// An attribute read or write's cache: instances with `shape` keep the attribute in `slot`.
final class AttributeSite {
  var shape = ShapeKey()
  var guarded = ClassGuard()
  var slot = 0

  /// The cached slot of `inst`, if the cache holds for it.
  @inline(__always) func slot(of inst: PyInstance) -> Int? {
    shape.matches(inst) && guarded.stands(inst) ? slot : nil
  }

  /// The cached slot's value when the frame slot holds an instance the cache holds for.
  ///
  /// The instance is borrowed where it lies (the frame keeps it alive), so a hit retains only the value read.
  @inline(__always) func read(_ p: Frame, _ objectTag: UInt8) -> Value? {
    guard let u = SlotPeek.instance(p, tag: objectTag) else { return nil }
    return u._withUnsafeGuaranteedRef { inst -> Value? in
      guard let s = slot(of: inst) else { return nil }
      return inst.slot(s)
    }
  }

  func remember(_ o: Value, _ name: String) {
    guard case .object(let x) = o, x.tag == .instance else { return }
    let inst = unsafeDowncast(x, to: PyInstance.self)
    guard let s = inst.shape.slot(name) else { return }
    // A data descriptor on the class would take precedence over the instance attribute.
    if let classAttr = inst.cls.lookup(name), Runtime.isDataDescriptor(classAttr) { return }
    shape.shape = inst.shape
    guarded.set(inst.cls)
    slot = s
  }
}

/// A compiled site's names and source ranges, which it needs only off its fast path (a cache miss, an unbound
/// receiver, an error's position).
///
/// Held by one reference, so the compiled closure's context stays small: its forwarder copied sixteen words of
/// captured names and ranges on every run, hit or miss (an attribute read cost 76 instructions, now 60).
final class SiteText {
  let name: String
  let range: SourceRange
  /// The local the receiver is read from, for `UnboundLocalError`.
  let receiver: String?
  let receiverRange: SourceRange

  init(_ name: String, _ range: SourceRange, receiver: String? = nil, at receiverRange: SourceRange? = nil) {
    self.name = name
    self.range = range
    self.receiver = receiver
    self.receiverRange = receiverRange ?? range
  }

  /// For a site that names nothing: an operator's range, and the local it reads if any.
  convenience init(at range: SourceRange, receiver: String? = nil, at receiverRange: SourceRange? = nil) {
    self.init("", range, receiver: receiver, at: receiverRange)
  }

  /// `UnboundLocalError` when the receiver's slot is empty.
  @inline(__always) func checkBound(_ o: Value) throws(PyError) {
    if let receiver, case .unbound = o { throw Compiler.unbound(receiver, at: receiverRange) }
  }

  /// The attribute found the general way, remembered by the site.
  @inline(never)
  func readAttribute(_ rt: Runtime, _ site: AttributeSite, _ o: Value) throws(PyError) -> Value {
    try checkBound(o)
    do throws(PyError) {
      let v = try rt.getAttribute(o, name)
      site.remember(o, name)
      return v
    } catch { throw error.located(range) }
  }
}

/// An attribute store's cache for a new attribute: instances with shape `from` gain it as their last slot,
/// moving to shape `to` (`self.x = x` in `__init__`).
final class AttributeGrowth {
  var from = ShapeKey()
  var to: Shape?
  var guarded = ClassGuard()

  /// The shape `inst` moves to, if the cache holds for it.
  @inline(__always) func target(for inst: PyInstance) -> Shape? {
    from.matches(inst) && guarded.stands(inst) ? to : nil
  }

  func remember(_ o: Value, before: Shape?, _ name: String) {
    guard let before, case .object(let x) = o, x.tag == .instance else { return }
    let inst = unsafeDowncast(x, to: PyInstance.self)
    guard inst.shape !== before, inst.shape.count == before.count + 1, inst.shape.slot(name) == before.count else {
      return
    }
    // A data descriptor or __setattr__ on the class would have to run instead.
    if inst.cls.lookup("__setattr__").map({
      if case .object(let f) = $0 { return f.tag == .function } else { return false }
    }) ?? false {
      return
    }
    if let classAttr = inst.cls.lookup(name), Runtime.isDataDescriptor(classAttr) { return }
    from.shape = before
    to = inst.shape
    guarded.set(inst.cls)
  }
}

/// A method-call site's cache: receivers of class `cls` (at `version`, with `shape` for instances) call `method`.
final class MethodSite {
  var shape = ShapeKey()
  var guarded = ClassGuard()
  var method: Value = .none
  /// `method` when it is a function taking its arguments plainly, unretained (`method` keeps it).
  private(set) var function: Unmanaged<PyFunction>?
  /// For a callable kept in an instance attribute rather than a method of the class.
  let attribute = AttributeSite()
  /// For `module.function(…)`: the module (by address, kept alive by `moduleKept`), its version, the function.
  private var moduleKept: PyModule?
  private var moduleAddress: ObjectIdentifier?
  private var moduleVersion = 0
  private var moduleFunction: Value = .none

  /// The function cached for `m.name`, if `m` has not changed since.
  @inline(__always) func function(in m: PyModule) -> Value? {
    moduleAddress == ObjectIdentifier(m) && moduleVersion == m.version ? moduleFunction : nil
  }

  func remember(module m: PyModule, _ function: Value) {
    moduleKept = m
    moduleAddress = ObjectIdentifier(m)
    moduleVersion = m.version
    moduleFunction = function
  }

  /// The cached method for an instance receiver, if the cache holds for it.
  @inline(__always) func method(for inst: PyInstance) -> Value? {
    shape.matches(inst) && guarded.stands(inst) ? method : nil
  }

  /// The cached method for a receiver of a built-in type.
  @inline(__always) func method(forBuiltin t: PyType) -> Value? {
    shape.shape == nil && t === guarded.cls ? method : nil
  }

  /// The cached function for an instance receiver, when the cache holds for it and the method is a plain
  /// function.
  @inline(__always) func function(for inst: PyInstance) -> Unmanaged<PyFunction>? {
    guard let function, shape.matches(inst), guarded.stands(inst) else { return nil }
    return function
  }

  func remember(_ receiver: Value, _ method: Value, _ rt: Runtime) {
    let t = rt.typeOf(receiver)
    if case .object(let x) = receiver, x.tag == .instance {
      shape.shape = unsafeDowncast(x, to: PyInstance.self).shape
    } else if !t.isBuiltin {
      return
    } else {
      shape.shape = nil
    }
    guarded.set(t)
    self.method = method
    function = nil
    if case .object(let m) = method, m.tag == .function, unsafeDowncast(m, to: PyFunction.self).takesPlainArguments {
      function = .passUnretained(unsafeDowncast(m, to: PyFunction.self))
    }
  }
}
