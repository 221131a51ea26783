/// Expressions, each carrying its source span.
indirect enum Expr {
  case number(Double, SourceRange)
  case string(String, SourceRange)
  case fstring([FStringPart], SourceRange)
  case bool(Bool, SourceRange)
  case none(SourceRange)
  case name(String, SourceRange)
  case list([Expr], SourceRange)
  case tuple([Expr], SourceRange)
  case dict([(key: Expr, value: Expr)], SourceRange)
  case unary(String, Expr, SourceRange)
  case binary(String, Expr, Expr, SourceRange)
  /// `a < b <= c`: operands and the operators between them.
  case compare([Expr], [String], SourceRange)
  case and(Expr, Expr, SourceRange)
  case or(Expr, Expr, SourceRange)
  case not(Expr, SourceRange)
  case conditional(condition: Expr, then: Expr, otherwise: Expr, SourceRange)
  case call(Expr, [Argument], SourceRange)
  case index(Expr, [Subscript], SourceRange)
  case attribute(Expr, String, SourceRange)
  case lambda(FunctionDef)
  case listComprehension(element: Expr, clauses: [ComprehensionClause], SourceRange)

  var range: SourceRange {
    switch self {
    case .number(_, let r), .string(_, let r), .fstring(_, let r), .bool(_, let r), .none(let r),
      .name(_, let r), .list(_, let r), .tuple(_, let r), .dict(_, let r), .unary(_, _, let r), .binary(_, _, _, let r),
      .compare(_, _, let r), .and(_, _, let r), .or(_, _, let r), .not(_, let r),
      .conditional(_, _, _, let r), .call(_, _, let r), .index(_, _, let r), .attribute(_, _, let r),
      .listComprehension(_, _, let r):
      r
    case .lambda(let f): f.range
    }
  }
}

enum FStringPart {
  case text(String)
  /// `{expr!conversion:spec}`; the spec may itself hold replacement fields.
  case field(Expr, conversion: Character?, spec: [FStringPart])
}

struct Argument {
  var name: String?
  var value: Expr
}

enum Subscript {
  case single(Expr)
  case slice(lower: Expr?, upper: Expr?, step: Expr?, SourceRange)
  case ellipsis(SourceRange)
}

struct ComprehensionClause {
  enum Kind {
    case forIn(target: Target, iterable: Expr)
    case ifCondition(Expr)
  }
  var kind: Kind
}

/// The left side of an assignment or a `for`.
indirect enum Target {
  case name(String, SourceRange)
  case tuple([Target], SourceRange)
  case index(Expr, [Subscript], SourceRange)

  var range: SourceRange {
    switch self {
    case .name(_, let r), .tuple(_, let r), .index(_, _, let r): r
    }
  }
}

struct FunctionParameter {
  var name: String
  var defaultValue: Expr?
  var range: SourceRange
}

/// A `def` or a `lambda`; a lambda's body is one `return`.
final class FunctionDef {
  let name: String
  let parameters: [FunctionParameter]
  let body: [Stmt]
  let doc: String?
  let range: SourceRange

  init(name: String, parameters: [FunctionParameter], body: [Stmt], doc: String?, range: SourceRange) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.doc = doc
    self.range = range
  }
}

indirect enum Stmt {
  /// `suppressed`: the line ended with `;`, so a last expression shows nothing.
  case expression(Expr, suppressed: Bool)
  case assign([Target], Expr, SourceRange)
  case augmentedAssign(Target, String, Expr, SourceRange)
  case ifElse(branches: [(Expr, [Stmt])], otherwise: [Stmt]?, SourceRange)
  case whileLoop(Expr, [Stmt], SourceRange)
  case forLoop(Target, Expr, [Stmt], SourceRange)
  case def(FunctionDef)
  case returnValue(Expr?, SourceRange)
  case assert(Expr, Expr?, SourceRange)
  case pass(SourceRange)
  case breakLoop(SourceRange)
  case continueLoop(SourceRange)
  case tryExcept(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt]?, finally: [Stmt]?, SourceRange)
  /// `raise`, `raise ValueError("…")`; without an exception, re-raises the one being handled.
  case raise(Expr?, SourceRange)
  /// `import numpy as np`: the dotted module path and the name it binds.
  case importModule(path: String, alias: String?, SourceRange)
  /// `from numpy.linalg import inv, norm as n`.
  case importFrom(path: String, names: [(name: String, alias: String?)], SourceRange)
  /// `%time`, `%timeit`, `%%time`, `%who`, `%reset`: IPython's magics.
  case magic(Magic, SourceRange)
}

extension Stmt {
  /// Where the statement stands in its cell (for an expression statement, the expression's span).
  var range: SourceRange {
    switch self {
    case .expression(let e, _): e.range
    case .def(let f): f.range
    case .assign(_, _, let r), .augmentedAssign(_, _, _, let r), .ifElse(_, _, let r), .whileLoop(_, _, let r),
      .forLoop(_, _, _, let r), .returnValue(_, let r), .assert(_, _, let r), .pass(let r), .breakLoop(let r),
      .continueLoop(let r), .tryExcept(_, _, _, _, let r), .raise(_, let r), .importModule(_, _, let r),
      .importFrom(_, _, let r), .magic(_, let r):
      r
    }
  }
}

/// `except ValueError as e:` — the types (nil for a bare `except`), the bound name, the body.
struct ExceptHandler {
  var types: Expr?
  var name: String?
  var body: [Stmt]
  var range: SourceRange
}

/// The magics Tessel knows, with their code already parsed.
enum Magic {
  /// `%time stmt` and `%%time` (the whole cell).
  case time([Stmt])
  /// `%timeit [-n N] [-r R] stmt`.
  case timeit([Stmt], number: Int?, repeats: Int?)
  case who
  /// `%reset` asks first; `%reset -f` does not.
  case reset(force: Bool)
}
