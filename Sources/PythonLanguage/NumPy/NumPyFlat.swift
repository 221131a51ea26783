import TensorModule

/// `ndarray.flat`: NumPy's `flatiter`, the array's elements in C order as one axis, whatever its strides.
///
/// It iterates (`next`, `index`, `coords`), reads as a 1-d copy (`a.flat[3]`, `a.flat[2:9:3]`, a list or mask
/// of positions) and writes into the array itself (`a.flat[::4] = -1`, values repeated to fill the
/// positions as NumPy's flat assignment does).
final class FlatIterator: PyIterator {
  let array: NDArray
  /// Storage positions of the elements in C order.
  let positions: [Int]
  var index = 0

  init(_ array: NDArray) {
    self.array = array
    self.positions = array.positions()
  }

  override var type: PyType { FlatIterator.type }

  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard index < positions.count else { return nil }
    index += 1
    return array.scalar(at: positions[index - 1])
  }

  static func of(_ v: Value) throws(PyError) -> FlatIterator {
    guard let it = v.object as? FlatIterator else { throw PyError("TypeError", "expected a numpy.flatiter") }
    return it
  }

  /// The element positions `key` selects, as NumPy indexes a 1-d array of them (an int, a slice, a list or
  /// array of ints, a mask), with `flatiter`'s own wording for an int out of range.
  func selected(_ key: Value, _ rt: Runtime) throws(PyError) -> (positions: [Int], scalar: Bool, shape: [Int]) {
    let n = positions.count
    if let i = try? rt.index(key), !(key.object is NDArray) {
      guard i >= -n && i < n else { throw PyError("IndexError", "index \(i) is out of bounds for size \(n)") }
      return ([positions[i < 0 ? i + n : i]], true, [])
    }
    let all = NDArray(ints: Array(0..<n), shape: [n])
    let chosen = try rt.array(try rt.getItem(.object(all), key))
    return (chosen.ints.map { positions[$0] }, false, chosen.shape)
  }

  static let type = BuiltinTypes.make(
    "flatiter", [BuiltinTypes.object], module: "numpy",
    methods: [
      .two("__getitem__", "flatiter") { (rt, it, key) throws(PyError) in
        let flat = try of(it)
        let (chosen, scalar, shape) = try flat.selected(key, rt)
        if scalar, let p = chosen.first { return flat.array.scalar(at: p) }
        return .object(flat.array.gathered(chosen, shape: shape))
      },
      .general("__setitem__", "flatiter") { (rt, a) throws(PyError) in
        guard a.positional.count == 3, a.keywords.isEmpty else {
          throw PyError("TypeError", "expected 2 arguments, got \(max(a.positional.count - 1, 0))")
        }
        let flat = try of(a.positional[0])
        try flat.assign(flat.selected(a.positional[1], rt).positions, a.positional[2], rt)
        return .none
      },
      .one("__len__", "flatiter") { (_, it) throws(PyError) in .int(try of(it).positions.count) },
      .one("copy", "flatiter") { (_, it) throws(PyError) in
        let flat = try of(it)
        return .object(flat.array.gathered(flat.positions, shape: [flat.positions.count]))
      },
    ],
    attributes: [
      "base": getter("base") { .object($0.array) },
      "index": getter("index") { .int($0.index) },
      "coords": getter("coords") { flat in
        var rest = flat.index
        var coords = [Int](repeating: 0, count: flat.array.ndim)
        for d in stride(from: flat.array.ndim - 1, through: 0, by: -1) where flat.array.shape[d] > 0 {
          coords[d] = rest % flat.array.shape[d]
          rest /= flat.array.shape[d]
        }
        return .tuple(coords.map { .int($0) })
      },
    ])

  private static func getter(_ name: String, _ get: @escaping (FlatIterator) -> Value) -> Value {
    .object(PyProperty(getter: .object(PyBuiltin.one(name, "flatiter") { (_, v) throws(PyError) in get(try of(v)) })))
  }

  /// Writes `value`'s elements, cycled, into the storage `targets` (`a.flat = v` is every position).
  func assign(_ targets: [Int], _ value: Value, _ rt: Runtime) throws(PyError) {
    guard !targets.isEmpty else { return }
    let source = try rt.array(value)
    let flatSource = source.gathered(source.positions(), shape: [source.count])
    guard flatSource.count > 0 else { return }
    let cycled = flatSource.gathered((0..<targets.count).map { $0 % flatSource.count }, shape: [targets.count])
    try array.assign(cycled, at: targets)
  }
}
