import TensorModule

/// The registers and tensor buffers a numeric loop runs on.
///
/// Scalars live unboxed in `registers`; every tensor the loop indexes is held in `tensors` with its
/// element buffer pinned in `bases` and its shape in `dims` (rows, columns; a 1-d tensor has one column).
final class LoopMachine {
  let registers: UnsafeMutablePointer<Double>
  /// Loop counters also as integers, so indexing by them converts nothing.
  let counters: UnsafeMutablePointer<Int>
  /// Which registers hold a value (a name the loop has not yet assigned may be unbound).
  let bound: UnsafeMutablePointer<Bool>
  let tensors: UnsafeMutablePointer<Tensor>
  let bases: UnsafeMutablePointer<UnsafeMutablePointer<Double>>
  let dims: UnsafeMutablePointer<Int>
  unowned let runtime: Runtime

  init(registers: Int, tensors: Int, runtime: Runtime) {
    self.registers = .allocate(capacity: max(registers, 1))
    self.counters = .allocate(capacity: max(registers, 1))
    self.bound = .allocate(capacity: max(registers, 1))
    self.tensors = .allocate(capacity: max(tensors, 1))
    self.bases = .allocate(capacity: max(tensors, 1))
    self.dims = .allocate(capacity: max(2 * tensors, 1))
    self.runtime = runtime
  }

  deinit {
    registers.deallocate()
    counters.deallocate()
    bound.deallocate()
    bases.deallocate()
    dims.deallocate()
    tensors.deallocate()
  }
}

/// How one statement of a numeric loop ended.
enum LoopFlow: UInt8 {
  case normal, breakLoop, continueLoop
}

/// A `for` loop over `range` whose body only does arithmetic on numbers and reads and writes
/// elements of tensors (`s += A[i, k] * B[k, j]`, `C[i, j] = s`), compiled a second time to run on
/// unboxed registers with the tensors' buffers pinned: no `Value` is made per element.
///
/// The general compilation stays beside it. Each time the loop starts, a guard checks what the
/// numeric form assumed (its scalars hold numbers, its tensors are float64 of the indexed rank,
/// `range` is the builtin); when any assumption fails the general code runs instead. Errors raised
/// inside (an index out of bounds) are the general path's own, and the variables are written back
/// first, so a failing loop leaves the same state behind.
final class NumericLoop {
  typealias Number = (LoopMachine) throws(TesselError) -> Double
  typealias Test = (LoopMachine) throws(TesselError) -> Bool
  typealias Step = (LoopMachine) throws(TesselError) -> LoopFlow

  struct TensorUse {
    var name: String
    var rank: Int
    var written = false
  }

  let compiler: Compiler
  private(set) var scalars: [String] = []
  private var scalarIndex: [String: Int] = [:]
  private(set) var tensors: [TensorUse] = []
  private var tensorIndex: [String: Int] = [:]
  /// Scalars read somewhere before the loop surely assigned them: they must hold numbers on entry.
  private(set) var mustHoldNumbers: Set<String> = []
  /// Loop variables the loop never assigns otherwise: they always hold whole numbers, kept in
  /// `counters` too.
  var counters: Set<String> = []
  /// Names surely assigned at the current point of the walk.
  var assigned: Set<String> = []
  var loopDepth = 0

  init(compiler: Compiler) {
    self.compiler = compiler
  }

  /// Thrown while compiling when the loop does something the numeric form does not cover.
  struct Ineligible: Error {}

  /// The numeric form of `for target in range(…): body`, or nil when the loop does anything else.
  ///
  /// Compiled closures are never kept in arrays or optionals on hot paths: Swift stores those at a
  /// generic abstraction, and every call would then pass through reabstraction thunks.
  static func compile(
    _ compiler: Compiler, _ target: Target, _ iterable: Expr, _ body: [Stmt], _ r: SourceRange,
    general: @escaping Exec
  ) -> Exec? {
    guard compiler.scope.resolve("range") == nil else { return nil }
    let loop = NumericLoop(compiler: compiler)
    let (targets, assigned) = Self.names(in: [.forLoop(target, iterable, body, r)])
    loop.counters = targets.subtracting(assigned)
    do throws(Ineligible) {
      let run = try loop.forRange(target, iterable, body, r)
      guard Set(loop.scalars).isDisjoint(with: loop.tensors.map(\.name)) else { return nil }
      return loop.guarded(run, general: general)
    } catch {
      return nil
    }
  }

  // MARK: - Names

  func scalar(_ name: String) -> Int {
    if let i = scalarIndex[name] { return i }
    scalarIndex[name] = scalars.count
    scalars.append(name)
    return scalars.count - 1
  }

  func read(_ name: String) -> Int {
    if !assigned.contains(name) { mustHoldNumbers.insert(name) }
    return scalar(name)
  }

  func tensor(_ name: String, rank: Int, writing: Bool) throws(Ineligible) -> Int {
    if let i = tensorIndex[name] {
      guard tensors[i].rank == rank else { throw Ineligible() }
      if writing { tensors[i].written = true }
      return i
    }
    tensorIndex[name] = tensors.count
    tensors.append(TensorUse(name: name, rank: rank, written: writing))
    return tensors.count - 1
  }

  // MARK: - Indexing

  /// An in-bounds position from a possibly negative whole number, or nil.
  @inline(__always)
  static func position(_ x: Double, _ count: Int) -> Int? {
    guard x > -9.0e15 && x < 9.0e15 else { return nil }
    var i = Int(x)
    guard Double(i) == x else { return nil }
    if i < 0 { i += count }
    return i >= 0 && i < count ? i : nil
  }

  /// An in-bounds position from a possibly negative integer, or nil.
  @inline(__always)
  static func position(_ i: Int, _ count: Int) -> Int? {
    if UInt(bitPattern: i) < UInt(bitPattern: count) { return i }
    let k = i &+ count
    return i < 0 && k >= 0 ? k : nil
  }

  /// The `for` targets of a loop nest, and the names it assigns otherwise.
  static func names(in body: [Stmt]) -> (targets: Set<String>, assigned: Set<String>) {
    var targets: Set<String> = []
    var assigned: Set<String> = []
    func visit(_ body: [Stmt]) {
      for s in body {
        switch s {
        case .forLoop(let t, _, let inner, _):
          if case .name(let n, _) = t { targets.insert(n) }
          visit(inner)
        case .whileLoop(_, let inner, _): visit(inner)
        case .ifElse(let branches, let otherwise, _):
          for (_, b) in branches { visit(b) }
          if let otherwise { visit(otherwise) }
        case .assign(let ts, _, _):
          for case .name(let n, _) in ts { assigned.insert(n) }
        case .augmentedAssign(.name(let n, _), _, _, _):
          assigned.insert(n)
        default: break
        }
      }
    }
    visit(body)
    return (targets, assigned)
  }

  /// The general path's error for a bad index: not a whole number, or out of bounds.
  static func indexError(_ m: LoopMachine, _ t: Int, _ index: [Double], _ r: SourceRange) -> TesselError {
    for (axis, x) in index.enumerated() {
      guard let i = Operators.exactInt(x) else { return TensorIndexing.nonInteger(Repr.number(x), r) }
      do throws(TensorError) {
        _ = try Tensor.position(i, axis: axis, size: m.dims[2 * t + axis])
      } catch {
        return TensorValues.lift(error, r)
      }
    }
    return TesselError("IndexError", "index out of range", at: r)
  }

  func test(_ e: Expr) throws(Ineligible) -> Test {
    switch e {
    case .bool(let b, _):
      return { _ in b }
    case .compare(let operands, let ops, _):
      var numbers: [Number] = []
      var comparisons: [NumberComparison] = []
      for op in ops {
        guard let c = NumberComparison(rawValue: op) else { throw Ineligible() }
        comparisons.append(c)
      }
      if comparisons.count == 1 {
        let (a, b, c) = (try number(operands[0]), try number(operands[1]), comparisons[0])
        return { m throws(TesselError) in c.apply(try a(m), try b(m)) }
      }
      for o in operands { numbers.append(try number(o)) }
      return { m throws(TesselError) in
        var left = try numbers[0](m)
        for (k, c) in comparisons.enumerated() {
          let right = try numbers[k + 1](m)
          if !c.apply(left, right) { return false }
          left = right
        }
        return true
      }
    case .and(let x, let y, _):
      let (a, b) = (try test(x), try test(y))
      return { m throws(TesselError) in try a(m) ? try b(m) : false }
    case .or(let x, let y, _):
      let (a, b) = (try test(x), try test(y))
      return { m throws(TesselError) in try a(m) ? true : try b(m) }
    case .not(let x, _):
      let a = try test(x)
      return { m throws(TesselError) in !(try a(m)) }
    default:
      let n = try number(e)
      return { m throws(TesselError) in try n(m) != 0 }
    }
  }
}
