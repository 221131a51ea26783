/// A frame's slots: a pointer into the runtime's value stack (or a generator's own storage).
typealias Frame = UnsafeMutablePointer<Value>
/// A compiled expression.
typealias Eval = (Frame) throws(PyError) -> Value
/// A compiled statement; tells its block how control leaves it.
typealias Exec = (Frame) throws(PyError) -> Flow

/// Closures kept in arrays are wrapped, so the array holds them at their own calling convention (a bare closure
/// in an array is stored generically and every call goes through a reabstraction thunk).
struct EvalRef {
  let run: Eval
}

struct ExecRef {
  let run: Exec
}

struct StoreRef {
  let run: Store
}

struct TestRef {
  let run: (Frame) throws(PyError) -> Bool
}

/// How a statement finished.
enum Flow: UInt8 {
  case normal
  case breakLoop
  case continueLoop
  /// `return`: the value waits in `Runtime.returnValue`.
  case returned
  /// A generator's `yield`: the value waits in the generator.
  case yielded
}

/// A compiled function body and what a call needs to bind its arguments.
final class Code {
  let name: String
  var qualifiedName: String
  var body: Exec = { _ in .normal }
  var frameSize = 0
  /// Positional-only plus ordinary parameters: slots `0..<argumentCount`.
  var argumentCount = 0
  var positionalOnlyCount = 0
  /// Keyword-only parameters follow at `argumentCount..<argumentCount + keywordOnlyCount`.
  var keywordOnlyCount = 0
  var parameterNames: [String] = []
  var varArgsSlot: Int?
  /// The names of `*args` and `**kwargs`, for signatures.
  var varArgsName: String?
  var varKeywordsName: String?
  var varKeywordsSlot: Int?
  /// Parameters captured by inner functions: their value moves into a cell on entry.
  var cellParameters: [Int] = []
  /// Other locals captured by inner functions: an empty cell on entry.
  var cellLocals: [Int] = []
  /// Where the function's closure cells go on entry.
  var freeSlots: [Int] = []
  var isGenerator = false
  /// A generator with `try` or `with` in its body: dropped while paused, it must be closed so cleanup runs.
  var hasCleanup = false
  /// A generator's "resuming" flag slot.
  var resumeSlot: Int?
  let range: SourceRange
  var docstring: String?
  /// The body's value when the body is one `return e`, as in `def area(self): return self.w * self.h`.
  ///
  /// A plain call evaluates it directly, without the statement's closure and the hand-off through
  /// `Runtime.returnValue`. Wrapped, so the optional holds the closure at its own calling convention (a bare
  /// optional closure made every call go through two reabstraction thunks).
  var returnExpression: EvalRef?
  /// The body as arithmetic the numeric tier inlines, when it is one `return` of that (`NumericInlining`).
  var numericTemplate: NumericTemplate?
  /// The body on machine integers, when it is a function of ints that calls only itself (`IntegerFunction`).
  var integerFunction: IntegerFunction?

  init(name: String, qualifiedName: String, range: SourceRange) {
    self.name = name
    self.qualifiedName = qualifiedName
    self.range = range
  }

  deinit { integerFunction?.dismantle() }

  /// Positional arguments only, no cells to set up: the call can bind by position and go (set once compiled).
  private(set) var takesPlainArguments = false

  func finish() {
    takesPlainArguments =
      varArgsSlot == nil && varKeywordsSlot == nil && keywordOnlyCount == 0 && !needsPrologue && !isGenerator
  }

  var needsPrologue: Bool { !cellParameters.isEmpty || !cellLocals.isEmpty || !freeSlots.isEmpty }

  /// Makes the cells a call needs: parameters captured by inner functions, captured locals, and the closure.
  @inline(__always) func prologue(_ frame: Frame, _ function: PyFunction) {
    for s in cellParameters { frame[s] = .object(PyCell(frame[s])) }
    for s in cellLocals { frame[s] = .object(PyCell()) }
    for (k, s) in freeSlots.enumerated() where k < function.closure.count {
      frame[s] = .object(function.closure[k])
    }
  }
}
