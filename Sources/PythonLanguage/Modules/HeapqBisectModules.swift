/// Python's `heapq` and `bisect`, step for step as CPython's own algorithms (so a heap list prints in the same
/// order): binary min-heaps on lists, and binary search in sorted lists with `key=`.
enum HeapqModule {
  static func list(_ v: Value, _ function: String, _ rt: Runtime) throws(PyError) -> PyList {
    guard let l = ListMethods.list(v) else {
      throw PyError("TypeError", "\(function)() argument 1 must be list, not \(rt.typeName(v))")
    }
    return l
  }

  /// Moves the item at `pos` up towards `start` while it is smaller than its parent.
  static func siftDown(_ heap: PyList, _ start: Int, _ position: Int, _ rt: Runtime) throws(PyError) {
    var pos = position
    let item = heap.items[pos]
    while pos > start {
      let parentPos = (pos - 1) >> 1
      let parent = heap.items[parentPos]
      guard try rt.less(item, parent) else { break }
      heap.items[pos] = parent
      pos = parentPos
    }
    heap.items[pos] = item
  }

  /// Moves the smaller child up until a leaf is reached, then sifts the item down from there.
  static func siftUp(_ heap: PyList, _ position: Int, _ rt: Runtime) throws(PyError) {
    let end = heap.items.count
    var pos = position
    let item = heap.items[pos]
    var child = 2 * pos + 1
    while child < end {
      let right = child + 1
      if right < end, !(try rt.less(heap.items[child], heap.items[right])) { child = right }
      heap.items[pos] = heap.items[child]
      pos = child
      child = 2 * pos + 1
    }
    heap.items[pos] = item
    try siftDown(heap, position, pos, rt)
  }

  static func make() -> PyModule {
    let functions: [PyBuiltin] = [
      .two("heappush", "heapq") { (rt, h, item) throws(PyError) in
        let heap = try list(h, "heappush", rt)
        heap.items.append(item)
        try siftDown(heap, 0, heap.items.count - 1, rt)
        return .none
      },
      .one("heappop", "heapq") { (rt, h) throws(PyError) in
        let heap = try list(h, "heappop", rt)
        guard let last = heap.items.popLast() else { throw PyError("IndexError", "index out of range") }
        guard !heap.items.isEmpty else { return last }
        let top = heap.items[0]
        heap.items[0] = last
        try siftUp(heap, 0, rt)
        return top
      },
      .two("heapreplace", "heapq") { (rt, h, item) throws(PyError) in
        let heap = try list(h, "heapreplace", rt)
        guard let top = heap.items.first else { throw PyError("IndexError", "index out of range") }
        heap.items[0] = item
        try siftUp(heap, 0, rt)
        return top
      },
      .two("heappushpop", "heapq") { (rt, h, item) throws(PyError) in
        let heap = try list(h, "heappushpop", rt)
        guard let top = heap.items.first, try rt.less(top, item) else { return item }
        heap.items[0] = item
        try siftUp(heap, 0, rt)
        return top
      },
      .one("heapify", "heapq") { (rt, h) throws(PyError) in
        let heap = try list(h, "heapify", rt)
        for i in stride(from: heap.items.count / 2 - 1, through: 0, by: -1) { try siftUp(heap, i, rt) }
        return .none
      },
      .general("merge", "heapq") { (rt, a) throws(PyError) in
        var key: Value?
        var reverse = false
        for (k, v) in a.keywords {
          switch k {
          case "key": key = v.isNone ? nil : v
          case "reverse": reverse = try rt.truthy(v)
          default: throw PyError("TypeError", "merge() got an unexpected keyword argument '\(k)'")
          }
        }
        // A k-way merge: the smallest head next (the largest with reverse), ties to the earlier input.
        // Tessel reads its inputs up front, so infinite iterators cannot be merged.
        var inputs: [[Value]] = []
        for v in a.positional { inputs.append(try rt.collect(v)) }
        var keys: [[Value]] = []
        for items in inputs {
          var ks: [Value] = []
          for x in items { ks.append(try key.map { (k) throws(PyError) in try rt.call(k, x) } ?? x) }
          keys.append(ks)
        }
        var heads = [Int](repeating: 0, count: inputs.count)
        var out: [Value] = []
        while true {
          var best: Int?
          for i in inputs.indices where heads[i] < inputs[i].count {
            guard let b = best else {
              best = i
              continue
            }
            let (x, y) = (keys[i][heads[i]], keys[b][heads[b]])
            if reverse ? try rt.less(y, x) : try rt.less(x, y) { best = i }
          }
          guard let b = best else { break }
          out.append(inputs[b][heads[b]])
          heads[b] += 1
        }
        return .object(ArrayIterator(out))
      },
      // The documented equivalents: sorted(iterable, key=key)[:n] and sorted(..., reverse=True)[:n].
      .general("nsmallest", "heapq") { (rt, a) throws(PyError) in try selection(rt, a, "nsmallest", reverse: false) },
      .general("nlargest", "heapq") { (rt, a) throws(PyError) in try selection(rt, a, "nlargest", reverse: true) },
    ]
    return .make("heapq", functions: functions)
  }

  static func selection(_ rt: Runtime, _ a: Arguments, _ name: String, reverse: Bool) throws(PyError) -> Value {
    let p = try a.bind(name, ["n", "iterable"], required: 2, keywordOnly: ["key"])
    let n = try rt.index(p[0] ?? .none)
    var items = try rt.collect(p[1] ?? .none)
    let key = p[2].flatMap { $0.isNone ? nil : $0 }
    try rt.sort(&items, key: key, reverse: reverse)
    return .list(Array(items.prefix(max(0, n))))
  }
}

enum BisectModule {
  /// The insertion point for `x` in the sorted `items[lo..<hi]`: before equal items (`left`) or after them.
  static func point(_ rt: Runtime, _ a: Arguments, _ name: String, left: Bool) throws(PyError) -> (PyList?, Int, Value)
  {
    let p = try a.bind(name, ["a", "x", "lo", "hi"], required: 2, keywordOnly: ["key"])
    let seq = p[0] ?? .none
    let items = try rt.collect(seq)
    let x = p[1] ?? .none
    var lo = try p[2].map { (v) throws(PyError) in try rt.index(v) } ?? 0
    if lo < 0 { throw PyError("ValueError", "lo must be non-negative") }
    var hi = try p[3].flatMap { (v) throws(PyError) -> Int? in v.isNone ? nil : try rt.index(v) } ?? items.count
    let key = p[4].flatMap { $0.isNone ? nil : $0 }
    // bisect_* compare key(item) with x itself; insort_* insert x and search for key(x).
    let target = try key.map { (k) throws(PyError) in name.hasPrefix("insort") ? try rt.call(k, x) : x } ?? x
    while lo < hi {
      let mid = (lo + hi) / 2
      let value = try key.map { (k) throws(PyError) in try rt.call(k, [items[mid]]) } ?? items[mid]
      let goRight = left ? try rt.less(value, target) : !(try rt.less(target, value))
      if goRight { lo = mid + 1 } else { hi = mid }
    }
    return (ListMethods.list(seq), lo, x)
  }

  static func make() -> PyModule {
    func search(_ name: String, left: Bool) -> PyBuiltin {
      .general(name, "bisect") { (rt, a) throws(PyError) in .int(try point(rt, a, name, left: left).1) }
    }
    func insort(_ name: String, left: Bool) -> PyBuiltin {
      .general(name, "bisect") { (rt, a) throws(PyError) in
        let (list, k, x) = try point(rt, a, name, left: left)
        guard let list else { throw PyError("NotImplementedError", "\(name) into a non-list is not in Tessel yet") }
        list.items.insert(x, at: k)
        return .none
      }
    }
    return .make(
      "bisect",
      functions: [
        search("bisect_left", left: true), search("bisect_right", left: false), search("bisect", left: false),
        insort("insort_left", left: true), insort("insort_right", left: false), insort("insort", left: false),
      ])
  }
}
