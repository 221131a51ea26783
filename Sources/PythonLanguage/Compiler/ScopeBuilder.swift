/// Walks a cell's syntax tree once, building the scope of every function, class and comprehension.
struct ScopeBuilder {
  var scope: Scope

  static func build(_ body: [Stmt]) throws(PyError) -> Scope {
    var b = ScopeBuilder(scope: Scope(kind: .module, parent: nil))
    for s in body { try b.visit(s) }
    try b.scope.finish()
    return b.scope
  }

  static let functionKind: UInt8 = 1
  static let lambdaKind: UInt8 = 2
  static let classKind: UInt8 = 3
  static let comprehensionKind: UInt8 = 4
  static let pausingKind: UInt8 = 5

  mutating func nested(_ kind: Scope.Kind, key: ScopeKey, _ body: (inout ScopeBuilder) throws(PyError) -> Void)
    throws(PyError)
  {
    let child = Scope(kind: kind, parent: scope)
    scope.children[key] = child
    var inner = ScopeBuilder(scope: child)
    try body(&inner)
  }

  mutating func bindTarget(_ e: Expr) throws(PyError) {
    switch e.kind {
    case .name(let n): scope.bind(n)
    case .tuple(let items), .list(let items): for i in items { try bindTarget(i) }
    case .starred(let inner): try bindTarget(inner)
    default: try visit(e)
    }
  }

  mutating func visit(_ body: [Stmt]) throws(PyError) {
    for s in body { try visit(s) }
  }

  mutating func declare(_ names: [String], global: Bool, at range: SourceRange) throws(PyError) {
    for n in names {
      if scope.binds(n) || scope.used.contains(n) {
        throw .syntax(
          "name '\(n)' is \(scope.used.contains(n) ? "used" : "assigned to") prior to \(global ? "global" : "nonlocal") declaration",
          at: range)
      }
      if global {
        scope.declaredGlobal.insert(n)
      } else {
        guard scope.kind != .module else {
          throw .syntax("nonlocal declaration not allowed at module level", at: range)
        }
        scope.declaredNonlocal.insert(n)
      }
    }
  }

  mutating func visit(_ s: Stmt) throws(PyError) {
    let before = scope.yields
    try visitStatement(s)
    if scope.yields != before { scope.pausing.insert(ScopeKey(s.range, ScopeBuilder.pausingKind)) }
  }

  private mutating func visitStatement(_ s: Stmt) throws(PyError) {
    switch s.kind {
    case .expr(let e): try visit(e)
    case .assign(let targets, let value):
      try visit(value)
      for t in targets { try bindTarget(t) }
    case .augAssign(let target, _, let value):
      try visit(value)
      if case .name(let n) = target.kind {
        scope.used.insert(n)
        scope.bind(n)
      } else {
        try visit(target)
      }
    case .annAssign(let target, let annotation, let value):
      if let value { try visit(value) }
      if scope.kind != .function { try visit(annotation) }
      try bindTarget(target)
    case .ifStmt(let test, let body, let orElse):
      try visit(test)
      try visit(body)
      try visit(orElse)
    case .whileStmt(let test, let body, let orElse):
      try visit(test)
      try visit(body)
      try visit(orElse)
    case .forStmt(let target, let iterable, let body, let orElse):
      try visit(iterable)
      try bindTarget(target)
      try visit(body)
      try visit(orElse)
    case .breakStmt, .continueStmt, .pass: break
    case .returnStmt(let e): if let e { try visit(e) }
    case .functionDef(let def):
      for d in def.decorators { try visit(d) }
      for p in def.parameters.all { if let d = p.defaultValue { try visit(d) } }
      scope.bind(def.name)
      try nested(.function, key: ScopeKey(s.range, ScopeBuilder.functionKind)) { (b) throws(PyError) in
        try b.parameters(def.parameters)
        try b.visit(def.body)
      }
    case .classDef(let c):
      for d in c.decorators { try visit(d) }
      for a in c.bases { try visit(a.expr) }
      scope.bind(c.name)
      try nested(.classBody, key: ScopeKey(s.range, ScopeBuilder.classKind)) { (b) throws(PyError) in
        try b.visit(c.body)
      }
    case .tryStmt(let body, let handlers, let orElse, let finally):
      try visit(body)
      for h in handlers {
        if let t = h.type { try visit(t) }
        if let n = h.name { scope.bind(n) }
        try visit(h.body)
      }
      try visit(orElse)
      try visit(finally)
    case .raise(let e, let cause):
      if let e { try visit(e) }
      if let cause { try visit(cause) }
    case .with(let items, let body):
      for (e, target) in items {
        try visit(e)
        if let target { try bindTarget(target) }
      }
      try visit(body)
    case .importModules(let modules):
      for m in modules { scope.bind(m.alias ?? m.path[0]) }
    case .importFrom(_, _, let names):
      for (n, alias) in names where n != "*" { scope.bind(alias ?? n) }
    case .global(let names): try declare(names, global: true, at: s.range)
    case .nonlocal(let names): try declare(names, global: false, at: s.range)
    case .delete(let targets): for t in targets { try bindTarget(t) }
    case .assert(let test, let message):
      try visit(test)
      if let message { try visit(message) }
    }
  }

  mutating func parameters(_ p: Parameters) throws(PyError) {
    for param in p.all {
      scope.bind(param.name)
      scope.parameters.append(param.name)
    }
  }

  mutating func visit(_ e: Expr) throws(PyError) {
    switch e.kind {
    case .name(let n):
      scope.used.insert(n)
      if n == "super" {
        scope.used.insert("__class__")
        scope.usesClassCell = true
      }
    case .int, .bigInt, .float, .imaginary, .string, .bytes, .bool, .none, .ellipsis: break
    case .fstring(let parts): try visit(parts)
    case .binary(_, let a, let b):
      try visit(a)
      try visit(b)
    case .unary(_, let a): try visit(a)
    case .boolOp(_, let terms): for t in terms { try visit(t) }
    case .compare(let first, let rest):
      try visit(first)
      for (_, r) in rest { try visit(r) }
    case .call(let f, let args):
      try visit(f)
      for a in args { try visit(a.expr) }
    case .attribute(let a, _): try visit(a)
    case .subscription(let a, let i):
      try visit(a)
      try visit(i)
    case .slice(let a, let b, let c):
      if let a { try visit(a) }
      if let b { try visit(b) }
      if let c { try visit(c) }
    case .tuple(let items), .list(let items), .set(let items): for i in items { try visit(i) }
    case .dict(let entries):
      for (k, v) in entries {
        if let k { try visit(k) }
        try visit(v)
      }
    case .comprehension(let kind, let clauses):
      // The first iterable is evaluated in the enclosing scope.
      guard let first = clauses.first else { return }
      try visit(first.iterable)
      let isGenerator: Bool
      if case .generator = kind { isGenerator = true } else { isGenerator = false }
      try nested(isGenerator ? .generator : .comprehension, key: ScopeKey(e.range, ScopeBuilder.comprehensionKind)) {
        (b) throws(PyError) in
        b.scope.isGenerator = isGenerator
        if isGenerator {
          b.scope.bind(".0")
          b.scope.parameters.append(".0")
        }
        for (k, c) in clauses.enumerated() {
          if k > 0 { try b.visit(c.iterable) }
          try b.bindTarget(c.target)
          for cond in c.conditions { try b.visit(cond) }
        }
        if case .generator(let x) = kind {
          // Compiled as a function of `for`, `if` and `yield` statements at these ranges
          // (`compileGeneratorExpression`), each of which holds the `yield`.
          let ranges = [x.range] + clauses.flatMap { [$0.target.range] + $0.conditions.map(\.range) }
          for r in ranges { b.scope.pausing.insert(ScopeKey(r, ScopeBuilder.pausingKind)) }
        }
        switch kind {
        case .list(let x), .set(let x), .generator(let x): try b.visit(x)
        case .dict(let k, let v):
          try b.visit(k)
          try b.visit(v)
        }
      }
    case .lambda(let params, let body):
      for p in params.all { if let d = p.defaultValue { try visit(d) } }
      try nested(.function, key: ScopeKey(e.range, ScopeBuilder.lambdaKind)) { (b) throws(PyError) in
        try b.parameters(params)
        try b.visit(body)
      }
    case .ifExp(let t, let a, let b):
      try visit(t)
      try visit(a)
      try visit(b)
    case .starred(let a): try visit(a)
    case .yield(let a):
      scope.isGenerator = true
      scope.yields += 1
      if let a { try visit(a) }
    case .yieldFrom(let a):
      scope.isGenerator = true
      scope.yields += 1
      try visit(a)
    case .namedExpr(let n, let v):
      try visit(v)
      // In a comprehension, `:=` binds in the enclosing function (PEP 572).
      var s = scope
      while s.kind == .comprehension || s.kind == .generator, let p = s.parent { s = p }
      if s !== scope {
        if s.kind == .function { s.bind(n) } else if s.kind == .module { scope.declaredGlobal.insert(n) }
        if s.kind == .function { scope.declaredNonlocal.insert(n) }
      } else {
        s.bind(n)
      }
    case .await(let a): try visit(a)
    }
  }

  mutating func visit(_ parts: [FStringPart]) throws(PyError) {
    for p in parts {
      if case .field(let e, _, let spec) = p {
        try visit(e)
        if let spec { try visit(spec) }
      }
    }
  }
}
