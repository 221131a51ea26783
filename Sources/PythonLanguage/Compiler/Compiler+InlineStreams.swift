/// `sum(x * x for x in xs)` and the like: when a builtin that consumes its whole argument (`sum`, `any`, `all`,
/// `min`, `max`, `list`, `tuple`, `set`, `frozenset`, `sorted`) is called with a generator expression, the
/// expression's loops run inline in the caller's frame and feed the builtin element by element — the same
/// elements in the same order, evaluated as lazily (`any` stops at the first true one), without a generator
/// frame to suspend and resume.
///
/// The builtin sees an `InlineStream`, which `Runtime.forEach` drives; it never escapes the call. When the name
/// is not the builtin at run time (a user's own `sum`), the call takes the ordinary path with a real generator.
final class InlineStream: PyIterator {
  private let frame: Frame
  private let source: Value
  private let loop: ComprehensionLoop
  private let element: Eval
  /// The generator expression, for the traceback entry a real generator would leave.
  private let range: SourceRange
  private var used = false
  /// Elements buffered if some consumer asks for them one at a time (none of the inlined builtins do).
  private var buffered: [Value]?
  private var position = 0

  init(frame: Frame, source: Value, loop: ComprehensionLoop, element: @escaping Eval, range: SourceRange) {
    self.frame = frame
    self.source = source
    self.loop = loop
    self.element = element
    self.range = range
  }

  override var type: PyType { BuiltinTypes.generator }

  /// Runs the loops once, handing each element to `body` until it returns false.
  func drive(_ body: (Value) throws(PyError) -> Bool) throws(PyError) {
    guard !used else { return }
    used = true
    let f = frame
    let element = self.element
    // An error from the loops or the element expression leaves `<genexpr>`, as CPython's traceback shows; one
    // raised by the consumer handling an element does not.
    var inConsumer = false
    do throws(PyError) {
      try loop.run(f, source) { () throws(PyError) -> Bool in
        let x = try element(f)
        inConsumer = true
        let going = try body(x)
        inConsumer = false
        return going
      }
    } catch {
      throw inConsumer ? error : error.leaving(generator: "<genexpr>", defined: range)
    }
  }

  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    if buffered == nil {
      var items: [Value] = []
      try drive { (x) throws(PyError) -> Bool in
        items.append(x)
        return true
      }
      buffered = items
    }
    guard let items = buffered, position < items.count else { return nil }
    position += 1
    return items[position - 1]
  }
}

extension Compiler {
  static let streamConsumers: Set<String> = [
    "sum", "any", "all", "min", "max", "list", "tuple", "set", "frozenset", "sorted",
  ]

  /// `name(e for … )` with `name` one of `streamConsumers`; nil when the call has another shape.
  func compileStreamCall(_ callee: Expr, _ args: [Argument], _ range: SourceRange) throws(PyError) -> Eval? {
    guard specialise, args.count == 1, case .positional(let argument) = args[0],
      case .name(let name) = callee.kind, Compiler.streamConsumers.contains(name),
      case .global(let box) = place(of: name),
      case .comprehension(.generator(let elementExpr), let clauses) = argument.kind, let firstClause = clauses.first
    else { return nil }
    let rt = self.rt
    let general = try compileGlobalCall(box, name, callee.range, [argument], range)
    let first = try compile(firstClause.iterable)
    var summed: NumericAccumulation?
    // Wrapped: a bare closure passed through the generic loop compiler would be called through two reabstraction
    // thunks for every element.
    let (loop, wrapped) = try compileComprehensionLoop(clauses, argument.range) { () throws(PyError) -> EvalRef in
      let element = try compile(elementExpr)
      if name == "sum", clauses.count == 1 {
        summed = try numericAccumulation(.sum, firstClause, elementExpr, element, argument.range)
      }
      return EvalRef(run: element)
    }
    let element = wrapped.run
    let iterableRange = firstClause.iterable.range
    // The builtins are made once, before any code is compiled.
    let builtin = rt.builtins[name]
    let collected = Collected(name)
    return { (f) throws(PyError) -> Value in
      guard let builtin, box.value.isUnbound || box.value.isIdentical(to: builtin) else { return try general(f) }
      // As a generator expression does on creation: the first iterable, and `iter()` of it (so a
      // non-iterable fails here, before the builtin runs).
      var source = try first(f)
      if let summed, summed.accepts(source) {
        // The sum as a loop (the numeric tier's when the values type): `first` has no effects, so the loop
        // evaluating it again changes nothing.
        rt.counters.inlineStreams &+= 1
        return try summed.run(f)
      }
      if !Compiler.iteratesInPlace(source) {
        do throws(PyError) { source = .object(try rt.iterate(source)) } catch { throw error.located(iterableRange) }
      }
      rt.counters.inlineStreams &+= 1
      if let collected {
        return try Compiler.collect(rt, collected, f, source, loop, element, argument.range, range)
      }
      let stream = InlineStream(frame: f, source: source, loop: loop, element: element, range: argument.range)
      return try Compiler.callGeneric(rt, builtin, [.object(stream)], [], range)
    }
  }

  /// The containers a generator expression's elements are gathered into directly, with no stream object and no
  /// call of the builtin.
  enum Collected {
    case list, tuple, set, frozenset

    init?(_ name: String) {
      switch name {
      case "list": self = .list
      case "tuple": self = .tuple
      case "set": self = .set
      case "frozenset": self = .frozenset
      default: return nil
      }
    }
  }

  /// Runs `list(e for …)`, `tuple`, `set` or `frozenset` of a generator expression in place.
  ///
  /// The loops run here, each element appended or added as it is made. Errors come out as the stream's would: one
  /// from the loops or the element leaves `<genexpr>`, one from adding (an unhashable element) does not, and both
  /// are placed at the call.
  static func collect(
    _ rt: Runtime, _ kind: Collected, _ f: Frame, _ source: Value, _ loop: ComprehensionLoop, _ element: Eval,
    _ streamRange: SourceRange, _ range: SourceRange
  ) throws(PyError) -> Value {
    do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
    var inConsumer = false
    do throws(PyError) {
      switch kind {
      case .list, .tuple:
        var items: [Value] = []
        try loop.run(f, source) { () throws(PyError) -> Bool in
          items.append(try element(f))
          return true
        }
        return kind == .list ? .list(items) : .tuple(items)
      case .set, .frozenset:
        let set = PySet(frozen: kind == .frozenset)
        try loop.run(f, source) { () throws(PyError) -> Bool in
          let x = try element(f)
          inConsumer = true
          try set.add(x, rt: rt)
          inConsumer = false
          return true
        }
        return .object(set)
      }
    } catch {
      throw (inConsumer ? error : error.leaving(generator: "<genexpr>", defined: streamRange)).located(range)
    }
  }

  /// Lists, tuples and ranges: `forEach` walks them directly.
  static func iteratesInPlace(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return o.tag == .list || o.tag == .tuple || o.tag == .range
  }
}
