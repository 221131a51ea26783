/// One parameter of a builtin's signature.
public struct Parameter: Sendable {
  public enum Kind: Sendable {
    case required
    /// Optional, with the default shown in the signature (nil means `None`).
    case optional(Literal)
    /// `*values`: every remaining positional argument, as a tuple.
    case variadic
  }

  /// A default value that can live in a static registry.
  public enum Literal: Sendable {
    case none, bool(Bool), number(Double), string(String)

    var value: Value {
      switch self {
      case .none: .none
      case .bool(let b): .bool(b)
      case .number(let d): .number(d)
      case .string(let s): .string(s)
      }
    }
  }

  public let name: String
  public let kind: Kind

  public init(_ name: String, _ kind: Kind = .required) {
    self.name = name
    self.kind = kind
  }

  var isVariadic: Bool {
    if case .variadic = kind { return true }
    return false
  }
}

/// A builtin as data: name, signature, documentation, implementation.
///
/// Argument binding, argument errors, completion, `help` and inspection are all generated from this record.
public final class Builtin: Sendable {
  public let name: String
  public let parameters: [Parameter]
  /// One line: what it does.
  public let summary: String
  /// The rest: formula, details, an example.
  public let details: String
  /// Changes its first argument in place, as NumPy's `shuffle` does: the body returns the argument's new
  /// value, which is written back to the variable, and the call's value is None.
  public let changesFirstArgument: Bool
  let body: @Sendable (BuiltinCall) throws(TesselError) -> Value

  init(
    _ name: String, _ parameters: [Parameter], _ summary: String, details: String = "",
    changesFirstArgument: Bool = false,
    body: @escaping @Sendable (BuiltinCall) throws(TesselError) -> Value
  ) {
    self.name = name
    self.parameters = parameters
    self.summary = summary
    self.details = details
    self.changesFirstArgument = changesFirstArgument
    self.body = body
  }

  /// This record under another name, for a NumPy alias such as `amax` or `concat`.
  func renamed(_ alias: String) -> Builtin {
    Builtin(
      alias, parameters, summary, details: details, changesFirstArgument: changesFirstArgument, body: body)
  }

  /// Binds arguments to parameters, with the uniform messages.
  func bind(_ positional: [Value], _ keywords: [(String, Value)], _ r: SourceRange) throws(TesselError) -> [Value?] {
    var slots = [Value?](repeating: nil, count: parameters.count)
    var p = 0
    for (i, param) in parameters.enumerated() {
      if case .variadic = param.kind {
        slots[i] = .tuple(Array(positional[min(p, positional.count)...]))
        p = positional.count
        continue
      }
      if p < positional.count {
        slots[i] = positional[p]
        p += 1
      }
    }
    if p < positional.count {
      let limit = parameters.count
      throw .type(
        "\(name)() takes at most \(limit) argument\(limit == 1 ? "" : "s") (\(positional.count) given)", at: r)
    }
    for (key, v) in keywords {
      guard let i = parameters.firstIndex(where: { $0.name == key }), !parameters[i].isVariadic else {
        var message = "\(name)() got an unexpected keyword argument '\(key)'"
        if let s = Suggest.closest(to: key, among: parameters.map(\.name)) { message += ". Did you mean '\(s)'?" }
        throw .type(message, at: r)
      }
      if slots[i] != nil { throw .type("\(name)() got multiple values for argument '\(key)'", at: r) }
      slots[i] = v
    }
    for (i, param) in parameters.enumerated() where slots[i] == nil {
      if case .required = param.kind {
        throw .type("\(name)() missing required argument '\(param.name)' (pos \(i + 1))", at: r)
      }
    }
    return slots
  }

  /// The signature as `help` shows it, such as `range(start, stop=None, step=1)`.
  public var signature: String {
    let params = parameters.map { p -> String in
      switch p.kind {
      case .required: p.name
      case .variadic: "*" + p.name
      case .optional(let d): "\(p.name)=\(Repr.repr(d.value))"
      }
    }
    return "\(name)(\(params.joined(separator: ", ")))"
  }

  public var documentation: String {
    details.isEmpty ? "\(signature)\n\n\(summary)" : "\(signature)\n\n\(summary)\n\n\(details)"
  }
}

/// A builtin's arguments bound to its parameters, with typed accessors whose
/// errors all read the same way: `bad argument #2 'stop' to range() (expected an integer, got str)`.
public struct BuiltinCall {
  let builtin: Builtin
  let values: [Value?]
  let runtime: Runtime
  let range: SourceRange

  var host: Host { runtime.host }

  /// Between chunks of a long builtin: `KeyboardInterrupt` if the user asked to stop.
  func checkInterrupt() throws(TesselError) {
    try runtime.checkInterrupt(range)
  }

  func index(_ name: String) -> Int {
    builtin.parameters.firstIndex { $0.name == name }!
  }

  func isGiven(_ name: String) -> Bool {
    if let v = values[index(name)], case .none = v { return false }
    return values[index(name)] != nil
  }

  func value(_ name: String) -> Value {
    let i = index(name)
    if let v = values[i] { return v }
    if case .optional(let d) = builtin.parameters[i].kind { return d.value }
    return .none
  }

  /// The one shape of a bad-argument error; `got` defaults to the argument's type.
  func bad(_ name: String, expected: String, got: String? = nil, kind: String = "TypeError") -> TesselError {
    TesselError(
      kind,
      "bad argument #\(index(name) + 1) '\(name)' to \(builtin.name)() (expected \(expected), got \(got ?? value(name).typeName))",
      at: range)
  }

  func number(_ name: String) throws(TesselError) -> Double {
    guard let d = value(name).numeric else { throw bad(name, expected: "a number") }
    return d
  }

  func integer(_ name: String) throws(TesselError) -> Int {
    let v = value(name)
    guard let d = v.numeric else { throw bad(name, expected: "an integer") }
    guard let i = Operators.exactInt(d) else { throw bad(name, expected: "an integer", got: Repr.number(d)) }
    return i
  }

  func string(_ name: String) throws(TesselError) -> String {
    guard case .string(let s) = value(name) else { throw bad(name, expected: "a str") }
    return s
  }

  func bool(_ name: String) throws(TesselError) -> Bool {
    switch value(name) {
    case .bool(let b): return b
    case .none: return false
    default: throw bad(name, expected: "a bool")
    }
  }

  func optionalString(_ name: String) throws(TesselError) -> String? {
    if case .none = value(name) { return nil }
    return try string(name)
  }

  /// The elements of an iterable argument.
  func items(_ name: String) throws(TesselError) -> [Value] {
    guard let items = try Operators.elements(of: value(name)) else { throw bad(name, expected: "an iterable") }
    return items
  }
}
