extension Compiler {
  /// A call.
  ///
  /// Calls of user functions with positional arguments only build the callee's frame directly;
  /// `x.append(v)`-style calls on a variable change the variable (values, not references, are stored).
  func compileCall(_ calleeExpr: Expr, _ arguments: [Argument], _ r: SourceRange) throws(TesselError) -> Eval {
    if runtime.fastPaths, let fused = try compileFusedReduction(calleeExpr, arguments, r) { return fused }
    var positional: [Eval] = []
    var keywords: [(String, Eval)] = []
    for a in arguments {
      let e = try compile(a.value)
      if let name = a.name { keywords.append((name, e)) } else { positional.append(e) }
    }
    let args = positional
    let kwargs = keywords
    func evaluateArguments(_ f: Frame) throws(TesselError) -> ([Value], [(String, Value)]) {
      var p: [Value] = []
      p.reserveCapacity(args.count)
      for e in args { p.append(try e(f)) }
      var k: [(String, Value)] = []
      for (name, e) in kwargs { k.append((name, try e(f))) }
      return (p, k)
    }

    if case .attribute(let baseExpr, let name, _) = calleeExpr, Methods.mutating.contains(name),
      let receiver = try? modify(baseExpr)
    {
      let base = try compile(baseExpr)
      return { f throws(TesselError) in
        // No copy of the receiver may stay alive while it changes, or its buffer would be copied.
        guard Methods.canMutate(try base(f), name) else {
          let method = try Attributes.get(try base(f), name, f.runtime, r)
          let (p, k) = try evaluateArguments(f)
          return try f.runtime.call(method, p, k, at: r)
        }
        let (p, k) = try evaluateArguments(f)
        var result = Value.none
        try receiver(f) { v throws(TesselError) in result = try Methods.mutate(&v, name, p, k, f.runtime, r) }
        return result
      }
    }

    let callee = try compile(calleeExpr)
    // `shuffle(x)` changes `x` in place, as NumPy's does.
    let firstArgument = arguments.first.flatMap { a -> Modify? in
      a.name == nil ? try? modify(a.value) : nil
    }

    if keywords.isEmpty && positional.count <= 2 {
      let a0 = positional.first
      let a1 = positional.count == 2 ? positional[1] : nil
      let count = positional.count
      return { f throws(TesselError) in
        let fn = try callee(f)
        if case .function(let function) = fn, function.code.parameters.count == count {
          let frame = function.makeFrame(f.runtime)
          if let a0 { function.store(try a0(f), parameter: 0, in: frame) }
          if let a1 { function.store(try a1(f), parameter: 1, in: frame) }
          return try function.run(frame, at: r)
        }
        var p: [Value] = []
        if let a0 { p.append(try a0(f)) }
        if let a1 { p.append(try a1(f)) }
        return try Compiler.call(fn, p, [], firstArgument, f, r)
      }
    }
    return { f throws(TesselError) in
      let fn = try callee(f)
      let (p, k) = try evaluateArguments(f)
      return try Compiler.call(fn, p, k, firstArgument, f, r)
    }
  }

  static func call(
    _ fn: Value, _ p: [Value], _ k: [(String, Value)], _ firstArgument: Modify?, _ f: Frame, _ r: SourceRange
  ) throws(TesselError) -> Value {
    if case .builtin(let b) = fn, b.changesFirstArgument, let firstArgument {
      try firstArgument(f) { v throws(TesselError) in
        v = try f.runtime.callBuiltin(b, [v] + p.dropFirst(), k, r)
      }
      return .none
    }
    return try f.runtime.call(fn, p, k, at: r)
  }
}
