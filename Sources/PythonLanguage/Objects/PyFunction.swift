/// A function defined by `def` or `lambda`: its compiled code, defaults, captured cells and globals.
public final class PyFunction: PyObject {
  let code: Code
  /// Copied from the code at creation, as immutable properties: a call reads them without retaining anything.
  let body: Exec
  /// The code's `returnExpression` when `returnsExpression`: not optional, since binding an optional closure
  /// retained its context for every call.
  let returnExpression: Eval
  let returnsExpression: Bool
  let frameSize: Int
  let argumentCount: Int
  let takesPlainArguments: Bool
  /// The fewest positional arguments a call may pass (the rest have defaults).
  let fewestArguments: Int
  /// The code's integer-only version, if it has one.
  let integer: IntegerFunction?
  var name: String
  var qualifiedName: String
  let defaults: [Value]
  var keywordDefaults: [String: Value]
  let closure: [PyCell]
  let globals: Globals
  var doc: Value = .none
  var attributes: PyDict?

  init(
    code: Code, name: String, qualifiedName: String, defaults: [Value], keywordDefaults: [String: Value],
    closure: [PyCell], globals: Globals
  ) {
    self.code = code
    self.body = code.body
    // Not `??`: a generic operator on closures stores its result behind two reabstraction thunks.
    if let expression = code.returnExpression {
      self.returnExpression = expression.run
    } else {
      self.returnExpression = { _ in .none }
    }
    self.returnsExpression = code.returnExpression != nil
    self.frameSize = code.frameSize
    self.argumentCount = code.argumentCount
    self.takesPlainArguments = code.takesPlainArguments
    self.fewestArguments = code.argumentCount - defaults.count
    self.integer = code.integerFunction
    self.name = name
    self.qualifiedName = qualifiedName
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
    self.globals = globals
    super.init(tag: .function)
  }

  override public var type: PyType { BuiltinTypes.function }

  /// Whether a call with `n` positional arguments and nothing else fills the frame directly.
  @inline(__always) func takesPlain(_ n: Int) -> Bool {
    takesPlainArguments && n <= argumentCount && n >= fewestArguments
  }

  /// Writes the defaults of the parameters from `n` on into a frame whose first `n` slots hold the arguments.
  @inline(__always) func fillDefaults(_ frame: Frame, from n: Int) {
    var k = n
    while k < argumentCount {
      frame[k] = defaults[k - fewestArguments]
      k += 1
    }
  }
}

/// A built-in function or method: its registry record.
public final class PyBuiltin: PyObject, @unchecked Sendable {
  public let name: String
  /// `list.append`, `math.sqrt`: how `repr` and errors name it.
  let qualifiedName: String
  let doc: String
  let body: BuiltinBody
  /// What the numeric tier computes for a one-argument call, for number functions it does itself.
  let kernel: ScalarKernel?

  init(
    _ name: String, qualifiedName: String? = nil, doc: String = "", kernel: ScalarKernel? = nil, _ body: BuiltinBody
  ) {
    self.name = name
    self.qualifiedName = qualifiedName ?? name
    self.doc = doc
    self.kernel = kernel
    self.body = body
    super.init(tag: .builtin)
  }

  override public var type: PyType { BuiltinTypes.builtinFunction }
}

/// How a builtin takes its arguments: fixed arities skip building an argument list.
enum BuiltinBody {
  case one((Runtime, Value) throws(PyError) -> Value)
  case two((Runtime, Value, Value) throws(PyError) -> Value)
  case twoOrThree((Runtime, Value, Value, Value?) throws(PyError) -> Value)
  case general((Runtime, Arguments) throws(PyError) -> Value)
  /// A method whose commonest call has one argument (`s.split(",")`): that call takes `pair` with no argument
  /// list; any other takes `general`.
  case pairOrGeneral(
    pair: (Runtime, Value, Value) throws(PyError) -> Value, general: (Runtime, Arguments) throws(PyError) -> Value)
}

/// The arguments of a call to a builtin: positional values, then `name=value` pairs.
public struct Arguments {
  public var positional: [Value]
  public var keywords: [(String, Value)]

  init(_ positional: [Value], _ keywords: [(String, Value)] = []) {
    self.positional = positional
    self.keywords = keywords
  }

  var count: Int { positional.count }
}

/// A function bound to its instance: `obj.method`.
public final class PyBoundMethod: PyObject {
  let function: Value
  let receiver: Value

  init(_ function: Value, _ receiver: Value) {
    self.function = function
    self.receiver = receiver
    super.init(tag: .boundMethod)
  }

  override public var type: PyType { BuiltinTypes.method }
}

/// `@property`, `@staticmethod`, `@classmethod` wrappers.
final class PyProperty: PyObject {
  var getter: Value
  var setter: Value
  var deleter: Value
  var doc: Value

  init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
    self.getter = getter
    self.setter = setter
    self.deleter = deleter
    self.doc = doc
    super.init(tag: .property)
  }

  override var type: PyType { BuiltinTypes.property }
}

final class PyStaticMethod: PyObject {
  let function: Value
  init(_ function: Value) {
    self.function = function
    super.init(tag: .staticMethod)
  }
  override var type: PyType { BuiltinTypes.staticmethod }
}

final class PyClassMethod: PyObject {
  let function: Value
  init(_ function: Value) {
    self.function = function
    super.init(tag: .classMethod)
  }
  override var type: PyType { BuiltinTypes.classmethod }
}

/// `super()` bound to a class and an instance: lookups start after `start` in the instance's MRO.
final class PySuper: PyObject {
  let start: PyType
  let receiver: Value
  let receiverType: PyType
  init(start: PyType, receiver: Value, receiverType: PyType) {
    self.start = start
    self.receiver = receiver
    self.receiverType = receiverType
    super.init(tag: .superProxy)
  }
  override var type: PyType { BuiltinTypes.superType }
}
