/// IPython's pretty printer (`IPython.lib.pretty`), which writes a cell's result in Jupyter: text, breakable
/// separators and nested groups, laid out greedily in 79 columns by breaking the outermost groups first.
///
/// The layout follows IPython's algorithm step for step, including its group queue's choice of which group to
/// break (it marks one group and removes the one at the mirrored index), so long lists, dicts and arrays inside
/// containers wrap exactly as they do under ipykernel.
final class PrettyPrinter {
  final class Group {
    let depth: Int
    var breakables: [Breakable] = []
    var head = 0
    var wantBreak = false
    init(depth: Int) { self.depth = depth }
    var hasBreakables: Bool { head < breakables.count }
  }

  final class Breakable {
    let separator: String
    let width: Int
    let indentation: Int
    let group: Group
    init(_ separator: String, width: Int, indentation: Int, group: Group) {
      self.separator = separator
      self.width = width
      self.indentation = indentation
      self.group = group
    }
  }

  final class TextRun {
    var parts: [String] = []
    var width = 0
  }

  enum Item {
    case text(TextRun)
    case breakable(Breakable)
  }

  let maxWidth: Int
  let maxSequenceLength = 1000
  private(set) var output = ""
  private var outputWidth = 0
  private var bufferWidth = 0
  private var buffer: [Item] = []
  private var bufferHead = 0
  private var groupStack: [Group]
  private var queue: [[Group]] = []
  private var indentation = 0

  init(maxWidth: Int = 79) {
    self.maxWidth = maxWidth
    let root = Group(depth: 0)
    groupStack = [root]
    enqueue(root)
  }

  static func width(_ s: String) -> Int { s.unicodeScalars.count }

  private var bufferIsEmpty: Bool { bufferHead >= buffer.count }

  private func popBuffer() -> Item {
    let item = buffer[bufferHead]
    bufferHead += 1
    if bufferHead > 64 && bufferHead * 2 > buffer.count {
      buffer.removeFirst(bufferHead)
      bufferHead = 0
    }
    return item
  }

  /// Writes one item at output width `width` and returns the width after it (IPython's `Printable.output`).
  private func emit(_ item: Item, _ width: Int) -> Int {
    switch item {
    case .text(let t):
      for p in t.parts { output += p }
      return width + t.width
    case .breakable(let b):
      let g = b.group
      g.head += 1
      if g.wantBreak {
        output += "\n" + String(repeating: " ", count: b.indentation)
        return b.indentation
      }
      if !g.hasBreakables { remove(g) }
      output += b.separator
      return width + b.width
    }
  }

  private func itemWidth(_ item: Item) -> Int {
    switch item {
    case .text(let t): t.width
    case .breakable(let b): b.width
    }
  }

  private func breakOneGroup(_ group: Group) {
    while group.hasBreakables, !bufferIsEmpty {
      let x = popBuffer()
      outputWidth = emit(x, outputWidth)
      bufferWidth -= itemWidth(x)
    }
    while !bufferIsEmpty, case .text = buffer[bufferHead] {
      let x = popBuffer()
      outputWidth = emit(x, outputWidth)
      bufferWidth -= itemWidth(x)
    }
  }

  private func breakOuterGroups() {
    while maxWidth < outputWidth + bufferWidth {
      guard let group = dequeue() else { return }
      breakOneGroup(group)
    }
  }

  func text(_ s: String) {
    let w = PrettyPrinter.width(s)
    if !bufferIsEmpty {
      let run: TextRun
      if case .text(let last)? = buffer.last {
        run = last
      } else {
        run = TextRun()
        buffer.append(.text(run))
      }
      run.parts.append(s)
      run.width += w
      bufferWidth += w
      breakOuterGroups()
    } else {
      output += s
      outputWidth += w
    }
  }

  func breakable(_ separator: String = " ") {
    let w = PrettyPrinter.width(separator)
    let group = groupStack[groupStack.count - 1]
    if group.wantBreak {
      flush()
      output += "\n" + String(repeating: " ", count: indentation)
      outputWidth = indentation
      bufferWidth = 0
    } else {
      let b = Breakable(separator, width: w, indentation: indentation, group: group)
      group.breakables.append(b)
      buffer.append(.breakable(b))
      bufferWidth += w
      breakOuterGroups()
    }
  }

  /// An explicit newline at the current indentation (a multi-line repr).
  func hardBreak() {
    if let group = dequeue() { breakOneGroup(group) }
    flush()
    output += "\n" + String(repeating: " ", count: indentation)
    outputWidth = indentation
    bufferWidth = 0
  }

  func beginGroup(_ indent: Int = 0, _ open: String = "") {
    if !open.isEmpty { text(open) }
    let group = Group(depth: groupStack[groupStack.count - 1].depth + 1)
    groupStack.append(group)
    enqueue(group)
    indentation += indent
  }

  func endGroup(_ dedent: Int = 0, _ close: String = "") {
    indentation -= dedent
    let group = groupStack.removeLast()
    if !group.hasBreakables { remove(group) }
    if !close.isEmpty { text(close) }
  }

  func flush() {
    // As IPython's flush, which adds each item's resulting width; every caller resets the width after.
    while !bufferIsEmpty { outputWidth += emit(popBuffer(), outputWidth) }
    buffer.removeAll()
    bufferHead = 0
    bufferWidth = 0
  }

  private func enqueue(_ group: Group) {
    while group.depth > queue.count - 1 { queue.append([]) }
    queue[group.depth].append(group)
  }

  /// IPython's `GroupQueue.deq`: the shallowest group that can still break, searched from its newest end.
  private func dequeue() -> Group? {
    for depth in queue.indices {
      let stack = queue[depth]
      for (idx, group) in stack.reversed().enumerated() where group.hasBreakables {
        // IPython deletes the entry at the same index counted from the front.
        queue[depth].remove(at: idx)
        group.wantBreak = true
        return group
      }
      for group in stack { group.wantBreak = true }
      queue[depth].removeAll()
    }
    return nil
  }

  private func remove(_ group: Group) {
    guard group.depth < queue.count, let k = queue[group.depth].firstIndex(where: { $0 === group }) else { return }
    queue[group.depth].remove(at: k)
  }
}
