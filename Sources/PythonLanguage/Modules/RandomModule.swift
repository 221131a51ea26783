import BigInt
import Foundation
import TensorModule

/// Python's `random` module with CPython's exact streams: MT19937 seeded by `init_by_array`, `random()` from 53
/// bits, `_randbelow` by rejection on `getrandbits`, and the same algorithms for `shuffle`, `choice`, `sample`,
/// `choices`, `gauss` and `normalvariate`.
final class PythonRandom: PyObject {
  var twister: MersenneTwister
  var gaussNext: Double?

  init(seed: [UInt32]) {
    twister = MersenneTwister(key: seed)
    super.init(tag: .other)
  }

  override var type: PyType { RandomModule.randomType }

  func random() -> Double { twister.nextDouble() }

  func bits(_ k: Int) -> BigInt {
    if k <= 32 { return BigInt(twister.next32() >> UInt32(32 - k)) }
    var result = BigUInt(0)
    var remaining = k
    var shift = 0
    while remaining > 0 {
      var word = twister.next32()
      if remaining < 32 { word >>= UInt32(32 - remaining) }
      result |= BigUInt(word) << shift
      shift += 32
      remaining -= 32
    }
    return BigInt(result)
  }

  /// `_randbelow_with_getrandbits`.
  func below(_ n: Int) -> Int {
    if n <= 0 { return 0 }
    let k = Int.bitWidth - n.leadingZeroBitCount
    while true {
      if k <= 32 {
        let r = Int(twister.next32() >> UInt32(32 - k))
        if r < n { return r }
      } else if let r = Int(exactly: bits(k)), r < n {
        return r
      }
    }
  }

  static func key(for n: BigInt) -> [UInt32] {
    var m = n.magnitude
    var words: [UInt32] = []
    while m > 0 {
      words.append(UInt32(m & 0xFFFF_FFFF))
      m >>= 32
    }
    return words.isEmpty ? [0] : words
  }
}

enum RandomModule {
  static let randomType = BuiltinTypes.make("Random", [BuiltinTypes.object], module: "random")

  static func make(_ rt: Runtime) -> PyModule {
    let seedWords = (0..<4).map { _ in UInt32.random(in: .min ... .max) }
    let state = PythonRandom(seed: seedWords)
    func sequence(_ rt: Runtime, _ v: Value) throws(PyError) -> [Value] {
      if case .object(let o) = v, o.tag == .set || o.tag == .frozenset || o.tag == .dict {
        throw PyError("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).")
      }
      return try rt.collect(v)
    }
    let functions: [PyBuiltin] = [
      .general("seed", "random") { (rt, a) throws(PyError) in
        guard let v = a.positional.first, !v.isNone else {
          state.twister = MersenneTwister(key: (0..<4).map { _ in UInt32.random(in: .min ... .max) })
          state.gaussNext = nil
          return .none
        }
        switch v {
        case .int, .bool, .i64: state.twister = MersenneTwister(key: PythonRandom.key(for: BigInt(try rt.index(v))))
        case .float(let d):
          state.twister = MersenneTwister(key: PythonRandom.key(for: BigInt(UInt(bitPattern: Hashing.double(d)))))
        case .object(let o) where o.tag == .bigInt:
          state.twister = MersenneTwister(key: PythonRandom.key(for: unsafeDowncast(o, to: PyBigInt.self).value))
        default:
          throw PyError("NotImplementedError", "random.seed() with a \(rt.typeName(v)) is not supported (use an int)")
        }
        state.gaussNext = nil
        return .none
      },
      .general("random", "random") { (_, _) throws(PyError) in .float(state.random()) },
      .two("uniform", "random") { (rt, a, b) throws(PyError) in
        let x = try rt.double(a)
        let y = try rt.double(b)
        return .float(x + (y - x) * state.random())
      },
      .two("randint", "random") { (rt, a, b) throws(PyError) in
        let low = try rt.index(a)
        let high = try rt.index(b)
        guard high >= low else { throw PyError("ValueError", "empty range in randrange(\(low), \(high + 1))") }
        return .int(low + state.below(high - low + 1))
      },
      .general("randrange", "random") { (rt, a) throws(PyError) in
        var ints: [Int] = []
        for v in a.positional { ints.append(try rt.index(v)) }
        let (start, stop, step) =
          ints.count == 1 ? (0, ints[0], 1) : (ints[0], ints.count > 1 ? ints[1] : 0, ints.count > 2 ? ints[2] : 1)
        if step == 1 {
          guard stop > start else { throw PyError("ValueError", "empty range in randrange(\(start), \(stop))") }
          return .int(start + state.below(stop - start))
        }
        if step == 0 { throw PyError("ValueError", "zero step for randrange()") }
        let n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step
        guard n > 0 else { throw PyError("ValueError", "empty range in randrange(\(start), \(stop), \(step))") }
        return .int(start + step * state.below(n))
      },
      .one("getrandbits", "random") { (rt, k) throws(PyError) in PyBigInt.make(state.bits(try rt.index(k))) },
      .one("choice", "random") { (rt, v) throws(PyError) in
        let items = try sequence(rt, v)
        guard !items.isEmpty else { throw PyError("IndexError", "Cannot choose from an empty sequence") }
        return items[state.below(items.count)]
      },
      .one("shuffle", "random") { (rt, v) throws(PyError) in
        guard case .object(let o) = v, o.tag == .list else {
          throw PyError("TypeError", "'\(rt.typeName(v))' object does not support item assignment")
        }
        let list = unsafeDowncast(o, to: PyList.self)
        var i = list.items.count - 1
        while i > 0 {
          let j = state.below(i + 1)
          list.items.swapAt(i, j)
          i -= 1
        }
        return .none
      },
      .general("sample", "random") { (rt, a) throws(PyError) in
        let p = try a.bind("sample", ["population", "k"], required: 2, keywordOnly: ["counts"])
        if let counts = p[2], !counts.isNone {
          throw PyError("NotImplementedError", "random.sample(counts=...) is not in Tessel yet")
        }
        let population = try sequence(rt, p[0] ?? .none)
        let n = population.count
        let k = try rt.index(p[1] ?? .none)
        guard k >= 0 && k <= n else { throw PyError("ValueError", "Sample larger than population or is negative") }
        var result = [Value](repeating: .none, count: k)
        var setSize = 21
        if k > 5 { setSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
        if n <= setSize {
          var pool = population
          for i in 0..<k {
            let j = state.below(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
          }
        } else {
          var selected = Set<Int>()
          for i in 0..<k {
            var j = state.below(n)
            while selected.contains(j) { j = state.below(n) }
            selected.insert(j)
            result[i] = population[j]
          }
        }
        return .list(result)
      },
      .general("choices", "random") { (rt, a) throws(PyError) in
        let p = try a.bind("choices", ["population", "weights"], required: 1, keywordOnly: ["cum_weights", "k"])
        let population = try sequence(rt, p[0] ?? .none)
        let k = try p[3].map { (v) throws(PyError) in try rt.index(v) } ?? 1
        let n = population.count
        var cumulative: [Double]?
        if let c = p[2], !c.isNone {
          cumulative = try rt.collect(c).map { (x) throws(PyError) in try rt.double(x) }
        } else if let w = p[1], !w.isNone {
          var total = 0.0
          cumulative = try rt.collect(w).map { (x) throws(PyError) -> Double in
            total += try rt.double(x)
            return total
          }
        }
        guard let cum = cumulative else {
          guard n > 0 else { throw PyError("IndexError", "Cannot choose from an empty population") }
          return .list((0..<k).map { _ in population[Int((state.random() * Double(n)).rounded(.down))] })
        }
        guard cum.count == n else { throw PyError("ValueError", "The number of weights does not match the population") }
        guard let total = cum.last, total > 0, total.isFinite else {
          throw PyError("ValueError", "Total of weights must be greater than zero")
        }
        return .list(
          (0..<k).map { _ in
            let x = state.random() * total
            var lo = 0
            var hi = n - 1
            while lo < hi {
              let mid = (lo + hi) / 2
              if x < cum[mid] { hi = mid } else { lo = mid + 1 }
            }
            return population[lo]
          })
      },
      .general("gauss", "random") { (rt, a) throws(PyError) in
        let mu = a.positional.count > 0 ? try rt.double(a.positional[0]) : 0
        let sigma = a.positional.count > 1 ? try rt.double(a.positional[1]) : 1
        var z = state.gaussNext ?? .nan
        state.gaussNext = nil
        if z.isNaN {
          let x2pi = state.random() * 2 * Double.pi
          let g2rad = (-2.0 * log(1.0 - state.random())).squareRoot()
          z = cos(x2pi) * g2rad
          state.gaussNext = sin(x2pi) * g2rad
        }
        return .float(mu + z * sigma)
      },
      .general("normalvariate", "random") { (rt, a) throws(PyError) in
        let mu = a.positional.count > 0 ? try rt.double(a.positional[0]) : 0
        let sigma = a.positional.count > 1 ? try rt.double(a.positional[1]) : 1
        let magic = 4 * exp(-0.5) / 2.0.squareRoot()
        var z = 0.0
        while true {
          let u1 = state.random()
          let u2 = 1.0 - state.random()
          z = magic * (u1 - 0.5) / u2
          if z * z / 4.0 <= -log(u2) { break }
        }
        return .float(mu + z * sigma)
      },
      .one("expovariate", "random") { (rt, l) throws(PyError) in .float(-log(1.0 - state.random()) / (try rt.double(l)))
      },
    ]
    _ = rt
    return .make("random", functions: functions)
  }
}
