import BigInt
import TensorModule

/// `np.random.SeedSequence`, mixed into NumPy's pool so that `default_rng(SeedSequence(…))` and `spawn` give
/// NumPy's streams.
///
/// It holds the entropy as given (an int or a sequence of ints; None draws 128 bits), a spawn key, and the
/// count of children spawned. Only the default pool size of 4 is supported; `generate_state` returns
/// uint32/uint64 arrays, which Tessel does not have.
final class SeedSequenceObject: PyObject {
  let entropy: Value
  let words: [UInt32]
  let spawnKey: [Int]
  var childrenSpawned: Int

  init(entropy: Value, words: [UInt32], spawnKey: [Int], childrenSpawned: Int) {
    self.entropy = entropy
    self.words = words
    self.spawnKey = spawnKey
    self.childrenSpawned = childrenSpawned
    super.init(tag: .other)
  }

  override var type: PyType { SeedSequenceObject.pyType }

  var sequence: SeedSequence {
    SeedSequence(entropy: words, spawnKey: spawnKey.flatMap { PythonRandom.key(for: BigInt($0)) })
  }

  /// A sequence from `seed` as `SeedSequence(seed)` takes it (None: 128 fresh bits, kept as the int).
  static func make(_ rt: Runtime, _ seed: Value, spawnKey: [Int] = [], childrenSpawned: Int = 0) throws(PyError)
    -> SeedSequenceObject
  {
    var entropy = seed
    if seed.isNone {
      var n = BigInt(0)
      for _ in 0..<4 { n = (n << 32) | BigInt(UInt32.random(in: .min ... .max)) }
      entropy = PyBigInt.make(n)
    }
    return SeedSequenceObject(
      entropy: entropy, words: try NumPyGenerators.entropy(rt, entropy), spawnKey: spawnKey,
      childrenSpawned: childrenSpawned)
  }

  static func of(_ v: Value) throws(PyError) -> SeedSequenceObject {
    guard case .object(let o) = v, let s = o as? SeedSequenceObject else {
      throw PyError("TypeError", "descriptor requires a 'numpy.random.bit_generator.SeedSequence' object")
    }
    return s
  }

  /// `spawn(n)`: children keyed by this sequence's key and their index, counting on from those spawned before.
  func spawn(_ n: Int) -> [SeedSequenceObject] {
    let children = (childrenSpawned..<(childrenSpawned + n)).map { i in
      SeedSequenceObject(entropy: entropy, words: words, spawnKey: spawnKey + [i], childrenSpawned: 0)
    }
    childrenSpawned += n
    return children
  }

  static var constructor: Runtime.ConstructorRef {
    Runtime.ConstructorRef { (rt, a) throws(PyError) -> Value in
      guard a.positional.count <= 1 else {
        throw PyError("TypeError", "SeedSequence() takes at most 1 positional argument (\(a.positional.count) given)")
      }
      var spawnKey: [Int] = []
      var children = 0
      var entropy = a.positional.first ?? .none
      for (k, v) in a.keywords {
        switch k {
        case "entropy": entropy = v
        case "spawn_key":
          spawnKey = try rt.collect(v).map { (x) throws(PyError) in try rt.index(x) }
          guard spawnKey.allSatisfy({ $0 >= 0 }) else { throw PyError("ValueError", "expected non-negative integer") }
        case "pool_size":
          let size = try rt.index(v)
          if size < 4 { throw PyError("ValueError", "The size of the entropy pool should be at least 4") }
          if size != 4 { throw PyError("NotImplementedError", "SeedSequence(pool_size=\(size)) is not in Tessel yet") }
        case "n_children_spawned": children = try rt.index(v)
        default: throw PyError("TypeError", "SeedSequence() got an unexpected keyword argument '\(k)'")
        }
      }
      return .object(try make(rt, entropy, spawnKey: spawnKey, childrenSpawned: children))
    }
  }

  static let pyType = BuiltinTypes.make(
    "SeedSequence", [BuiltinTypes.object], module: "numpy.random.bit_generator",
    methods: [
      .one("__repr__", "SeedSequence") { (rt, v) throws(PyError) in
        let s = try of(v)
        var lines = ["SeedSequence(", "    entropy=\(try rt.repr(s.entropy)),"]
        if !s.spawnKey.isEmpty { lines.append("    spawn_key=\(try rt.repr(s.spawnKeyValue)),") }
        if s.childrenSpawned != 0 { lines.append("    n_children_spawned=\(s.childrenSpawned),") }
        lines.append(")")
        return .str(lines.joined(separator: "\n"))
      },
      .two("spawn", "SeedSequence") { (rt, v, n) throws(PyError) in
        let count = try rt.index(n)
        return .list(try of(v).spawn(Swift.max(count, 0)).map { .object($0) })
      },
      .general("generate_state", "SeedSequence") { (_, _) throws(PyError) in
        throw PyError(
          "NotImplementedError", "SeedSequence.generate_state is not in Tessel yet (it returns uint32/uint64 arrays)")
      },
    ],
    attributes: [
      "entropy": getter("entropy") { (_, s) in s.entropy },
      "spawn_key": getter("spawn_key") { (_, s) in s.spawnKeyValue },
      "pool_size": getter("pool_size") { (_, _) in .int(4) },
      "n_children_spawned": getter("n_children_spawned") { (_, s) in .int(s.childrenSpawned) },
      "state": getter("state") { (rt, s) throws(PyError) in
        let d = PyDict()
        for (k, value) in [
          ("entropy", s.entropy), ("spawn_key", s.spawnKeyValue), ("pool_size", .int(4)),
          ("n_children_spawned", .int(s.childrenSpawned)),
        ] where !value.isNone {
          try d.set(.str(k), value, rt: rt)
        }
        return .object(d)
      },
    ])

  var spawnKeyValue: Value { .tuple(spawnKey.map { .int($0) }) }

  private static func getter(
    _ name: String, _ get: @escaping (Runtime, SeedSequenceObject) throws(PyError) -> Value
  ) -> Value {
    .object(
      PyProperty(
        getter: .object(PyBuiltin.one(name, "SeedSequence") { (rt, v) throws(PyError) in try get(rt, try of(v)) })))
  }
}
