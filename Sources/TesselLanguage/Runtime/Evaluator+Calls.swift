extension Evaluator {
  func call(_ callee: Value, _ positional: [Value], _ keywords: [(String, Value)], _ r: SourceRange) throws(TesselError)
    -> Value
  {
    switch callee {
    case .builtin(let b):
      let values = try bind(b, positional, keywords, r)
      do {
        return try b.body(BuiltinCall(builtin: b, values: values, evaluator: self, range: r))
      } catch {
        throw error.located(r)
      }
    case .function(let f):
      return try callFunction(f, positional, keywords, r)
    default:
      throw .type("'\(callee.typeName)' object is not callable", at: r)
    }
  }

  /// Binds a user function's arguments with Python's rules and messages, then
  /// runs its body in a new scope whose parent is the scope it closed over.
  func callFunction(_ f: Function, _ positional: [Value], _ keywords: [(String, Value)], _ r: SourceRange)
    throws(TesselError) -> Value
  {
    let params = f.definition.parameters
    let name = f.name
    guard positional.count <= params.count else {
      let s = params.count == 1 ? "" : "s"
      throw .type("\(name)() takes \(params.count) positional argument\(s) but \(positional.count) were given", at: r)
    }
    var slots = [Value?](repeating: nil, count: params.count)
    for (i, v) in positional.enumerated() { slots[i] = v }
    for (key, v) in keywords {
      guard let i = params.firstIndex(where: { $0.name == key }) else {
        throw .type("\(name)() got an unexpected keyword argument '\(key)'", at: r)
      }
      if slots[i] != nil { throw .type("\(name)() got multiple values for argument '\(key)'", at: r) }
      slots[i] = v
    }
    var missing: [String] = []
    for i in params.indices where slots[i] == nil {
      if let d = f.defaults[i] { slots[i] = d } else { missing.append("'\(params[i].name)'") }
    }
    if !missing.isEmpty {
      let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
      throw .type(
        "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)",
        at: r)
    }

    depth += 1
    defer { depth -= 1 }
    if depth > Evaluator.maxDepth {
      throw TesselError("RecursionError", "maximum recursion depth exceeded (\(Evaluator.maxDepth) calls)", at: r)
    }
    try checkInterrupt(r)
    let scope = Scope(parent: f.closure)
    for (p, v) in zip(params, slots) { scope.names[p.name] = v! }
    do {
      if case .returned(let v) = try execute(f.definition.body, in: scope) { return v }
      return .none
    } catch {
      var e = error
      // Record this call site; frames read outermost first.
      e.frames.insert(TesselError.Frame(function: name, range: r), at: 0)
      throw e
    }
  }

  /// Binds a builtin's arguments from its registry record.
  func bind(_ b: Builtin, _ positional: [Value], _ keywords: [(String, Value)], _ r: SourceRange) throws(TesselError)
    -> [Value?]
  {
    var slots = [Value?](repeating: nil, count: b.parameters.count)
    var p = 0
    for (i, param) in b.parameters.enumerated() {
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
      let limit = b.parameters.count
      throw .type(
        "\(b.name)() takes at most \(limit) argument\(limit == 1 ? "" : "s") (\(positional.count) given)", at: r)
    }
    for (key, v) in keywords {
      guard let i = b.parameters.firstIndex(where: { $0.name == key }), !isVariadic(b.parameters[i]) else {
        var message = "\(b.name)() got an unexpected keyword argument '\(key)'"
        if let s = Suggest.closest(to: key, among: b.parameters.map(\.name)) { message += ". Did you mean '\(s)'?" }
        throw .type(message, at: r)
      }
      if slots[i] != nil { throw .type("\(b.name)() got multiple values for argument '\(key)'", at: r) }
      slots[i] = v
    }
    for (i, param) in b.parameters.enumerated() where slots[i] == nil {
      if case .required = param.kind {
        throw .type("\(b.name)() missing required argument '\(param.name)' (pos \(i + 1))", at: r)
      }
    }
    return slots
  }

  func isVariadic(_ p: Parameter) -> Bool {
    if case .variadic = p.kind { return true }
    return false
  }
}
