/// What the compiler knows about the function (or cell) it is compiling: where each name lives.
final class CompileScope {
  /// The cell's own scope: assigned names are session globals.
  let isCell: Bool
  let parent: CompileScope?
  private(set) var slots: [String: Int] = [:]
  private(set) var cells: [String: Int] = [:]
  private(set) var captured: [String: Int] = [:]
  /// Where each captured box comes from, in the parent's frame.
  private(set) var captures: [VariableLocation] = []
  private(set) var slotCount = 0
  /// Comprehension variables, innermost last: frame slots visible only inside the comprehension.
  private var overlays: [[String: Int]] = []

  /// The cell's scope.
  init() {
    isCell = true
    parent = nil
  }

  /// A function's scope: parameters and locals get slots, captured locals get boxes.
  init(function info: ScopeAnalysis.Info, parent: CompileScope) {
    isCell = false
    self.parent = parent
    for name in info.locals {
      if info.cells.contains(name) {
        cells[name] = cells.count
      } else {
        slots[name] = slotCount
        slotCount += 1
      }
    }
  }

  var cellCount: Int { cells.count }

  /// A fresh slot, for a comprehension variable or a temporary.
  func newSlot() -> Int {
    slotCount += 1
    return slotCount - 1
  }

  func pushOverlay(_ names: [String]) {
    var overlay: [String: Int] = [:]
    for n in names where overlay[n] == nil { overlay[n] = newSlot() }
    overlays.append(overlay)
  }

  func popOverlay() { overlays.removeLast() }

  /// Where `name` lives as seen from this scope; nil means a global.
  func resolve(_ name: String) -> VariableLocation? {
    for overlay in overlays.reversed() {
      if let s = overlay[name] { return .local(s) }
    }
    if let c = cells[name] { return .cell(c) }
    if let s = slots[name] { return .local(s) }
    if let c = captured[name] { return .captured(c) }
    guard !isCell, let parent, let outer = parent.resolveForCapture(name) else { return nil }
    captured[name] = captures.count
    captures.append(outer)
    return .captured(captured[name]!)
  }

  /// The location an inner function captures `name` from; nil if no enclosing function owns it.
  private func resolveForCapture(_ name: String) -> VariableLocation? {
    if isCell {
      for overlay in overlays.reversed() {
        if let s = overlay[name] { return .local(s) }
      }
      return nil
    }
    return resolve(name)
  }

  /// Local names visible here, for "Did you mean" suggestions.
  var visibleNames: [String] {
    var names = Array(slots.keys) + Array(cells.keys) + Array(captured.keys)
    for overlay in overlays { names += overlay.keys }
    return names + (parent?.visibleNames ?? [])
  }

  /// Whether `name` is assigned in this function (a read before assignment is an `UnboundLocalError`).
  func isLocal(_ name: String) -> Bool { slots[name] != nil || cells[name] != nil }
}
