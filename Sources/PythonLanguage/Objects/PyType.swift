import Synchronization

/// A Python class: built-in (`list`, `ValueError`) or defined by a `class` statement.
///
/// Attribute lookup walks the MRO; call sites cache what they found together with `version`, which changes
/// whenever this class or a base gains, loses or rebinds an attribute.
public final class PyType: PyObject, @unchecked Sendable {
  public let name: String
  var qualifiedName: String
  var module: String
  private(set) var bases: [PyType]
  private(set) var mro: [PyType] = []
  /// Attributes in definition order (dataclass fields and `__dict__` keep it).
  private(set) var dict: [String: Value] = [:]
  private(set) var order: [String] = []
  /// Bumped (from one process-wide sequence) on every change to this class or a base.
  ///
  /// Changes (from one process-wide sequence) whenever this class itself gains, loses or rebinds an attribute.
  private(set) var ownVersion: UInt64
  /// The user-defined classes after this one in the MRO (built-in classes never change).
  private var mutableBases: [PyType] = []
  /// The built-in class whose instances' layout this class shares (`list` for `class Stack(list)`); nil for
  /// `object` and plain classes.
  let layout: ObjectTag?
  /// Instances' attributes start from this shape.
  let rootShape = Shape()
  /// The most attributes an instance has had: new instances reserve that many slots up front.
  var slotHint = 0
  let isBuiltin: Bool
  /// Which built-in type with a direct constructor path this is (`Constructors.unary`), found by a switch rather
  /// than by comparing with each such type in turn.
  let constructorKind: ConstructorKind
  /// `@dataclass(frozen=True)`: assigning an attribute raises `FrozenInstanceError`.
  var frozenDataclass = false
  /// For `abc.ABC` and the classes made from it, the abstract methods left (sorted); nil for other classes.
  var abstractMethods: [String]?
  /// For a named tuple class, its fields (a class made from one finds them along its MRO).
  var namedTuple: NamedTupleLayout?

  private static let versions = Atomic<UInt64>(0)

  /// The process-wide sequence every class change advances: while it stands, no class has changed.
  @inline(__always) static var epoch: UInt64 { versions.load(ordering: .relaxed) }

  init(name: String, module: String = "builtins", bases: [PyType], layout: ObjectTag? = nil, builtin: Bool) {
    self.name = name
    self.qualifiedName = name
    self.module = module
    self.bases = bases
    self.layout = layout ?? bases.lazy.compactMap(\.layout).first
    self.isBuiltin = builtin
    constructorKind = builtin && module == "builtins" ? ConstructorKind(rawValue: name) ?? .other : .other
    ownVersion = PyType.versions.wrappingAdd(1, ordering: .relaxed).newValue
    super.init(tag: .type)
    mro = [self] + ((try? PyType.linearize(bases)) ?? bases)
    mutableBases = mro.dropFirst().filter { !$0.isBuiltin }
  }

  override public var type: PyType { BuiltinTypes.type }

  /// C3 linearisation of the bases' MROs; nil when the bases cannot be ordered consistently.
  static func linearize(_ bases: [PyType]) throws(PyError) -> [PyType] {
    var sequences = bases.map(\.mro) + [bases]
    var result: [PyType] = []
    while true {
      sequences.removeAll { $0.isEmpty }
      if sequences.isEmpty { return result }
      var candidate: PyType?
      for seq in sequences {
        let head = seq[0]
        if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
          candidate = head
          break
        }
      }
      guard let next = candidate else {
        let names = bases.map(\.name).joined(separator: ", ")
        throw PyError(
          "TypeError", "Cannot create a consistent method resolution order (MRO) for bases \(names)")
      }
      result.append(next)
      for k in sequences.indices where sequences[k].first === next { sequences[k].removeFirst() }
    }
  }

  /// The attribute as found along the MRO (not bound to an instance).
  @inline(__always) public func lookup(_ name: String) -> Value? {
    for t in mro {
      if let v = t.dict[name] { return v }
    }
    return nil
  }

  /// The class (in MRO order) that defines `name`.
  func definingClass(_ name: String) -> PyType? {
    mro.first { $0.dict[name] != nil }
  }

  /// The attribute defined on this class itself.
  func own(_ name: String) -> Value? { dict[name] }

  var ownNames: [String] { order }

  /// `__new__` and `__init__` as found at `version`, so constructing an instance skips the MRO walk; the
  /// initializer is nil when it is `object`'s or `BaseException`'s own (nothing to call).
  var constructionCache: (version: UInt64, new: Value?, initializer: Value?)?

  /// Operator methods as found at `operatorVersion`: `__add__`… by `BinaryOperator.rawValue`, then `__radd__`….
  private var operatorMethods: [Value?] = []
  private var operatorVersion: UInt64 = .max

  /// `__add__` (or with `reflected`, `__radd__`) along the MRO, found once per version of the class.
  func operatorMethod(_ op: BinaryOperator, reflected: Bool) -> Value? {
    let v = version
    if v != operatorVersion {
      operatorMethods =
        BinaryOperator.allCases.map { lookup($0.method) } + BinaryOperator.allCases.map { lookup($0.reflected) }
      operatorVersion = v
    }
    return operatorMethods[Int(op.rawValue) + (reflected ? BinaryOperator.allCases.count : 0)]
  }

  /// `__bool__` and `__len__` as found at `truthVersion`: an instance's truth value (`if node:`, `a or b`) skips
  /// two walks along the MRO that, for a class defining neither, end empty.
  private var truthMethods: (bool: Value?, length: Value?) = (nil, nil)
  private var truthVersion: UInt64 = .max

  /// `__bool__` and `__len__` along the MRO, found once per version of the class.
  var truthProtocol: (bool: Value?, length: Value?) {
    let v = version
    if v != truthVersion {
      truthMethods = (lookup("__bool__"), lookup("__len__"))
      truthVersion = v
    }
    return truthMethods
  }

  func set(_ name: String, _ value: Value) {
    if dict.updateValue(value, forKey: name) == nil { order.append(name) }
    invalidate()
  }

  func remove(_ name: String) -> Bool {
    guard dict.removeValue(forKey: name) != nil else { return false }
    order.removeAll { $0 == name }
    invalidate()
    return true
  }

  private func invalidate() {
    ownVersion = PyType.versions.wrappingAdd(1, ordering: .relaxed).newValue
  }

  /// What a cached lookup depends on: this class's version plus its user-defined bases' (versions only grow, so a
  /// change anywhere along the MRO changes the sum).
  ///
  /// No weak links from bases to subclasses: a weakly referenced object takes the slow path on every retain and
  /// release.
  ///
  /// The sum is kept with the process-wide sequence's value when it was taken: while no class anywhere has
  /// changed since, it stands, and a call site's check is one load and two compares.
  @inline(__always) var version: UInt64 {
    let epoch = PyType.versions.load(ordering: .relaxed)
    if epoch == versionEpoch { return cachedVersion }
    var v = ownVersion
    for b in mutableBases { v &+= b.ownVersion }
    cachedVersion = v
    versionEpoch = epoch
    return v
  }

  private var cachedVersion: UInt64 = 0
  private var versionEpoch: UInt64 = .max

  public func isSubtype(of other: PyType) -> Bool {
    self === other || mro.contains { $0 === other }
  }

  /// `module.Name` as `repr` shows it (`<class 'int'>`, `<class '__main__.Point'>`).
  var displayName: String { module == "builtins" ? qualifiedName : "\(module).\(qualifiedName)" }
}

/// The layout of an instance's attributes: names to slot numbers, shared by instances that gained the same
/// attributes in the same order (as V8's hidden classes), so an attribute site caches a slot number.
final class Shape {
  private(set) var slots: [String: Int] = [:]
  private(set) var names: [String] = []
  var count: Int { names.count }
  private var transitions: [String: Shape] = [:]

  @inline(__always) func slot(_ name: String) -> Int? { slots[name] }

  /// The shape with `name` added (shared between instances that add it in the same order).
  func adding(_ name: String) -> Shape {
    if let s = transitions[name] { return s }
    let s = Shape()
    s.slots = slots
    s.slots[name] = names.count
    s.names = names + [name]
    transitions[name] = s
    return s
  }

  /// The shape without `name` (after `del obj.name`), kept here like the shapes `adding` makes: every shape an
  /// instance has lives as long as its class's root shape, so instances refer to theirs without retaining it.
  func removing(_ name: String) -> Shape {
    if let s = removals[name] { return s }
    let s = Shape()
    s.names = names.filter { $0 != name }
    for (k, n) in s.names.enumerated() { s.slots[n] = k }
    removals[name] = s
    return s
  }

  private var removals: [String: Shape] = [:]
}

/// The built-in types whose calls `Constructors` makes without an argument list.
enum ConstructorKind: String {
  case int, float, str, bool, list, tuple, dict, set, frozenset, range, reversed, other
}
