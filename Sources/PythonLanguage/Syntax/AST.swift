import BigInt

/// An expression with its source span.
struct Expr {
  var kind: ExprKind
  var range: SourceRange
}

extension Expr {
  var isYield: Bool {
    switch kind {
    case .yield, .yieldFrom: true
    default: false
    }
  }

  /// Evaluating it cannot assign a name of its own frame (no `:=` anywhere in it, no `yield`): names, constants,
  /// operators, comparisons, attributes, subscripts, tuples and calls with such arguments (a call runs in a frame of
  /// its own).
  ///
  /// The engine may then hold a container from a frame slot, unretained, while it runs: `xs[i]`, `v[0] -= dx * m`,
  /// `A[i, j]`.
  var bindsNoName: Bool {
    switch kind {
    case .name, .int, .bigInt, .float, .imaginary, .bool, .string, .none: true
    case .binary(_, let a, let b), .subscription(let a, let b): a.bindsNoName && b.bindsNoName
    case .unary(_, let a), .attribute(let a, _): a.bindsNoName
    case .tuple(let items), .boolOp(_, let items): items.allSatisfy(\.bindsNoName)
    case .compare(let a, let rest): a.bindsNoName && rest.allSatisfy { $0.1.bindsNoName }
    case .call(let callee, let args):
      callee.bindsNoName && args.allSatisfy { if case .positional(let e) = $0 { e.bindsNoName } else { false } }
    default: false
    }
  }
}

indirect enum ExprKind {
  case name(String)
  case int(Int)
  case bigInt(BigInt)
  case float(Double)
  case imaginary(Double)
  case string(String)
  case bytes([UInt8])
  case bool(Bool)
  case none
  case ellipsis
  case fstring([FStringPart])
  case binary(BinaryOperator, Expr, Expr)
  case unary(UnaryOperator, Expr)
  /// `a and b and c`: n-ary, so a chain of 10⁶ terms is a flat list, not a deep tree.
  case boolOp(isAnd: Bool, [Expr])
  case compare(Expr, [(CompareOperator, Expr)])
  case call(Expr, [Argument])
  case attribute(Expr, String)
  case subscription(Expr, Expr)
  case slice(Expr?, Expr?, Expr?)
  case tuple([Expr])
  case list([Expr])
  case set([Expr])
  /// Entries with a nil key are `**mapping` spreads.
  case dict([(Expr?, Expr)])
  case comprehension(ComprehensionKind, [Comprehension])
  case lambda(Parameters, Expr)
  case ifExp(test: Expr, body: Expr, orElse: Expr)
  case starred(Expr)
  case yield(Expr?)
  case yieldFrom(Expr)
  case namedExpr(String, Expr)
  case await(Expr)
}

/// What a comprehension builds: `[e for …]`, `{e for …}`, `{k: v for …}`, `(e for …)`.
enum ComprehensionKind {
  case list(Expr)
  case set(Expr)
  case dict(Expr, Expr)
  case generator(Expr)
}

/// One `for target in iter if cond …` clause.
struct Comprehension {
  var target: Expr
  var iterable: Expr
  var conditions: [Expr]
}

/// A call argument: positional, `*seq`, `name=value` or `**mapping`.
enum Argument {
  case positional(Expr)
  case star(Expr)
  case keyword(String, Expr)
  case doubleStar(Expr)

  var expr: Expr {
    switch self {
    case .positional(let e), .star(let e), .keyword(_, let e), .doubleStar(let e): e
    }
  }
}

/// A piece of an f-string: literal text, or `{expr!conv:spec}` (`=` keeps its source text as a literal piece).
enum FStringPart {
  case text(String)
  case field(Expr, conversion: Unicode.Scalar?, spec: [FStringPart]?)
}

/// A function's parameters: positional-only, ordinary, `*args`, keyword-only, `**kwargs`.
struct Parameters {
  struct Parameter {
    var name: String
    var defaultValue: Expr?
    var range: SourceRange
  }
  var positionalOnly: [Parameter] = []
  var positional: [Parameter] = []
  var varArgs: Parameter?
  var keywordOnly: [Parameter] = []
  var varKeywords: Parameter?

  var all: [Parameter] {
    positionalOnly + positional + (varArgs.map { [$0] } ?? []) + keywordOnly + (varKeywords.map { [$0] } ?? [])
  }
}

/// A statement with its source span.
struct Stmt {
  var kind: StmtKind
  var range: SourceRange
}

indirect enum StmtKind {
  case expr(Expr)
  case assign([Expr], Expr)
  case augAssign(Expr, BinaryOperator, Expr)
  case annAssign(Expr, annotation: Expr, Expr?)
  case ifStmt(Expr, [Stmt], [Stmt])
  case whileStmt(Expr, [Stmt], orElse: [Stmt])
  case forStmt(Expr, Expr, [Stmt], orElse: [Stmt])
  case breakStmt
  case continueStmt
  case pass
  case returnStmt(Expr?)
  case functionDef(FunctionDef)
  case classDef(ClassDef)
  case tryStmt(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
  case raise(Expr?, cause: Expr?)
  case with([(Expr, Expr?)], [Stmt])
  case importModules([(path: [String], alias: String?)])
  case importFrom(module: [String], level: Int, names: [(String, String?)])
  case global([String])
  case nonlocal([String])
  case delete([Expr])
  case assert(Expr, Expr?)
}

struct FunctionDef {
  var name: String
  var parameters: Parameters
  var body: [Stmt]
  var decorators: [Expr]
  var returns: Expr?
  var nameRange: SourceRange
}

struct ClassDef {
  var name: String
  var bases: [Argument]
  var body: [Stmt]
  var decorators: [Expr]
}

struct ExceptHandler {
  var type: Expr?
  var name: String?
  var body: [Stmt]
  var range: SourceRange
}
