extension Compiler {
  func compile(_ expr: Expr) throws(TesselError) -> Eval {
    switch expr {
    case .number(let d, _):
      let v = Value.number(d)
      return { _ in v }
    case .string(let s, _):
      let v = Value.string(s)
      return { _ in v }
    case .bool(let b, _):
      let v = Value.bool(b)
      return { _ in v }
    case .none:
      return { _ in .none }
    case .name(let n, let r):
      return load(n, r)
    case .fstring(let parts, _):
      let text = try compile(parts)
      return { f throws(TesselError) in .string(try text(f)) }
    case .list(let items, let r):
      let evals = try compile(items)
      return { f throws(TesselError) in
        let values = try evals(f)
        do throws(TesselError) { return try TensorValues.literal(values) } catch { throw error.located(r) }
      }
    case .tuple(let items, _):
      let evals = try compile(items)
      return { f throws(TesselError) in .tuple(try evals(f)) }
    case .dict(let entries, _):
      var compiled: [(Eval, Eval, SourceRange)] = []
      for entry in entries { compiled.append((try compile(entry.key), try compile(entry.value), entry.key.range)) }
      return { f throws(TesselError) in
        var d = Dict()
        for (k, v, kr) in compiled {
          let key = try k(f)
          guard let dk = DictKey(key) else {
            throw .type("dict keys must be str or numbers, not \(key.typeName)", at: kr)
          }
          d[dk] = try v(f)
        }
        return .dict(d)
      }
    case .unary(let op, let operand, let r):
      let a = try compile(operand)
      if op == "-" {
        return { f throws(TesselError) in
          let v = try a(f)
          if case .number(let x) = v { return .number(-x) }
          return try Operators.unary(op, v, r)
        }
      }
      return { f throws(TesselError) in try Operators.unary(op, try a(f), r) }
    case .binary(let op, let left, let right, let r):
      return try compileBinary(op, left, right, r)
    case .compare(let operands, let ops, _):
      return try compileCompare(operands, ops)
    case .and(let a, let b, _):
      let (x, y) = (try compile(a), try compile(b))
      let r = a.range
      return { f throws(TesselError) in
        let left = try x(f)
        return try Truth.of(left, r) ? try y(f) : left
      }
    case .or(let a, let b, _):
      let (x, y) = (try compile(a), try compile(b))
      let r = a.range
      return { f throws(TesselError) in
        let left = try x(f)
        return try Truth.of(left, r) ? left : try y(f)
      }
    case .not(let e, _):
      let test = try compileTest(e)
      return { f throws(TesselError) in .bool(!(try test(f))) }
    case .conditional(let condition, let then, let otherwise, _):
      let test = try compileTest(condition)
      let (a, b) = (try compile(then), try compile(otherwise))
      return { f throws(TesselError) in try test(f) ? try a(f) : try b(f) }
    case .call(let callee, let arguments, let r):
      return try compileCall(callee, arguments, r)
    case .index(let base, let subs, let r):
      return try compileIndex(base, subs, r)
    case .attribute(let base, let name, let r):
      let b = try compile(base)
      return { f throws(TesselError) in try Attributes.get(try b(f), name, f.runtime, r) }
    case .lambda(let definition):
      return try compileFunction(definition)
    case .listComprehension(let element, let clauses, _):
      return try compileComprehension(element, clauses)
    }
  }

  func compile(_ items: [Expr]) throws(TesselError) -> (Frame) throws(TesselError) -> [Value] {
    var evals: [Eval] = []
    for item in items { evals.append(try compile(item)) }
    return { f throws(TesselError) in
      var values: [Value] = []
      values.reserveCapacity(evals.count)
      for e in evals { values.append(try e(f)) }
      return values
    }
  }

  func compileBinary(_ op: String, _ left: Expr, _ right: Expr, _ r: SourceRange) throws(TesselError) -> Eval {
    // `[0] * n` is Python's list repetition, as pasted Python code means it; a tensor times n is written with a
    // variable or array(...).
    if op == "*", case .list(let items, _) = left {
      let (elements, times) = (try compile(items), try compile(right))
      return { f throws(TesselError) in try Operators.repeated(.list(try elements(f)), try times(f), r) }
    }
    if op == "*", case .list(let items, _) = right {
      let (times, elements) = (try compile(left), try compile(items))
      return { f throws(TesselError) in
        let n = try times(f)
        return try Operators.repeated(.list(try elements(f)), n, r)
      }
    }
    let a = try compile(left)
    let b = try compile(right)
    guard let scalar = ScalarOperator(rawValue: op) else {
      return { f throws(TesselError) in try Operators.binary(op, try a(f), try b(f), r) }
    }
    if case .number(let y, _) = right {
      // `x * 2`, `x ** 2`: the constant never needs evaluating.
      let rhs = Value.number(y)
      return { f throws(TesselError) in
        let x = try a(f)
        if case .number(let p) = x { return .number(scalar.apply(p, y)) }
        return try Operators.binary(op, x, rhs, r)
      }
    }
    switch scalar {
    case .add:
      return { f throws(TesselError) in
        let x = try a(f)
        let y = try b(f)
        if case .number(let p) = x, case .number(let q) = y { return .number(p + q) }
        return try Operators.binary(op, x, y, r)
      }
    case .multiply:
      return { f throws(TesselError) in
        let x = try a(f)
        let y = try b(f)
        if case .number(let p) = x, case .number(let q) = y { return .number(p * q) }
        return try Operators.binary(op, x, y, r)
      }
    default:
      return { f throws(TesselError) in
        let x = try a(f)
        let y = try b(f)
        if case .number(let p) = x, case .number(let q) = y { return .number(scalar.apply(p, q)) }
        return try Operators.binary(op, x, y, r)
      }
    }
  }

  /// `a < b`, and chains `a < b <= c`, which test each pair and stop at the first false one.
  func compileCompare(_ operands: [Expr], _ ops: [String]) throws(TesselError) -> Eval {
    var evals: [Eval] = []
    for o in operands { evals.append(try compile(o)) }
    var ranges: [SourceRange] = []
    for k in ops.indices { ranges.append(operands[k].range.to(operands[k + 1].range)) }
    if ops.count == 1 {
      let (a, b, op, r) = (evals[0], evals[1], ops[0], ranges[0])
      if let number = NumberComparison(rawValue: op) {
        return { f throws(TesselError) in
          let x = try a(f)
          let y = try b(f)
          if case .number(let p) = x, case .number(let q) = y { return .bool(number.apply(p, q)) }
          return try Operators.compare(op, x, y, r)
        }
      }
      return { f throws(TesselError) in try Operators.compare(op, try a(f), try b(f), r) }
    }
    return { f throws(TesselError) in
      var left = try evals[0](f)
      for k in ops.indices {
        let right = try evals[k + 1](f)
        let result = try Operators.compare(ops[k], left, right, ranges[k])
        if case .tensor = result {
          throw .value("chained comparisons work on numbers; combine tensor comparisons with &", at: ranges[k])
        }
        if !(try Truth.of(result, ranges[k])) { return .bool(false) }
        left = right
      }
      return .bool(true)
    }
  }

  /// `[f(x) for x in xs if p(x)]`: the variables live in slots of their own, invisible after it, as in
  /// Python 3.
  func compileComprehension(_ element: Expr, _ clauses: [ComprehensionClause]) throws(TesselError) -> Eval {
    typealias Emit = (Frame, inout [Value]) throws(TesselError) -> Void
    var pushed = 0
    defer { for _ in 0..<pushed { scope.popOverlay() } }
    var steps: [(ComprehensionClause.Kind, Eval, Store?, SourceRange)] = []
    for clause in clauses {
      switch clause.kind {
      case .forIn(let target, let iterable):
        let iter = try compile(iterable)
        scope.pushOverlay(ScopeAnalysis.assignedNames([.assign([target], .none(target.range), target.range)]))
        pushed += 1
        steps.append((clause.kind, iter, try compile(target: target), iterable.range))
      case .ifCondition(let condition):
        steps.append((clause.kind, try compile(condition), nil, condition.range))
      }
    }
    let produce = try compile(element)
    var emit: Emit = { f, out throws(TesselError) in out.append(try produce(f)) }
    for (kind, eval, write, r) in steps.reversed() {
      let inner = emit
      switch kind {
      case .ifCondition:
        emit = { f, out throws(TesselError) in
          if try Truth.of(try eval(f), r) { try inner(f, &out) }
        }
      case .forIn:
        let write = write!
        emit = { f, out throws(TesselError) in
          let iterable = try eval(f)
          guard let items = try Operators.elements(of: iterable) else {
            throw .type("'\(iterable.typeName)' object is not iterable", at: r)
          }
          for item in items {
            try f.runtime.tick(r)
            try write(f, item)
            try inner(f, &out)
          }
        }
      }
    }
    let run = emit
    return { f throws(TesselError) in
      var out: [Value] = []
      try run(f, &out)
      return .list(out)
    }
  }

  func compile(_ parts: [FStringPart]) throws(TesselError) -> (Frame) throws(TesselError) -> String {
    typealias Piece = (Frame) throws(TesselError) -> String
    var pieces: [Piece] = []
    for part in parts {
      switch part {
      case .text(let s):
        let piece: Piece = { _ in s }
        pieces.append(piece)
      case .field(let e, let conversion, let specParts):
        let value = try compile(e)
        let spec = try compile(specParts)
        let r = e.range
        // A literal spec is parsed once, here; a bad one still fails when the field runs, as in Python.
        let literal = specParts.reduce(String?.some("")) { text, part in
          if case .text(let t) = part, let text { return text + t }
          return nil
        }
        if let literal, !literal.isEmpty, let parsed = try? FormatSpec.parse(literal) {
          let piece: Piece = { f throws(TesselError) in
            var v = try value(f)
            if conversion == "r" { v = .string(Repr.repr(v)) }
            if conversion == "s" { v = .string(Repr.str(v)) }
            do throws(TesselError) {
              return try FormatSpec.format(v, parsed)
            } catch {
              throw error.located(r)
            }
          }
          pieces.append(piece)
          continue
        }
        let piece: Piece = { f throws(TesselError) in
          var v = try value(f)
          if conversion == "r" { v = .string(Repr.repr(v)) }
          if conversion == "s" { v = .string(Repr.str(v)) }
          return try FormatSpec.format(v, spec: try spec(f), at: r)
        }
        pieces.append(piece)
      }
    }
    return { f throws(TesselError) in
      var out = ""
      for p in pieces { out += try p(f) }
      return out
    }
  }
}
