import Testing

@testable import TesselLanguage

/// The compiler's fast paths, the numeric form of arithmetic loops (`NumericLoop`) and fused
/// reductions (`Compiler+Fusion`), must be invisible: every program prints the same, ends with the
/// same variables (to the last bit) and raises the same error as with them turned off.
@Suite struct FastPathTests {
  struct Outcome: Equatable, CustomStringConvertible {
    var output: String
    var error: String?
    var variables: [String: String]
    var description: String { "output: \(output)\nerror: \(error ?? "none")\nvariables: \(variables)" }
  }

  static func run(_ code: String, numeric: Bool) -> Outcome {
    let session = Session()
    session.runtime.fastPaths = numeric
    let host = RecordingHost()
    var failure: String?
    do {
      _ = try session.run(code, label: "In[1]", host: host)
    } catch {
      failure = "\(error.kind): \(error.message) at \(error.range.map { "\($0.start)-\($0.end)" } ?? "?")"
    }
    var variables: [String: String] = [:]
    for name in session.runtime.globals.defined {
      guard let v = session.runtime.globals[name] else { continue }
      if case .function = v { continue }
      variables[name] = Repr.repr(v)
    }
    return Outcome(output: host.output, error: failure, variables: variables)
  }

  static let programs: [String] = [
    // Matmul by loops, inside a function and at the top level.
    """
    def matmul(A, B):
        n, m = A.shape[0], B.shape[1]
        C = np.zeros((n, m))
        for i in range(n):
            for j in range(m):
                s = 0.0
                for k in range(A.shape[1]):
                    s += A[i, k] * B[k, j]
                C[i, j] = s
        return C
    A = np.sin(np.arange(12).reshape(3, 4))
    B = np.cos(np.arange(8).reshape(4, 2))
    C = matmul(A, B)
    ok = allclose(C, A @ B)
    """,
    """
    x = np.arange(10) * 0.5
    y = np.zeros(10)
    total = 0.0
    for i in range(10):
        y[i] = x[i] * 2 - 1
        total += (x[i] - y[i]) ** 2
    for i in range(9, -1, -2):
        total -= x[i] / 3
    """,
    // Every operand kind in a sum, a register, a constant, both element ranks, negative indices.
    """
    x = np.arange(6) + 1.0
    M = np.arange(6).reshape(2, 3)
    s = 0.0
    t = 0.0
    u = 1.0
    for i in range(6):
        s += x[i]
        s += x[-i - 1] * 0.5
    for i in range(2):
        for j in range(3):
            t += M[i, j] - x[j]
            t += M[-1, j] / x[i]
            u *= 1.5
    w = 0.0
    for k in range(5):
        w += k
    v = 0.0
    for k in range(4):
        v += x[k] + u
    """,
    // if / elif / else, while, break, continue, chained comparisons, and/or/not.
    """
    x = np.sin(np.arange(20))
    pos = 0.0
    neg = 0.0
    mid = 0.0
    count = 0
    for i in range(20):
        if x[i] > 0.5:
            pos += x[i]
        elif -0.5 <= x[i] <= 0.5 and not x[i] == 0:
            mid += x[i]
            if i > 15 or i < 2:
                continue
        else:
            neg += x[i]
        if count >= 12:
            break
        count += 1
    n = 0
    while n < 100:
        n += 7
    """,
    // Errors inside: out of bounds, a non-integer index, range of a float, with the variables
    // left as the general path leaves them.
    """
    x = np.arange(5) * 1.0
    s = 0.0
    for i in range(10):
        s += x[i]
    """,
    """
    A = np.ones((3, 3))
    s = 0.0
    for i in range(3):
        for j in range(4):
            s += A[i, j] * A[j, i]
    """,
    """
    A = np.ones((3, 3))
    last = 0
    for i in range(3):
        A[i, i + 1] = 5
        last = i
    """,
    """
    x = np.arange(5) * 1.0
    s = 0.0
    for i in range(5):
        s += x[i / 2]
    """,
    """
    x = np.zeros(3)
    for i in range(5):
        x[i] = i
    """,
    """
    x = np.zeros(3)
    for i in range(5):
        x[-i] += i
    """,
    """
    A = np.zeros((2, 2))
    for i in range(3):
        A[i, 0] += 1
    """,
    """
    s = 0.0
    n = 2.5
    for i in range(n):
        s += i
    """,
    """
    s = 0.0
    for i in range(0, 10, 0):
        s += i
    """,
    // The loop never runs: its variable keeps its old value (or stays unbound).
    """
    i = 'before'
    s = 0.0
    for i in range(0):
        s += 1
    for j in range(5, 2):
        s += 1
    """,
    // Guards: a scalar that holds a tensor, a bool tensor, a rank the code does not expect, an
    // unassigned name, a prelude constant, a shadowed range.
    """
    s = np.zeros(3)
    for i in range(3):
        s += i
    """,
    """
    b = np.array([1, 0, 1]) > 0
    t = 0.0
    for i in range(3):
        t += b[i]
    """,
    """
    x = np.ones((2, 2))
    t = 0.0
    for i in range(2):
        t += x[i]
    """,
    """
    for i in range(3):
        q += i
    """,
    """
    t = 0.0
    for i in range(3):
        t += pi * i
    """,
    """
    def range(n):
        return [10, 20]
    t = 0.0
    for i in range(3):
        t += i
    """,
    // Values semantics: writing through one name leaves another name's tensor alone.
    """
    A = np.arange(4) * 1.0
    C = A
    for i in range(4):
        C[i] = A[i] * 2 + 1
    D = A
    for i in range(4):
        D[i] += 10
    """,
    // Signed zeros and infinities are kept exactly.
    """
    z = np.array([-0.0, -0.0])
    s = -0.0
    for i in range(2):
        s += z[i]
    d = 0.0
    for i in range(2):
        d += 1 / z[i]
    """,
    // Closures over the loop's variables see their final values.
    """
    def outer():
        total = 0.0
        x = np.arange(4) * 1.0
        for i in range(4):
            total += x[i]
        def get():
            return total, i
        return get()
    result = outer()
    """,
  ]

  static let reductions: [String] = [
    """
    y = np.sin(np.arange(1000) * 0.1)
    yhat = np.cos(np.arange(1000) * 0.1)
    a = mean((y - yhat) ** 2)
    b = np.mean((y - yhat) ** 2)
    c = sum(-y / 3 + yhat * yhat - 1)
    d = np.sum(2 * y - yhat / 7)
    e = mean(y * y)
    """,
    """
    Y = np.sin(np.arange(600).reshape(20, 30))
    P = np.cos(np.arange(600).reshape(20, 30))
    a = mean((Y - P) ** 2)
    b = mean(Y - 0.5)
    """,
    // Not fusable at run time: broadcasting, bool, empty, numbers only, lists; and errors.
    """
    A = np.ones((3, 4))
    v = np.arange(4)
    a = mean((A - v) ** 2)
    b = mean((np.arange(3) > 1) * 2)
    z = np.zeros(0)
    c = mean(z - z)
    k = 3
    d = mean(k * 2)
    xs = [1, 2]
    e = sum(xs + xs)
    """,
    """
    A = np.ones((3, 4))
    B = np.ones((4, 3))
    m = mean((A - B) ** 2)
    """,
    """
    x = np.ones(3)
    m = mean(x - 'a')
    """,
    """
    x = np.ones(3)
    m = mean(x - nope)
    """,
    // A user's own mean is called, not the builtin.
    """
    def mean(v):
        return 42
    x = np.ones(3)
    m = mean(x * 2)
    """,
  ]

  @Test(arguments: programs.indices)
  func sameAsTheGeneralPath(index: Int) {
    let code = Self.programs[index]
    let general = Self.run(code, numeric: false)
    let numeric = Self.run(code, numeric: true)
    #expect(numeric == general, "program \(index):\n\(code)")
  }

  @Test(arguments: reductions.indices)
  func fusedReductionSameAsUnfused(index: Int) {
    let code = Self.reductions[index]
    #expect(Self.run(code, numeric: true) == Self.run(code, numeric: false), "program \(index):\n\(code)")
  }

  @Test func meanOfAnExpressionIsFused() throws {
    // The comparison above would pass if nothing were ever fused.
    let session = Session()
    let compiler = Compiler(runtime: session.runtime)
    let call = try Parser.parse("mean((y - yhat) ** 2)", source: 0)
    guard case .expression(.call(let callee, let arguments, let r), _) = call[0] else {
      Issue.record("not a call")
      return
    }
    #expect(try compiler.compileFusedReduction(callee, arguments, r) != nil)
    #expect(try compiler.compileFusedReduction(callee, [Argument(name: nil, value: .name("y", r))], r) == nil)
  }

  @Test func theMatmulLoopTakesTheNumericForm() throws {
    // The differential test above would pass if no loop ever took the numeric form.
    let session = Session()
    let compiler = Compiler(runtime: session.runtime)
    let code = "for i in range(3):\n    for k in range(3):\n        s += A[i, k] * B[k, i]\n    C[i, i] = s"
    let statements = try Parser.parse(code, source: 0)
    guard case .forLoop(let target, let iterable, let body, let r) = statements[0] else {
      Issue.record("not a for loop")
      return
    }
    let numeric = NumericLoop.compile(compiler, target, iterable, body, r, general: { _ in .normal })
    #expect(numeric != nil)
    let printing = try Parser.parse("for i in range(3):\n    print(i)", source: 0)
    guard case .forLoop(let t2, let i2, let b2, let r2) = printing[0] else { return }
    #expect(NumericLoop.compile(compiler, t2, i2, b2, r2, general: { _ in .normal }) == nil)
  }
}
