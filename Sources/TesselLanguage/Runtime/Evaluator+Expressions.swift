extension Evaluator {
  func evaluate(_ expr: Expr, in scope: Scope) throws(TesselError) -> Value {
    switch expr {
    case .number(let d, _): return .number(d)
    case .string(let s, _): return .string(s)
    case .bool(let b, _): return .bool(b)
    case .none: return .none
    case .name(let n, let r): return try lookup(n, r, in: scope)
    case .fstring(let parts, _): return .string(try interpolate(parts, in: scope))
    case .list(let items, _):
      var values: [Value] = []
      values.reserveCapacity(items.count)
      for item in items { values.append(try evaluate(item, in: scope)) }
      return .list(values)
    case .tuple(let items, _):
      var values: [Value] = []
      for item in items { values.append(try evaluate(item, in: scope)) }
      return .tuple(values)
    case .unary(let op, let operand, let r):
      return try unary(op, try evaluate(operand, in: scope), r)
    case .binary(let op, let left, let right, let r):
      let a = try evaluate(left, in: scope)
      let b = try evaluate(right, in: scope)
      return try binary(op, a, b, r)
    case .compare(let operands, let ops, _):
      var left = try evaluate(operands[0], in: scope)
      for (k, op) in ops.enumerated() {
        let right = try evaluate(operands[k + 1], in: scope)
        let r = operands[k].range.to(operands[k + 1].range)
        if !(try compare(op, left, right, r)) { return .bool(false) }
        left = right
      }
      return .bool(true)
    case .and(let a, let b, _):
      let left = try evaluate(a, in: scope)
      return left.isTruthy ? try evaluate(b, in: scope) : left
    case .or(let a, let b, _):
      let left = try evaluate(a, in: scope)
      return left.isTruthy ? left : try evaluate(b, in: scope)
    case .not(let e, _):
      return .bool(!(try evaluate(e, in: scope).isTruthy))
    case .conditional(let condition, let then, let otherwise, _):
      return try evaluate(condition, in: scope).isTruthy ? evaluate(then, in: scope) : evaluate(otherwise, in: scope)
    case .call(let callee, let arguments, let r):
      let f = try evaluate(callee, in: scope)
      var positional: [Value] = []
      var keywords: [(String, Value)] = []
      for a in arguments {
        let v = try evaluate(a.value, in: scope)
        if let name = a.name { keywords.append((name, v)) } else { positional.append(v) }
      }
      return try call(f, positional, keywords, r)
    case .index(let base, let subs, let r):
      return try index(try evaluate(base, in: scope), subs, in: scope, r)
    case .attribute(let base, let name, let r):
      let value = try evaluate(base, in: scope)
      throw TesselError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'", at: r)
    case .lambda(let definition):
      return .function(try makeFunction(definition, in: scope))
    case .listComprehension(let element, let clauses, _):
      var out: [Value] = []
      // Comprehension variables live in their own scope, as in Python 3.
      try comprehend(element, clauses[...], in: Scope(parent: scope), into: &out)
      return .list(out)
    }
  }

  func comprehend(_ element: Expr, _ clauses: ArraySlice<ComprehensionClause>, in scope: Scope, into out: inout [Value])
    throws(TesselError)
  {
    guard let clause = clauses.first else {
      out.append(try evaluate(element, in: scope))
      return
    }
    switch clause.kind {
    case .ifCondition(let condition):
      if try evaluate(condition, in: scope).isTruthy {
        try comprehend(element, clauses.dropFirst(), in: scope, into: &out)
      }
    case .forIn(let target, let iterableExpr):
      let iterable = try evaluate(iterableExpr, in: scope)
      guard let items = Evaluator.elements(of: iterable) else {
        throw .type("'\(iterable.typeName)' object is not iterable", at: iterableExpr.range)
      }
      for item in items {
        try checkInterrupt(iterableExpr.range)
        try assign(item, to: target, in: scope)
        try comprehend(element, clauses.dropFirst(), in: scope, into: &out)
      }
    }
  }

  func interpolate(_ parts: [FStringPart], in scope: Scope) throws(TesselError) -> String {
    var out = ""
    for part in parts {
      switch part {
      case .text(let s):
        out += s
      case .field(let e, let conversion, let specParts):
        var value = try evaluate(e, in: scope)
        if conversion == "r" { value = .string(Repr.repr(value)) }
        if conversion == "s" { value = .string(Repr.str(value)) }
        let spec = try interpolate(specParts, in: scope)
        do {
          out += try FormatSpec.format(value, spec: spec)
        } catch {
          throw error.located(e.range)
        }
      }
    }
    return out
  }
}
