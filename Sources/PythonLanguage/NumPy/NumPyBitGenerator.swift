import BigInt
import TensorModule

/// `np.random.PCG64`: NumPy's default bit generator as an object, for `np.random.Generator(np.random.PCG64(seed))`
/// and `rng.bit_generator` (its `state` dict and `seed_seq`).
///
/// The stream lives in one `Generator`, which the bit generator refers to: `Generator(bg)` is that generator, so
/// draws through it and `bg.state` always agree (NumPy's Generators share their bit generator's state the same
/// way). Setting `state` is not supported.
final class BitGeneratorObject: PyObject {
  let generator: NumPyGenerator

  init(_ generator: NumPyGenerator) {
    self.generator = generator
    super.init(tag: .other)
  }

  override var type: PyType { BitGeneratorObject.pyType }

  static func of(_ v: Value) throws(PyError) -> BitGeneratorObject {
    guard case .object(let o) = v, let b = o as? BitGeneratorObject else {
      throw PyError("TypeError", "descriptor requires a 'numpy.random._pcg64.PCG64' object")
    }
    return b
  }

  static func integer(_ v: UInt128) -> Value {
    PyBigInt.make(BigInt(UInt64(truncatingIfNeeded: v >> 64)) << 64 | BigInt(UInt64(truncatingIfNeeded: v)))
  }

  /// `np.random.PCG64(seed=None)`: seeded through `SeedSequence` as `default_rng`.
  static var constructor: Runtime.ConstructorRef {
    Runtime.ConstructorRef { (rt, a) throws(PyError) -> Value in
      let p = try a.bind("PCG64", ["seed"])
      let seed = p[0] ?? .none
      let sequence: SeedSequenceObject
      if case .object(let o) = seed, let s = o as? SeedSequenceObject {
        sequence = s
      } else {
        sequence = try SeedSequenceObject.make(rt, seed)
      }
      return .object(NumPyGenerator(sequence).bitGenerator)
    }
  }

  /// `np.random.Generator(bit_generator)`.
  static var generatorConstructor: Runtime.ConstructorRef {
    Runtime.ConstructorRef { (rt, a) throws(PyError) -> Value in
      let p = try a.bind("Generator", ["bit_generator"], required: 1)
      guard case .object(let o)? = p[0], let b = o as? BitGeneratorObject else {
        throw PyError("AttributeError", "'\(rt.typeName(p[0] ?? .none))' object has no attribute 'capsule'")
      }
      return .object(b.generator)
    }
  }

  static let pyType = BuiltinTypes.make(
    "PCG64", [BuiltinTypes.object], module: "numpy.random._pcg64",
    methods: [],
    attributes: [
      "state": .object(
        PyProperty(
          getter: .object(
            PyBuiltin.one("state", "PCG64") { (rt, v) throws(PyError) in
              let (state, increment, spare) = try of(v).generator.draws.bitState
              let inner = PyDict()
              try inner.set(.str("state"), integer(state), rt: rt)
              try inner.set(.str("inc"), integer(increment), rt: rt)
              let d = PyDict()
              try d.set(.str("bit_generator"), .str("PCG64"), rt: rt)
              try d.set(.str("state"), .object(inner), rt: rt)
              try d.set(.str("has_uint32"), .int(spare == nil ? 0 : 1), rt: rt)
              try d.set(.str("uinteger"), .int(Int(spare ?? 0)), rt: rt)
              return .object(d)
            }))),
      "seed_seq": .object(
        PyProperty(
          getter: .object(
            PyBuiltin.one("seed_seq", "PCG64") { (_, v) throws(PyError) in .object(try of(v).generator.seed) }))),
    ])
}
