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

  /// The slots, in memory the set owns.
  ///
  /// Not an array: an array of slots is made through generic metadata and destroyed one slot at a time through
  /// the type's value witness, which cost a third of building a small set; this storage is initialised and
  /// destroyed by loops compiled for `Slot`. Every index used is masked by `count - 1` or checked against `count`.
  struct Table {
    let base: UnsafeMutablePointer<Slot>
    let count: Int

    /// `count` empty slots.
    init(count: Int) {
      base = .allocate(capacity: count)
      base.initialize(repeating: Slot(), count: count)
      self.count = count
    }

    /// A copy of `other`'s slots.
    init(copying other: Table) {
      base = .allocate(capacity: other.count)
      base.initialize(from: other.base, count: other.count)
      count = other.count
    }

    @inline(__always) subscript(i: Int) -> Slot {
      get { base[i] }
      nonmutating set { base[i] = newValue }
    }

    func free() {
      base.deinitialize(count: count)
      base.deallocate()
    }
  }

  static let minSize = 8
  static let linearProbes = 9
  static let perturbShift = 5

  private(set) var table: Table
  private var fill = 0
  public private(set) var count = 0
  let frozen: Bool
  private(set) var mutations = 0

  public init(frozen: Bool = false) {
    self.frozen = frozen
    table = Table(count: PySet.minSize)
    super.init(tag: frozen ? .frozenset : .set)
  }

  deinit {
    table.free()
  }

  /// Replaces the table, freeing the old one.
  private func install(_ new: Table) {
    let old = table
    table = new
    old.free()
  }

  override public var type: PyType { frozen ? BuiltinTypes.frozenset : BuiltinTypes.set }

  var mask: Int { table.count - 1 }

  /// Members in table order.
  var members: [Value] { live { $0.key } }

  /// What `pick` reads from each live slot, in table order.
  @inline(__always) private func live<T>(_ pick: (Slot) -> T) -> [T] {
    var out: [T] = []
    out.reserveCapacity(count)
    var i = 0
    while i < table.count {
      if !table[i].key.isUnbound && !table[i].isDummy { out.append(pick(table[i])) }
      i += 1
    }
    return out
  }

  func slot(at i: Int) -> Value? {
    guard i < table.count, !table[i].key.isUnbound, !table[i].isDummy else { return nil }
    return table[i].key
  }

  /// Whether the stored key `k` equals `key`: nil when the comparison (the user's `__eq__`) changed the set, so
  /// the probe must start again (as CPython's `set_lookkey` restarts), its table perhaps gone.
  @inline(__always) private func matches(_ k: Value, _ key: Value, rt: Runtime) throws(PyError) -> Bool? {
    if k.isIdentical(to: key) { return true }
    let before = mutations
    let equal = try rt.equals(k, key)
    return mutations == before ? equal : nil
  }

  private func lookup(_ key: Value, hash: Int, rt: Runtime) throws(PyError) -> Int? {
    restart: while true {
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
            guard let equal = try matches(table[j].key, key, rt: rt) else { continue restart }
            if equal { return j }
          }
          if probes == 0 { break }
          probes -= 1
          j += 1
        }
        perturb >>= UInt(PySet.perturbShift)
        i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
      }
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
    var freeSlot: Int?
    var target = -1
    restart: while true {
      var perturb = UInt(bitPattern: hash)
      var i = Int(UInt(bitPattern: hash) & UInt(mask))
      freeSlot = nil
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
            guard let equal = try matches(table[j].key, key, rt: rt) else { continue restart }
            if equal { return }
          }
          if probes == 0 { break }
          probes -= 1
          j += 1
        }
        perturb >>= UInt(PySet.perturbShift)
        i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
      }
      break
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
    table = Table(count: size)
    var i = 0
    while i < old.count {
      if !old[i].key.isUnbound && !old[i].isDummy { insertClean(old[i].key, hash: old[i].hash) }
      i += 1
    }
    old.free()
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
      install(Table(copying: other.table))
      fill = other.fill
      count = other.count
      mutations &+= 1
      return
    }
    if fill == 0 {
      // Inserting into an empty table runs no user code: the other table is read in place.
      var i = 0
      while i < other.table.count {
        let s = other.table[i]
        if !s.key.isUnbound && !s.isDummy { insertClean(s.key, hash: s.hash) }
        i += 1
      }
      fill = other.count
      count = other.count
      mutations &+= 1
      return
    }
    // Adding can run the user's `__eq__`, which can change either set: the members are taken first.
    for (key, hash) in zip(other.members, other.memberHashes) { try add(key, hash: hash, rt: rt) }
  }

  /// The members' hashes, in table order (as `members`).
  private var memberHashes: [Int] { live { $0.hash } }

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
    install(Table(copying: other.table))
    fill = other.fill
    count = other.count
    mutations &+= 1
  }

  public func removeAll() {
    install(Table(count: PySet.minSize))
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
