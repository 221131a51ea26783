/// `set` and `frozenset`, laid out as CPython 3.11's `setobject.c` lays them out (a table of 8 slots to start,
/// nine linear probes then perturbation, resizing at 60 % fill), because iteration order — and so what
/// `print({100, 5, 37})` shows — is table order.
public final class PySet: PyObject {
  struct Slot {
    /// `.unbound` for an empty slot; `isDummy` marks a deleted one.
    var key: Value = .unbound
    var hash: Int = 0
    var isDummy = false
  }

  static let minSize = 8
  static let linearProbes = 9
  static let perturbShift = 5

  private(set) var table: [Slot]
  private var fill = 0
  public private(set) var count = 0
  let frozen: Bool
  private(set) var mutations = 0

  public init(frozen: Bool = false) {
    self.frozen = frozen
    table = [Slot](repeating: Slot(), count: PySet.minSize)
    super.init(tag: frozen ? .frozenset : .set)
  }

  override public var type: PyType { frozen ? BuiltinTypes.frozenset : BuiltinTypes.set }

  var mask: Int { table.count - 1 }

  /// Members in table order.
  var members: [Value] { table.compactMap { $0.key.isUnbound || $0.isDummy ? nil : $0.key } }

  func slot(at i: Int) -> Value? {
    guard i < table.count, !table[i].key.isUnbound, !table[i].isDummy else { return nil }
    return table[i].key
  }

  private func lookup(_ key: Value, hash: Int, rt: Runtime) throws(PyError) -> Int? {
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    while true {
      var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
      var j = i
      while true {
        // Fields are read in place: copying the slot would retain its key on every probe.
        if table[j].isDummy {
        } else if table[j].key.isUnbound {
          return nil
        } else if table[j].hash == hash {
          let k = table[j].key
          if k.isIdentical(to: key) { return j }
          if try rt.equals(k, key) { return j }
        }
        if probes == 0 { break }
        probes -= 1
        j += 1
      }
      perturb >>= UInt(PySet.perturbShift)
      i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
    }
  }

  public func contains(_ key: Value, rt: Runtime) throws(PyError) -> Bool {
    try lookup(key, hash: try rt.hash(key), rt: rt) != nil
  }

  public func add(_ key: Value, rt: Runtime) throws(PyError) {
    try add(key, hash: try rt.hash(key), rt: rt)
  }

  /// `set_add_entry`.
  func add(_ key: Value, hash: Int, rt: Runtime) throws(PyError) {
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    var freeSlot: Int?
    var target = -1
    search: while true {
      var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
      var j = i
      while true {
        if table[j].isDummy {
          if freeSlot == nil { freeSlot = j }
        } else if table[j].key.isUnbound {
          target = j
          break search
        } else if table[j].hash == hash {
          let k = table[j].key
          if k.isIdentical(to: key) { return }
          if try rt.equals(k, key) { return }
        }
        if probes == 0 { break }
        probes -= 1
        j += 1
      }
      perturb >>= UInt(PySet.perturbShift)
      i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
    }
    mutations &+= 1
    if let f = freeSlot {
      table[f] = Slot(key: key, hash: hash, isDummy: false)
      count += 1
      return
    }
    table[target] = Slot(key: key, hash: hash, isDummy: false)
    fill += 1
    count += 1
    if fill * 5 < mask * 3 { return }
    resize(minUsed: count > 50000 ? count * 2 : count * 4)
  }

  /// `set_table_resize`: a table of the smallest power of two above `minUsed`, filled in old table order.
  private func resize(minUsed: Int) {
    var size = PySet.minSize
    while size <= minUsed { size <<= 1 }
    let old = table
    table = [Slot](repeating: Slot(), count: size)
    for s in old where !s.key.isUnbound && !s.isDummy { insertClean(s.key, hash: s.hash) }
    fill = count
  }

  /// `set_insert_clean`: into a table known to hold neither the key nor dummies.
  private func insertClean(_ key: Value, hash: Int) {
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    while true {
      if table[i].key.isUnbound {
        table[i] = Slot(key: key, hash: hash, isDummy: false)
        return
      }
      if i + PySet.linearProbes <= mask {
        for j in (i + 1)...(i + PySet.linearProbes) where table[j].key.isUnbound {
          table[j] = Slot(key: key, hash: hash, isDummy: false)
          return
        }
      }
      perturb >>= UInt(PySet.perturbShift)
      i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
    }
  }

  /// `set_merge`: adds every member of `other`, as `set.update(other_set)` and `set(other_set)` do.
  func merge(_ other: PySet, rt: Runtime) throws(PyError) {
    if other === self || other.count == 0 { return }
    if (fill + other.count) * 5 >= mask * 3 { resize(minUsed: (count + other.count) * 2) }
    if fill == 0 && mask == other.mask && other.fill == other.count {
      table = other.table
      fill = other.fill
      count = other.count
      mutations &+= 1
      return
    }
    if fill == 0 {
      for s in other.table where !s.key.isUnbound && !s.isDummy { insertClean(s.key, hash: s.hash) }
      fill = other.count
      count = other.count
      mutations &+= 1
      return
    }
    for s in other.table where !s.key.isUnbound && !s.isDummy { try add(s.key, hash: s.hash, rt: rt) }
  }

  @discardableResult
  public func remove(_ key: Value, rt: Runtime) throws(PyError) -> Bool {
    guard let j = try lookup(key, hash: try rt.hash(key), rt: rt) else { return false }
    table[j] = Slot(key: .unbound, hash: -1, isDummy: true)
    count -= 1
    mutations &+= 1
    return true
  }

  /// `set.pop()`: CPython scans from a moving finger.
  private var finger = 0
  func pop() -> Value? {
    guard count > 0 else { return nil }
    var i = finger & mask
    while table[i].key.isUnbound || table[i].isDummy { i = (i + 1) & mask }
    let key = table[i].key
    table[i] = Slot(key: .unbound, hash: -1, isDummy: true)
    count -= 1
    finger = i + 1
    mutations &+= 1
    return key
  }

  /// Takes another set's table as its own (`set_swap_bodies`).
  func replaceContents(with other: PySet) {
    table = other.table
    fill = other.fill
    count = other.count
    mutations &+= 1
  }

  public func removeAll() {
    table = [Slot](repeating: Slot(), count: PySet.minSize)
    fill = 0
    count = 0
    mutations &+= 1
  }

  func copy(frozen: Bool, rt: Runtime) throws(PyError) -> PySet {
    let s = PySet(frozen: frozen)
    try s.merge(self, rt: rt)
    return s
  }
}
