import Interruption
import TensorModule

/// The running state of one session: globals, the value stack that holds every frame's locals, the host, and the
/// interrupt check.
///
/// No global mutable state: everything a running cell touches hangs off this object.
public final class Runtime {
  let globals = Globals()
  /// `SlotPeek.objectTag`, read here without the lazy global's check on every use.
  let objectTag = SlotPeek.objectTag
  var host: Host {
    didSet { interrupt = host.interrupt }
  }
  /// The running host's interrupt flag, kept here so the check at each back-edge is one load.
  private(set) unowned(unsafe) var interrupt: InterruptFlag
  /// Names available without definition: Python's builtins, then NumPy's conveniences.
  var builtins: [String: Value] = [:]
  var modules: [String: PyModule] = [:]
  /// What calling a built-in type makes (`int("3")`, `list(x)`), by type.
  var constructors: [ObjectIdentifier: ConstructorRef] = [:]
  /// NumPy's print options for this session (`np.set_printoptions`).
  var printOptions = PrintOptions.standard

  /// Every frame's slots, contiguous: a call reserves its frame by moving `sp`, so calls allocate nothing.
  ///
  /// Free slots always hold `.unbound`.
  let stack: UnsafeMutablePointer<Value>
  let stackCapacity = 1 << 18
  var sp = 0
  /// Slots below this hold values (`.unbound` when free); above it, raw memory.
  private var initialized = 1 << 12
  /// Python frames active now; deeper than `maxDepth` is `RecursionError`.
  var depth = 0
  var recursionLimit = 1000
  /// Back-edges and calls, counted for the host's occasional poll.
  var ticks = 0
  static let tickMask = 0x3FF
  /// A `return` statement's value, on its way to the call that ran the function.
  var returnValue: Value = .none
  /// A generator's `yield` value on its way out, and the value `send()` passes in.
  var yieldValue: Value = .none
  var sentValue: Value = .none
  /// The exception `generator.throw()` (or `close()`) raises at the `yield` being resumed.
  var pendingThrow: PyError? {
    didSet { throwIsPending = pendingThrow != nil }
  }
  /// Whether `pendingThrow` holds one: a `yield` tests this byte at every resumption instead of copying the
  /// optional error out.
  private(set) var throwIsPending = false
  /// The exception being handled (`sys.exc_info()`, implicit chaining, bare `raise`).
  var handling: [PyError] = []
  /// Sources compiled by magics, numbered apart from cells.
  var sourceCount = 0
  /// Containers whose repr is being built (a list that holds itself prints `[...]`).
  var reprActive: Set<ObjectIdentifier> = []
  /// String constants made of name characters, one object per text (as CPython interns them): `d["b"]` finds
  /// the key a literal `"b"` stored by identity, and `"ab" is "ab"` holds across functions as it does there.
  private var interned: [String: Value] = [:]
  let ellipsis: Value = .object(PySingleton("Ellipsis", BuiltinTypes.ellipsisType))
  let notImplemented: Value = .object(PySingleton("NotImplemented", BuiltinTypes.notImplementedType))
  /// Whether the engine takes its specialised paths (tests turn them off to compare).
  var specialise = true
  /// How often each specialised path ran (tests prove the fast forms ran).
  var counters = Counters()
  /// NumPy's legacy global generator, shared by `np.random` and SciPy's `rvs`.
  let numpyRandom = NumPyRandom.State()
  /// Generators dropped while paused inside `try` or `with`, waiting for their `close()`.
  let finalizers = GeneratorFinalizers()

  init(host: Host = DetachedHost()) {
    self.host = host
    self.interrupt = host.interrupt
    stack = .allocate(capacity: stackCapacity)
    // Slots are initialised as frames reach them: touching all 4 MB up front cost a millisecond of start-up.
    stack.initialize(repeating: .unbound, count: initialized)
    Builtins.install(into: self)
  }

  deinit {
    stack.deinitialize(count: initialized)
    stack.deallocate()
  }

  /// At every loop back-edge and call: one relaxed atomic load, and now and then the host's poll.
  @inline(__always)
  func tick() throws(PyError) {
    if interrupt.isRaised { throw PyError("KeyboardInterrupt", "") }
    if finalizers.waiting { runFinalizers() }
    ticks &+= 1
    if ticks & Runtime.tickMask == 0 { host.poll() }
  }

  /// The str object for a string constant: the interned one when `s` is made of name characters.
  func constantString(_ s: String) -> Value {
    guard s.utf8.count <= 64, s.utf8.allSatisfy({ Runtime.isNameByte($0) }) else { return .str(s) }
    if let v = interned[s] { return v }
    let v = Value.str(s)
    interned[s] = v
    return v
  }

  private static func isNameByte(_ c: UInt8) -> Bool {
    (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) || c == 95
  }

  /// Between chunks of a long builtin: the host's poll, then the flag.
  func checkInterrupt() throws(PyError) {
    host.poll()
    if interrupt.isRaised { throw PyError("KeyboardInterrupt", "") }
  }

  /// Reserves `size` slots for a frame; they hold `.unbound`.
  @inline(__always)
  func pushFrame(_ size: Int) throws(PyError) -> UnsafeMutablePointer<Value> {
    guard sp + size <= stackCapacity, depth < recursionLimit else {
      throw PyError("RecursionError", "maximum recursion depth exceeded")
    }
    if sp + size > initialized { growInitialized(to: sp + size) }
    let frame = stack + sp
    sp += size
    depth += 1
    return frame
  }

  /// Initialises more of the stack (doubling), up to what a frame needs.
  private func growInitialized(to needed: Int) {
    var target = initialized
    while target < needed { target *= 2 }
    target = min(target, stackCapacity)
    (stack + initialized).initialize(repeating: .unbound, count: target - initialized)
    initialized = target
  }

  /// Releases a frame's slots (back to `.unbound`) and the frame.
  @inline(__always)
  func popFrame(_ frame: UnsafeMutablePointer<Value>, _ size: Int) {
    for k in 0..<size { frame[k] = .unbound }
    sp = frame - stack
    depth -= 1
  }

  /// A built-in type's constructor, wrapped so the dictionary stores it without a reabstraction thunk.
  struct ConstructorRef {
    let make: (Runtime, Arguments) throws(PyError) -> Value
  }

  /// How often each specialised path ran.
  struct Counters {
    var arithmetic = 0
    var comparisons = 0
    var attributeHits = 0
    /// Attribute reads that borrowed the instance in its frame slot (`SlotPeek`).
    var borrowedReads = 0
    var methodHits = 0
    var plainCalls = 0
    var plainConstructions = 0
    var inlineStreams = 0
    var rangeLoops = 0
    var listLoops = 0
    var elementAccess = 0
    /// `xs[a:b]` reads and writes made without a slice object.
    var plainSlices = 0
    /// Loops the numeric tier ran, and the times it handed the rest back to the generic engine.
    var numericLoops = 0
    var numericHandBacks = 0
    /// Calls run whole on machine integers (`IntegerFunction`).
    var integerCalls = 0

    var all: [(String, Int)] {
      [
        ("arithmetic", arithmetic), ("comparisons", comparisons), ("attributeHits", attributeHits),
        ("borrowedReads", borrowedReads), ("methodHits", methodHits),
        ("plainCalls", plainCalls), ("plainConstructions", plainConstructions), ("inlineStreams", inlineStreams),
        ("rangeLoops", rangeLoops),
        ("listLoops", listLoops),
        ("elementAccess", elementAccess), ("plainSlices", plainSlices),
        ("numericLoops", numericLoops), ("numericHandBacks", numericHandBacks), ("integerCalls", integerCalls),
      ]
    }
  }
}
