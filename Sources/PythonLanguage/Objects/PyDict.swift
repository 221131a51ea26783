/// `dict`: insertion-ordered, any hashable key, with Python's hashing and equality (so `d[1]`, `d[1.0]` and
/// `d[True]` are one entry).
///
/// Entries live in insertion order (deleted ones become holes, compacted when they pile up); an open-addressing
/// index maps hashes to entry numbers.
public final class PyDict: PyObject {
  /// `dict`, or `defaultdict`/`Counter`/`OrderedDict`, which share the layout and add methods.
  var dictType: PyType = BuiltinTypes.dict
  /// `defaultdict`'s factory.
  var defaultFactory: Value = .none

  struct Entry {
    var hash: Int
    var key: Value
    var value: Value
  }

  private(set) var entries: [Entry] = []
  /// Entry numbers; -1 empty, -2 deleted.
  private var index: [Int32] = []
  public private(set) var count = 0
  /// Bumped by every insertion or deletion, so iterators can raise "dictionary changed size during iteration".
  private(set) var mutations = 0

  public init() {
    super.init(tag: .dict)
  }

  override public var type: PyType { dictType }

  /// Live entries in insertion order.
  var items: some Sequence<(key: Value, value: Value)> {
    entries.lazy.filter { !$0.key.isUnbound }.map { (key: $0.key, value: $0.value) }
  }

  var keys: [Value] { entries.compactMap { $0.key.isUnbound ? nil : $0.key } }

  /// The live entry at position `i` of the entry array, for iterators (nil for a hole).
  func entry(at i: Int) -> Entry? {
    guard i < entries.count, !entries[i].key.isUnbound else { return nil }
    return entries[i]
  }

  var entryCapacity: Int { entries.count }

  /// A position in a walk over the entries, with CPython's checks: a dict whose size changed raises (and keeps
  /// raising); one that yields more entries than it held at the start (keys deleted and added) raises too.
  struct Walk {
    private var position = 0
    private var size: Int
    private var remaining: Int

    init(_ d: PyDict) {
      size = d.count
      remaining = d.count
    }

    mutating func next(_ d: PyDict) throws(PyError) -> Entry? {
      guard d.count == size else {
        size = -1
        throw PyError("RuntimeError", "dictionary changed size during iteration")
      }
      while position < d.entries.count {
        let e = d.entries[position]
        position += 1
        if e.key.isUnbound { continue }
        guard remaining > 0 else { throw PyError("RuntimeError", "dictionary keys changed during iteration") }
        remaining -= 1
        return e
      }
      return nil
    }
  }

  private func find(_ key: Value, hash: Int, rt: Runtime) throws(PyError) -> (slot: Int, entry: Int?) {
    if index.isEmpty { return (-1, nil) }
    let mask = index.count - 1
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    var firstFree = -1
    while true {
      let e = Int(index[i])
      if e == -1 { return (firstFree >= 0 ? firstFree : i, nil) }
      if e == -2 {
        if firstFree < 0 { firstFree = i }
      } else if entries[e].hash == hash {
        // Two strs compare where the entry holds its key (no reference counting on the common probe).
        switch PyDict.sameStr(entries, e, key, tag: rt.objectTag) {
        case true?: return (i, e)
        case false?: break
        case nil:
          let k = entries[e].key
          if k.isIdentical(to: key) { return (i, e) }
          if try rt.equals(k, key) { return (i, e) }
        }
      }
      perturb >>= 5
      i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
    }
  }

  /// Whether entry `e`'s key and `key` are equal strs, read in place; nil when either is not a str.
  @inline(__always) private static func sameStr(_ entries: [Entry], _ e: Int, _ key: Value, tag: UInt8) -> Bool? {
    guard case .object(let b) = key, b.tag == .str, let offset = MemoryLayout<Entry>.offset(of: \Entry.key) else {
      return nil
    }
    return entries.withUnsafeBufferPointer { buffer -> Bool? in
      guard let base = buffer.baseAddress else { return nil }
      let slot = UnsafeMutableRawPointer(mutating: base + e) + offset
      guard let u = SlotPeek.object(slot.assumingMemoryBound(to: Value.self), tag: tag) else { return nil }
      return u._withUnsafeGuaranteedRef { a -> Bool? in
        guard a.tag == .str else { return nil }
        if a === b { return true }
        return PyStr.equal(unsafeDowncast(a, to: PyStr.self).value, unsafeDowncast(b, to: PyStr.self).value)
      }
    }
  }

  public func get(_ key: Value, rt: Runtime) throws(PyError) -> Value? {
    let h = try rt.hash(key)
    guard let e = try find(key, hash: h, rt: rt).entry else { return nil }
    return entries[e].value
  }

  /// Where `key`'s entry is, for reading and writing its value in place (`value(at:)`, `setValue(_:at:)`) while
  /// `mutations` stays the same.
  func entryIndex(_ key: Value, hash: Int, rt: Runtime) throws(PyError) -> Int? {
    try find(key, hash: hash, rt: rt).entry
  }

  func value(at e: Int) -> Value { entries[e].value }

  func setValue(_ v: Value, at e: Int) { entries[e].value = v }

  func get(_ key: Value, hash: Int, rt: Runtime) throws(PyError) -> Value? {
    guard let e = try find(key, hash: hash, rt: rt).entry else { return nil }
    return entries[e].value
  }

  /// Looks up a string key without a runtime (keyword arguments, `__dict__`).
  func get(string key: String) -> Value? {
    for e in entries {
      if case .object(let o) = e.key, o.tag == .str, PyStr.equal(unsafeDowncast(o, to: PyStr.self).value, key) {
        return e.value
      }
    }
    return nil
  }

  public func set(_ key: Value, _ value: Value, rt: Runtime) throws(PyError) {
    try set(key, value, hash: try rt.hash(key), rt: rt)
  }

  func set(_ key: Value, _ value: Value, hash: Int, rt: Runtime) throws(PyError) {
    if index.isEmpty { rebuild(capacity: 8) }
    let (slot, existing) = try find(key, hash: hash, rt: rt)
    if let e = existing {
      entries[e].value = value
      return
    }
    index[slot] = Int32(entries.count)
    entries.append(Entry(hash: hash, key: key, value: value))
    count += 1
    mutations &+= 1
    if entries.count * 3 >= index.count * 2 { rebuild(capacity: max(8, count * 3)) }
  }

  @discardableResult
  public func remove(_ key: Value, rt: Runtime) throws(PyError) -> Value? {
    let h = try rt.hash(key)
    let (slot, existing) = try find(key, hash: h, rt: rt)
    guard let e = existing else { return nil }
    let old = entries[e].value
    index[slot] = -2
    entries[e].key = .unbound
    entries[e].value = .none
    count -= 1
    mutations &+= 1
    if entries.count > 16 && count * 2 < entries.count { rebuild(capacity: max(8, count * 3)) }
    return old
  }

  /// Removes and returns the last entry (`popitem`).
  func popLast() -> (Value, Value)? {
    while let last = entries.last {
      entries.removeLast()
      if last.key.isUnbound { continue }
      count -= 1
      mutations &+= 1
      rebuild(capacity: max(8, count * 3))
      return (last.key, last.value)
    }
    return nil
  }

  public func removeAll() {
    entries = []
    index = []
    count = 0
    mutations &+= 1
  }

  /// Drops holes and re-indexes into a table of at least `capacity` slots (a power of two).
  private func rebuild(capacity: Int) {
    entries.removeAll { $0.key.isUnbound }
    var size = 8
    while size < capacity { size <<= 1 }
    index = .filled(with: -1, count: size)
    let mask = size - 1
    for (n, e) in entries.enumerated() {
      var perturb = UInt(bitPattern: e.hash)
      var i = Int(UInt(bitPattern: e.hash) & UInt(mask))
      while index[i] != -1 {
        perturb >>= 5
        i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
      }
      index[i] = Int32(n)
    }
  }

  func copy() -> PyDict {
    let d = PyDict()
    d.dictType = dictType
    d.defaultFactory = defaultFactory
    d.entries = entries
    d.index = index
    d.count = count
    return d
  }
}
