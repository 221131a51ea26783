/// A generator: a function's frame kept between `yield`s.
final class PyGenerator: PyIterator {
  let function: PyFunction
  let frame: Frame
  /// The code's body and resume slot, read from the generator itself at each resumption (reading them through
  /// the code would retain it each time).
  private let body: Exec
  private let resumeSlot: Int?
  private var started = false
  private var running = false
  private(set) var finished = false
  /// What the body returned (`StopIteration.value`, the value of `yield from`).
  private(set) var returned: Value = .none
  /// Where a generator dropped while paused inside `try` or `with` goes to be closed.
  private let finalizers: GeneratorFinalizers?

  init(function: PyFunction, frame: Frame, finalizers: GeneratorFinalizers?, started: Bool = false) {
    self.function = function
    self.frame = frame
    self.body = function.code.body
    self.resumeSlot = function.code.resumeSlot
    self.finalizers = function.code.hasCleanup ? finalizers : nil
    self.started = started
  }

  deinit {
    // CPython closes a generator when its last reference goes, so its `finally` blocks and `__exit__`s run. Python
    // code cannot run safely inside a release (the releasing code may be mid-way through changing a container),
    // so the frame is handed on and closed at the runtime's next tick, before the next call or loop step.
    if let finalizers, started, !finished {
      finalizers.add(GeneratorFinalizers.Remains(function: function, frame: frame))
      return
    }
    frame.deinitialize(count: function.code.frameSize)
    frame.deallocate()
  }

  override var type: PyType { BuiltinTypes.generator }

  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    try resume(rt, sending: .none)
  }

  /// Runs the body to its next `yield` (nil when it returns); with `throwing`, that exception is raised at the
  /// `yield` the generator is paused at (`generator.throw()`, `close()`).
  func resume(_ rt: Runtime, sending value: Value, throwing pending: PyError? = nil) throws(PyError) -> Value? {
    if finished {
      if let pending { throw pending }
      return nil
    }
    if running { throw PyError("ValueError", "generator already executing") }
    if !started, !value.isNone {
      throw PyError("TypeError", "can't send non-None value to a just-started generator")
    }
    if !started, let pending {
      // Not started: the exception is raised before the first line runs.
      finish()
      throw pending
    }
    if started, let rs = resumeSlot { frame[rs] = .bool(true) }
    started = true
    running = true
    // The exception to raise at the `yield` travels in the runtime only when there is one (it is nil between
    // resumptions: the `yield` takes it, or this clears it); copying an empty one in and out at every resumption
    // cost a fifth of a `yield`.
    let throwing = pending != nil
    defer {
      running = false
      if throwing { rt.pendingThrow = nil }
    }
    // Between resumptions the sent value is None (the `yield` resumed at takes it): most resumptions send None
    // and leave it so.
    if !value.isNone { rt.sentValue = value }
    if throwing { rt.pendingThrow = pending }
    let flow: Flow
    do throws(PyError) {
      flow = try body(frame)
    } catch {
      finish()
      if pending != nil && error.isKind("GeneratorExit") { throw error }
      if error.isKind("StopIteration") {
        throw PyError("RuntimeError", "generator raised StopIteration", at: error.range)
      }
      throw error.leaving(generator: function.code.name, defined: function.code.range)
    }
    if flow == .yielded {
      var v = Value.none
      swap(&v, &rt.yieldValue)
      return v
    }
    if flow == .returned {
      returned = rt.returnValue
      rt.returnValue = .none
    }
    finish()
    return nil
  }

  /// `close()`: raises `GeneratorExit` at the paused `yield` so `finally` blocks run; a generator that yields
  /// again is an error.
  func close(_ rt: Runtime) throws(PyError) {
    guard started, !finished else {
      finish()
      return
    }
    do throws(PyError) {
      if try resume(rt, sending: .none, throwing: PyError("GeneratorExit", "")) != nil {
        finish()
        throw PyError("RuntimeError", "generator ignored GeneratorExit")
      }
    } catch {
      if error.isKind("GeneratorExit") || error.isKind("StopIteration") { return }
      throw error
    }
  }

  /// Ends the generator and lets go of its locals.
  func finish() {
    finished = true
    for k in 0..<function.code.frameSize { frame[k] = .unbound }
  }
}

/// Generators dropped while paused inside `try` or `with`: their frames wait here for `close()`.
final class GeneratorFinalizers {
  struct Remains {
    let function: PyFunction
    let frame: Frame
  }

  private(set) var waiting = false
  private var queue: [Remains] = []

  func add(_ remains: Remains) {
    queue.append(remains)
    waiting = true
  }

  func take() -> [Remains] {
    defer {
      queue = []
      waiting = false
    }
    return queue
  }

  deinit {
    // The runtime is gone: the frames are released without running.
    for r in queue {
      r.frame.deinitialize(count: r.function.code.frameSize)
      r.frame.deallocate()
    }
  }
}

extension Runtime {
  /// Closes the generators dropped since the last tick, as CPython does when one's last reference goes; an error
  /// from a `finally` block is reported and ignored, as CPython's "Exception ignored in" is.
  @inline(never)
  func runFinalizers() {
    while finalizers.waiting {
      for r in finalizers.take() {
        let generator = PyGenerator(function: r.function, frame: r.frame, finalizers: finalizers, started: true)
        do throws(PyError) { try generator.close(self) } catch {
          let name = r.function.qualifiedName
          let text = message(of: error)
          host.write(
            "Exception ignored in: <generator object \(name) at \(Repr.address(generator))>\n"
              + "\(error.kind)\(text.isEmpty ? "" : ": " + text)\n", toStderr: true)
        }
      }
    }
  }
}
