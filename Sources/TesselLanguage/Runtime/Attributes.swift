import TensorModule

/// `x.name`: namespace members, record fields, tensor properties, and methods (builtins with `x` bound
/// first, so `x.mean(axis=0)` is `mean(x, axis=0)`).
enum Attributes {
  /// Tensor methods that are the flat builtin of the same name.
  static let tensorMethods: Set<String> = [
    "mean", "sum", "std", "var", "min", "max", "argmin", "argmax", "reshape", "transpose", "flatten", "ravel",
    "squeeze", "cumsum", "cumprod", "prod", "all", "any", "round", "clip", "dot", "copy", "tolist", "item", "astype",
    "argsort", "trace", "nonzero", "diagonal", "repeat", "ptp",
  ]

  static func get(_ value: Value, _ name: String, _ runtime: Runtime, _ r: SourceRange) throws(TesselError) -> Value {
    switch value {
    case .namespace(let ns):
      if let member = ns.members[name] { return member }
      var message = "module '\(ns.name)' has no attribute '\(name)'"
      if let s = Suggest.closest(to: name, among: Array(ns.members.keys)) { message += ". Did you mean: '\(s)'?" }
      throw TesselError("AttributeError", message, at: r)
    case .record(let rec):
      if let field = rec[name] { return field }
      return try method(value, name, runtime, r, fields: rec.names)
    case .tensor(let t):
      switch name {
      case "T": return .tensor(t.T)
      case "shape": return .tuple(t.shape.map { .number(Double($0)) })
      case "ndim": return .number(Double(t.ndim))
      case "size": return .number(Double(t.count))
      case "dtype": return .string(t.dtype.rawValue)
      default: return try method(value, name, runtime, r)
      }
    case .exception(let e):
      if name == "args" { return .tuple(e.message.isEmpty ? [] : [.string(e.message)]) }
      return try method(value, name, runtime, r)
    case .builtin(let b):
      if let member = runtime.registry.attributes[b.name]?[name] { return member }
      if let members = runtime.registry.attributes[b.name] {
        var message = "'\(b.name)' has no attribute '\(name)'"
        if let s = Suggest.closest(to: name, among: Array(members.keys)) { message += ". Did you mean: '\(s)'?" }
        throw TesselError("AttributeError", message, at: r)
      }
      return try method(value, name, runtime, r)
    case .number(let d):
      switch name {
      case "real": return .number(d)
      case "imag": return .number(0)
      default: return try method(value, name, runtime, r)
      }
    default:
      return try method(value, name, runtime, r)
    }
  }

  static func method(_ value: Value, _ name: String, _ runtime: Runtime, _ r: SourceRange, fields: [String] = [])
    throws(TesselError) -> Value
  {
    let own = runtime.registry.methods[value.typeName] ?? [:]
    if let b = own[name] { return .method(b, value) }
    if case .tensor = value, tensorMethods.contains(name), let b = runtime.registry.builtins[name] {
      return .method(b, value)
    }
    var candidates = Array(own.keys) + fields
    if case .tensor = value { candidates += tensorMethods + ["T", "shape", "ndim", "size", "dtype"] }
    var message = "'\(value.typeName)' object has no attribute '\(name)'"
    if let s = Suggest.closest(to: name, among: candidates) { message += ". Did you mean: '\(s)'?" }
    throw TesselError("AttributeError", message, at: r)
  }
}

/// Methods that change their receiver.
///
/// `xs.append(v)`, `d.update(e)`, `x.sort()`. The compiler writes the
/// changed value back to the variable (values, not references, are stored).
enum Methods {
  static let mutating: Set<String> = [
    "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "update", "setdefault", "fill",
  ]

  static func canMutate(_ value: Value, _ name: String) -> Bool {
    switch value {
    case .list: ["append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse"].contains(name)
    case .dict: ["pop", "update", "clear", "setdefault"].contains(name)
    case .tensor: ["sort", "fill"].contains(name)
    default: false
    }
  }

  /// The one argument-count check of the methods: `pop() takes 1 to 2 argument(s) (3 given)`.
  static func checkArity(_ name: String, _ p: [Value], _ allowed: ClosedRange<Int>, _ r: SourceRange)
    throws(TesselError)
  {
    guard allowed.contains(p.count) else {
      let expected =
        allowed.lowerBound == allowed.upperBound
        ? "exactly \(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
      throw .type("\(name)() takes \(expected) argument(s) (\(p.count) given)", at: r)
    }
  }

  static func mutate(
    _ receiver: inout Value, _ name: String, _ p: [Value], _ k: [(String, Value)], _ runtime: Runtime,
    _ r: SourceRange
  ) throws(TesselError) -> Value {
    if var xs = receiver.takeList() {
      defer { receiver = .list(xs) }
      return try ListMethods.mutate(&xs, name, p, k, runtime, r)
    }
    if var d = receiver.takeDict() {
      defer { receiver = .dict(d) }
      return try mutate(dict: &d, name, p, r)
    }
    if var t = receiver.takeTensor() {
      defer { receiver = .tensor(t) }
      return try mutate(tensor: &t, name, p, k, r)
    }
    throw .type("'\(receiver.typeName)' object has no method '\(name)'", at: r)
  }

  static func mutate(dict d: inout Dict, _ name: String, _ p: [Value], _ r: SourceRange) throws(TesselError) -> Value {
    func arity(_ allowed: ClosedRange<Int>) throws(TesselError) { try checkArity(name, p, allowed, r) }
    switch name {
    case "pop":
      try arity(1...2)
      guard let key = DictKey(p[0]) else { throw .type("dict keys must be str or numbers", at: r) }
      if let v = d[key] {
        d[key] = nil
        return v
      }
      if p.count == 2 { return p[1] }
      throw TesselError("KeyError", Repr.repr(p[0]), at: r)
    case "update":
      try arity(1...1)
      guard case .dict(let other) = p[0] else { throw .type("update() needs a dict, got \(p[0].typeName)", at: r) }
      for (key, v) in other.items { d[key] = v }
      return .none
    case "clear":
      d = Dict()
      return .none
    default:
      try arity(1...2)
      guard let key = DictKey(p[0]) else { throw .type("dict keys must be str or numbers", at: r) }
      if let v = d[key] { return v }
      d[key] = p.count == 2 ? p[1] : .none
      return d[key]!
    }
  }

  static func mutate(tensor t: inout Tensor, _ name: String, _ p: [Value], _ k: [(String, Value)], _ r: SourceRange)
    throws(TesselError) -> Value
  {
    func arity(_ allowed: ClosedRange<Int>) throws(TesselError) { try checkArity(name, p, allowed, r) }
    switch name {
    case "fill":
      try arity(1...1)
      guard let x = p[0].numeric else { throw .type("fill() needs a number, got \(p[0].typeName)", at: r) }
      let v = t.isBool ? (x != 0 ? 1 : 0) : x
      t.data.withUnsafeMutableBufferPointer { $0.update(repeating: v) }
    default:
      let axis: Int
      if let a = p.first ?? k.first(where: { $0.0 == "axis" })?.1 {
        guard let d = a.numeric, let i = Operators.exactInt(d) else {
          throw .type("sort() axis must be an integer", at: r)
        }
        axis = i
      } else {
        axis = -1
      }
      do throws(TensorError) {
        t = try t.sorted(axis: axis)
      } catch {
        throw TensorValues.lift(error, r)
      }
    }
    return .none
  }
}
