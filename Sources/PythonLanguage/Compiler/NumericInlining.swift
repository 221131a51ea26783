/// The functions a loop's numeric form calls, found at each entry to the tier.
///
/// A call is either computed by the tier itself (a builtin with a `ScalarKernel`) or inlined: the user's function
/// whose body is one `return` of arithmetic on its parameters (`def eval_A(i, j): return 1.0 / (…)`,
/// `lambda x: x * x - 2`) is replaced by that arithmetic on the call's arguments. Its arguments have no effects
/// and every parameter is used, so evaluating the body on them computes what the call returns; anything the body
/// would raise hands the statement back, and the generic engine makes the call itself.
enum NumericResolved {
  case kernel(ScalarKernel)
  case inline(NumericTemplate)
}

/// A function body the tier inlines: arithmetic on parameters (slots `0..<parameters`), constants and calls of
/// functions found in the function's module.
struct NumericTemplate {
  let body: NumericExpr
  let parameters: Int
  /// The calls in the body, found when the loop that inlines it starts.
  let callees: [(NumericCallee, Int)]

  /// The template of a body that is one `return e`, when `e` is arithmetic on every parameter.
  init?(_ e: NumericExpr, parameters: Int) {
    var used = Set<Int>()
    var callees: [(NumericCallee, Int)] = []
    func valid(_ e: NumericExpr) -> Bool {
      switch e {
      case .int, .real, .bool: return true
      case .name(let n):
        guard case .local(let s) = n.place, s < parameters else { return false }
        used.insert(s)
        return true
      case .binary(_, let a, let b): return valid(a) && valid(b)
      case .negate(let a), .square(let a): return valid(a)
      case .apply(let callee, let args):
        guard case .global = callee.base.place else { return false }
        callees.append((callee, args.count))
        return args.allSatisfy(valid)
      case .element, .length, .shape, .items, .call: return false
      }
    }
    guard valid(e), used.count == parameters else { return nil }
    body = e
    self.parameters = parameters
    self.callees = callees
  }

  /// The body with the call's arguments in place of its parameters.
  func substituting(_ args: [NumericExpr]) -> NumericExpr {
    func walk(_ e: NumericExpr) -> NumericExpr {
      switch e {
      case .name(let n):
        if case .local(let s) = n.place, s < args.count { return args[s] }
        return e
      case .binary(let op, let a, let b): return .binary(op, walk(a), walk(b))
      case .negate(let a): return .negate(walk(a))
      case .square(let a): return .square(walk(a))
      case .apply(let callee, let inner): return .apply(callee, inner.map(walk))
      case .int, .real, .bool, .element, .length, .shape, .items, .call: return e
      }
    }
    return walk(body)
  }
}

/// What a loop's calls mean at one entry, and the functions found (held, so none is freed and its address reused
/// by another while a program typed for it is cached).
struct NumericCalls {
  var resolved: [String: NumericResolved] = [:]
  var functions: [PyObject] = []

  /// Finds every call's function, and the calls in the bodies it inlines (four levels deep at most, which also
  /// stops a function that calls itself); nil when one is neither computed by the tier nor inlinable.
  init?(_ callees: [(NumericCallee, Int)], _ f: Frame, _ rt: Runtime) {
    for (callee, count) in callees where !find(callee, count, f, rt, depth: 0) { return nil }
  }

  private mutating func find(_ callee: NumericCallee, _ count: Int, _ f: Frame, _ rt: Runtime, depth: Int) -> Bool {
    guard depth < 4, let o = callee.resolve(f, rt) else { return false }
    functions.append(o)
    if count == 1, let kernel = ScalarKernel.of(o) {
      resolved[callee.key] = .kernel(kernel)
      return true
    }
    guard o.tag == .function else { return false }
    let fn = unsafeDowncast(o, to: PyFunction.self)
    guard let template = fn.code.numericTemplate, fn.takesPlainArguments, fn.argumentCount == count,
      template.parameters == count
    else { return false }
    resolved[callee.key] = .inline(template)
    return template.callees.allSatisfy { find($0.0, $0.1, f, rt, depth: depth + 1) }
  }
}

extension Compiler {
  /// The template of a function whose body (after its docstring) is one `return` of arithmetic on its parameters.
  func numericTemplate(_ body: [Stmt], _ code: Code) -> NumericTemplate? {
    guard code.takesPlainArguments, code.keywordOnlyCount == 0 else { return nil }
    let statements = code.docstring == nil ? body[...] : body.dropFirst()
    guard statements.count == 1, case .returnStmt(let e?)? = statements.first?.kind, let x = numericExpr(e) else {
      return nil
    }
    return NumericTemplate(x, parameters: code.argumentCount)
  }
}
