/// The storage of one running function call or cell: local slots resolved at compile time, the
/// boxes of locals that inner functions capture, and the boxes this function captured.
///
/// Slots are a raw buffer: compiled code indexes them with indices the compiler proved in range.
final class Frame {
  /// The session's runtime, which outlives every frame (frames live only while code runs).
  ///
  /// Not reference-counted: a checked `unowned` cost 25% of a recursive call (`fib`).
  unowned(unsafe) let runtime: Runtime
  let slots: UnsafeMutablePointer<Value?>
  let slotCount: Int
  var cells: [Box]
  let captured: [Box]
  /// The value of the `return` that ended the body.
  var returned: Value = .none
  /// Exceptions being handled, innermost last, for a bare `raise`.
  var handling: [TesselError] = []

  init(runtime: Runtime, slotCount: Int, cellCount: Int, captured: [Box]) {
    self.runtime = runtime
    self.slotCount = slotCount
    slots = .allocate(capacity: max(slotCount, 1))
    slots.initialize(repeating: nil, count: slotCount)
    cells = cellCount == 0 ? [] : (0..<cellCount).map { _ in Box() }
    self.captured = captured
  }

  deinit {
    slots.deinitialize(count: slotCount)
    slots.deallocate()
  }
}

/// A variable shared between a function and the functions defined inside it.
final class Box {
  var value: Value?
  init(_ value: Value? = nil) { self.value = value }
}

/// The session's global variables: names are given slots at compile time, so compiled code reads
/// a global by index; the values outlive every cell.
final class Globals {
  private(set) var index: [String: Int] = [:]
  private(set) var names: [String] = []
  private(set) var values: UnsafeMutablePointer<Value?>
  private var capacity = 64

  init() {
    values = .allocate(capacity: capacity)
  }

  deinit {
    values.deinitialize(count: names.count)
    values.deallocate()
  }

  /// The slot for `name`, made on first mention.
  func slot(for name: String) -> Int {
    if let i = index[name] { return i }
    if names.count == capacity {
      let grown = UnsafeMutablePointer<Value?>.allocate(capacity: capacity * 2)
      grown.moveInitialize(from: values, count: names.count)
      values.deallocate()
      values = grown
      capacity *= 2
    }
    let i = names.count
    (values + i).initialize(to: nil)
    names.append(name)
    index[name] = i
    return i
  }

  subscript(name: String) -> Value? {
    get { index[name].flatMap { values[$0] } }
    set { values[slot(for: name)] = newValue }
  }

  /// Names that hold a value, in the order they were first mentioned.
  var defined: [String] { names.indices.filter { values[$0] != nil }.map { names[$0] } }

  /// Forgets every value (`%reset`); slots stay, since compiled code may still name them.
  func removeAll() {
    for i in names.indices { values[i] = nil }
  }
}
