/// A Tessel value.
///
/// Lists and tuples have value semantics, like tensors will: `b = a; b[0] = 9` leaves `a` alone.
public enum Value {
  case none
  case bool(Bool)
  case number(Double)
  case string(String)
  case list([Value])
  case tuple([Value])
  case range(RangeValue)
  case function(Function)
  case builtin(Builtin)

  /// The name users see in error messages: `number`, `str`, `list` and so on.
  public var typeName: String {
    switch self {
    case .none: "NoneType"
    case .bool: "bool"
    case .number: "number"
    case .string: "str"
    case .list: "list"
    case .tuple: "tuple"
    case .range: "range"
    case .function: "function"
    case .builtin: "builtin"
    }
  }

  /// Python truthiness.
  public var isTruthy: Bool {
    switch self {
    case .none: false
    case .bool(let b): b
    case .number(let d): d != 0
    case .string(let s): !s.isEmpty
    case .list(let a), .tuple(let a): !a.isEmpty
    case .range(let r): r.count > 0
    case .function, .builtin: true
    }
  }

  /// Bools count as numbers in arithmetic, as in Python and NumPy.
  var numeric: Double? {
    switch self {
    case .number(let d): d
    case .bool(let b): b ? 1 : 0
    default: nil
    }
  }
}

/// `range(start, stop, step)`, iterated lazily: `range(10**8)` costs nothing.
public struct RangeValue: Equatable, Sendable {
  public let start: Int
  public let stop: Int
  public let step: Int

  public var count: Int {
    if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0
  }

  public subscript(i: Int) -> Int { start + i * step }
}

/// Scope of names: a function call's locals, with the scope the function was
/// defined in as parent; the session's globals have none.
final class Scope {
  var names: [String: Value] = [:]
  let parent: Scope?

  init(parent: Scope?) { self.parent = parent }

  func lookup(_ name: String) -> Value? {
    var s: Scope? = self
    while let scope = s {
      if let v = scope.names[name] { return v }
      s = scope.parent
    }
    return nil
  }

  /// The scope that holds `name`, for writing back an element assignment.
  func owner(of name: String) -> Scope? {
    var s: Scope? = self
    while let scope = s {
      if scope.names[name] != nil { return scope }
      s = scope.parent
    }
    return nil
  }
}

/// A user function: its definition, default values (evaluated once, at `def`),
/// and the scope it closes over.
public final class Function {
  let definition: FunctionDef
  let defaults: [Value?]
  let closure: Scope

  init(definition: FunctionDef, defaults: [Value?], closure: Scope) {
    self.definition = definition
    self.defaults = defaults
    self.closure = closure
  }

  public var name: String { definition.name }

  /// The signature as `help` shows it, such as `f(a, b=2)`.
  public var signature: String {
    let params = zip(definition.parameters, defaults).map { p, d in
      d.map { "\(p.name)=\(Repr.repr($0))" } ?? p.name
    }
    return "\(name)(\(params.joined(separator: ", ")))"
  }

  public var doc: String? { definition.doc }
}

/// Where a running cell meets the outside world.
///
/// The language calls only this; the kernel adapter implements it over Jupyter, tests in memory.
public protocol Host: AnyObject {
  func write(_ text: String, toStderr: Bool)
  func display(_ value: Value, displayID: String?, update: Bool)
  func clearOutput(wait: Bool)
  /// One line from the user; throws (e.g. `StdinNotImplementedError`) when none can be had.
  func readLine(prompt: String, password: Bool) throws(TesselError) -> String
  var isInterrupted: Bool { get }
}
