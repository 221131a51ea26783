import TensorModule

extension NumericLoop {
  func statements(_ body: [Stmt]) throws(Ineligible) -> Step {
    var steps: [Stmt] = body
    guard let first = steps.first else { return { _ in .normal } }
    steps.removeFirst()
    let a = try statement(first)
    if steps.isEmpty { return a }
    // Nested pairs rather than an array of closures (see `compile`).
    let b = try statements(steps)
    return { m throws(TesselError) in
      let flow = try a(m)
      return flow == .normal ? try b(m) : flow
    }
  }

  func statement(_ s: Stmt) throws(Ineligible) -> Step {
    switch s {
    case .assign(let targets, let valueExpr, _):
      guard targets.count == 1 else { throw Ineligible() }
      let value = try number(valueExpr)
      switch targets[0] {
      case .name(let n, _):
        let k = assign(n)
        return { m throws(TesselError) in
          m.registers[k] = try value(m)
          m.bound[k] = true
          return .normal
        }
      case .index(.name(let n, _), let subs, let r):
        let at = try element(n, subs, r, writing: true)
        let (t, offset) = (at.tensor, at.offset)
        return { m throws(TesselError) in
          let v = try value(m)
          m.bases[t][try offset(m)] = v
          return .normal
        }
      default:
        throw Ineligible()
      }
    case .augmentedAssign(let target, let op, let valueExpr, let statementRange):
      guard let scalar = ScalarOperator(rawValue: op) else { throw Ineligible() }
      let value = try number(valueExpr)
      switch target {
      case .name(let n, _):
        let k = read(n)
        if scalar == .add {
          return { m throws(TesselError) in
            let v = try value(m)
            m.registers[k] += v
            return .normal
          }
        }
        return { m throws(TesselError) in
          let v = try value(m)
          m.registers[k] = scalar.apply(m.registers[k], v)
          return .normal
        }
      case .index(.name(let n, _), let subs, _):
        let at = try element(n, subs, statementRange, writing: true)
        let (t, place) = (at.tensor, at.offset)
        return { m throws(TesselError) in
          let offset = try place(m)
          let v = try value(m)
          m.bases[t][offset] = scalar.apply(m.bases[t][offset], v)
          return .normal
        }
      default:
        throw Ineligible()
      }
    case .ifElse(let branches, let otherwise, let r):
      // `if a: … elif b: … else: …` as nested two-way branches.
      let before = assigned
      let (condition, body) = branches[0]
      let test = try self.test(condition)
      let then = try statements(body)
      var surely = assigned
      assigned = before
      let orElse: Step
      if branches.count > 1 {
        orElse = try statement(.ifElse(branches: Array(branches.dropFirst()), otherwise: otherwise, r))
        surely.formIntersection(assigned)
      } else if let otherwise {
        orElse = try statements(otherwise)
        surely.formIntersection(assigned)
      } else {
        orElse = { _ in .normal }
        surely = before
      }
      assigned = surely
      return { m throws(TesselError) in try test(m) ? try then(m) : try orElse(m) }
    case .forLoop(let target, let iterable, let body, let r):
      return try forRange(target, iterable, body, r)
    case .whileLoop(let condition, let body, let r):
      let before = assigned
      let t = try test(condition)
      loopDepth += 1
      defer {
        loopDepth -= 1
        assigned = before
      }
      let run = try statements(body)
      return { m throws(TesselError) in
        while try t(m) {
          try m.runtime.tick(r)
          if try run(m) == .breakLoop { break }
        }
        return .normal
      }
    case .pass:
      return { _ in .normal }
    case .breakLoop:
      guard loopDepth > 0 else { throw Ineligible() }
      return { _ in .breakLoop }
    case .continueLoop:
      guard loopDepth > 0 else { throw Ineligible() }
      return { _ in .continueLoop }
    default:
      throw Ineligible()
    }
  }

  private func assign(_ name: String) -> Int {
    assigned.insert(name)
    return scalar(name)
  }

  /// `for v in range(…)`, with the range's arguments checked as the builtin checks them.
  func forRange(_ target: Target, _ iterable: Expr, _ body: [Stmt], _ r: SourceRange) throws(Ineligible) -> Step {
    guard case .name(let v, _) = target, case .call(.name("range", _), let arguments, let cr) = iterable,
      (1...3).contains(arguments.count), arguments.allSatisfy({ $0.name == nil })
    else { throw Ineligible() }
    let zero: Number = { _ in 0 }
    let one: Number = { _ in 1 }
    let first = try number(arguments[0].value)
    let count = arguments.count
    let (lower, upper, stride) =
      count == 1
      ? (zero, first, one)
      : (first, try number(arguments[1].value), count == 3 ? try number(arguments[2].value) : one)
    let before = assigned
    let k = assign(v)
    loopDepth += 1
    defer {
      loopDepth -= 1
      // The body may run no times: nothing it assigns is sure afterwards.
      assigned = before
    }
    let rangeBuiltin = compiler.runtime.registry.prelude["range"]
    let bounds: Bounds = { m throws(TesselError) in
      let values = (try lower(m), try upper(m), try stride(m))
      guard let start = Operators.exactInt(values.0), let stop = Operators.exactInt(values.1),
        let step = Operators.exactInt(values.2), step != 0
      else {
        // The builtin's own error for a non-integer or zero argument.
        let given = [values.0, values.1, values.2].prefix(count)
        let args = count == 1 ? [Value.number(values.1)] : given.map { Value.number($0) }
        _ = try m.runtime.call(rangeBuiltin ?? .none, args, at: cr)
        return (0, 0, 1)
      }
      m.bound[k] = m.bound[k] || (step > 0 ? start < stop : start > stop)
      return (start, stop, step)
    }
    if body.count == 1, case .augmentedAssign(.name(let s, _), "+", let rhs, _) = body[0], s != v {
      return try sum(into: read(s), rhs, counter: k, bounds, r)
    }
    let run = try statements(body)
    return { m throws(TesselError) in
      let (start, stop, step) = try bounds(m)
      let runtime = m.runtime
      var i = start
      while step > 0 ? i < stop : i > stop {
        m.registers[k] = Double(i)
        m.counters[k] = i
        try runtime.tick(r)
        if try run(m) == .breakLoop { break }
        i += step
      }
      return .normal
    }
  }
}
