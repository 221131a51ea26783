/// A generator: a function's frame kept between `yield`s.
final class PyGenerator: PyIterator {
  let function: PyFunction
  let frame: Frame
  private var started = false
  private var running = false
  private(set) var finished = false
  /// What the body returned (`StopIteration.value`, the value of `yield from`).
  private(set) var returned: Value = .none

  init(function: PyFunction, frame: Frame) {
    self.function = function
    self.frame = frame
  }

  deinit {
    frame.deinitialize(count: function.code.frameSize)
    frame.deallocate()
  }

  override var type: PyType { BuiltinTypes.generator }

  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    try resume(rt, sending: .none)
  }

  /// Runs the body to its next `yield` (nil when it returns).
  func resume(_ rt: Runtime, sending value: Value) throws(PyError) -> Value? {
    if finished { return nil }
    if running { throw PyError("ValueError", "generator already executing") }
    if !started, !value.isNone {
      throw PyError("TypeError", "can't send non-None value to a just-started generator")
    }
    let code = function.code
    if started, let rs = code.resumeSlot { frame[rs] = .bool(true) }
    started = true
    running = true
    defer { running = false }
    rt.sentValue = value
    let flow: Flow
    do throws(PyError) {
      flow = try code.body(frame)
    } catch {
      finish()
      if error.isKind("StopIteration") {
        throw PyError("RuntimeError", "generator raised StopIteration", at: error.range)
      }
      throw error.calling(code.name, at: code.range)
    }
    if flow == .yielded {
      let v = rt.yieldValue
      rt.yieldValue = .none
      return v
    }
    if flow == .returned {
      returned = rt.returnValue
      rt.returnValue = .none
    }
    finish()
    return nil
  }

  /// Ends the generator and lets go of its locals.
  func finish() {
    finished = true
    for k in 0..<function.code.frameSize { frame[k] = .unbound }
  }
}
