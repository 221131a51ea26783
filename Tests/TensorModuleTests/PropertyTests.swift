import Testing

@testable import TensorModule

/// Identities that must hold whatever the input: BLAS against a naive loop, inverses, factorisations
/// reconstructing their input, broadcasting against an explicit loop, the radix sort against Swift's sort.
@Suite struct PropertyTests {
  /// A deterministic generator (SplitMix64), so failures reproduce.
  struct Numbers {
    var state: UInt64

    mutating func next() -> Double {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      return Double(z >> 11) / Double(1 << 53) * 2 - 1
    }

    mutating func tensor(_ shape: [Int]) -> Tensor {
      Tensor(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in next() })
    }
  }

  static func maxDifference(_ a: Tensor, _ b: Tensor) -> Double {
    precondition(a.shape == b.shape)
    return zip(a.data, b.data).map { abs($0 - $1) }.max() ?? 0
  }

  @Test(arguments: [(1, 1, 1), (3, 5, 2), (17, 33, 9), (64, 64, 64), (130, 7, 65)])
  func matmulMatchesNaiveLoop(_ dims: (Int, Int, Int)) throws {
    let (m, k, n) = dims
    var g = Numbers(state: UInt64(m * 1000 + k * 10 + n))
    let a = g.tensor([m, k])
    let b = g.tensor([k, n])
    let c = try Linalg.matmul(a, b)
    var naive = Tensor(repeating: 0, shape: [m, n])
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<k { s += a.data[i * k + p] * b.data[p * n + j] }
        naive.data[i * n + j] = s
      }
    }
    #expect(Self.maxDifference(c, naive) < 1e-12 * Double(k))
  }

  @Test(arguments: [2, 5, 16, 50])
  func inverseTimesMatrixIsIdentity(_ n: Int) throws {
    var g = Numbers(state: UInt64(n))
    let a = try Tensor.combine(g.tensor([n, n]), try Tensor.identity(n).map { $0 * Double(n) }, .add)
    let product = try Linalg.matmul(a, try Linalg.inv(a))
    #expect(Self.maxDifference(product, try Tensor.identity(n)) < 1e-12 * Double(n))
  }

  @Test(arguments: [(4, 4), (7, 3), (3, 7), (40, 25)])
  func svdReconstructs(_ dims: (Int, Int)) throws {
    let (m, n) = dims
    var g = Numbers(state: UInt64(m * 100 + n))
    let a = g.tensor([m, n])
    let (u, s, vh) = try Linalg.svd(a, fullMatrices: false)
    let k = min(m, n)
    var us = u!
    for i in 0..<m {
      for j in 0..<k { us.data[i * k + j] *= s.data[j] }
    }
    #expect(Self.maxDifference(try Linalg.matmul(us, vh!), a) < 1e-12 * Double(m + n))
    #expect(zip(s.data, s.data.dropFirst()).allSatisfy { $0 >= $1 })
    let (uFull, _, vhFull) = try Linalg.svd(a)
    #expect(uFull!.shape == [m, m] && vhFull!.shape == [n, n])
    #expect(Self.maxDifference(try Linalg.matmul(uFull!.T, uFull!), try Tensor.identity(m)) < 1e-12 * Double(m))
  }

  @Test func factorisationsReconstruct() throws {
    var g = Numbers(state: 7)
    let x = g.tensor([6, 4])
    let spd = try Tensor.combine(try Linalg.matmul(x.T, x), try Tensor.identity(4), .add)
    let l = try Linalg.cholesky(spd)
    #expect(Self.maxDifference(try Linalg.matmul(l, l.T), spd) < 1e-12)
    let (q, r) = try Linalg.qr(x)
    #expect(Self.maxDifference(try Linalg.matmul(q, r), x) < 1e-12)
    let (w, v) = try Linalg.eigh(spd)
    let av = try Linalg.matmul(spd, v!)
    let vw = try Tensor.combine(v!, w, .multiply)
    #expect(Self.maxDifference(av, vw) < 1e-11)
    let b = g.tensor([4])
    #expect(Self.maxDifference(try Linalg.matmul(spd, try Linalg.solve(spd, b)), b) < 1e-12)
  }

  @Test func singularAndIndefiniteInputsAreLinAlgErrors() {
    let singular = Tensor(shape: [2, 2], data: [1, 2, 2, 4])
    #expect(throws: TensorError.self) { try Linalg.inv(singular) }
    #expect(throws: TensorError.self) { try Linalg.solve(singular, Tensor([1, 2])) }
    let indefinite = Tensor(shape: [2, 2], data: [1, 2, 2, 1])
    do {
      _ = try Linalg.cholesky(indefinite)
      Issue.record("cholesky of an indefinite matrix succeeded")
    } catch {
      #expect(error.kind == .linAlg && error.message.contains("(2, 2)"))
    }
  }

  @Test(arguments: [[3, 1], [1, 4], [2, 3, 4], [1], []])
  func broadcastingMatchesExplicitLoop(_ shapeB: [Int]) throws {
    var g = Numbers(state: UInt64(shapeB.count + 11))
    let a = g.tensor([2, 3, 4].suffix(max(shapeB.count, 2)))
    let b = g.tensor(shapeB)
    let c = try Tensor.combine(a, b, .subtract)
    #expect(c.shape == Broadcast.shape(of: a.shape, and: b.shape))
    let strides = Broadcast.strides(of: b.shape, to: c.shape)
    let own = c.strides
    for flat in 0..<c.count {
      var rest = flat
      var offset = 0
      for d in 0..<c.ndim {
        offset += (rest / own[d]) * strides[d]
        rest %= own[d]
      }
      #expect(c.data[flat] == a.data[flat % a.count] - b.data[offset])
    }
  }

  @Test(arguments: [0, 1, 100, 511, 512, 5000, 100_000, 600_000])
  func radixSortMatchesSwiftSort(_ n: Int) {
    var g = Numbers(state: UInt64(n + 3))
    var values = (0..<n).map { i -> Double in
      switch i % 50 {
      case 7: .nan
      case 8: -.infinity
      case 9: .infinity
      case 10: -0.0
      default: g.next() * 1e6
      }
    }
    var expected = values.filter { !$0.isNaN }.sorted()
    expected += values.filter(\.isNaN)
    let copied = Self.sortedOutOfPlace(values)
    #expect(copied.source.elementsEqual(values) { $0 == $1 || ($0.isNaN && $1.isNaN) })
    Tensor.sortValues(&values)
    for result in [values, copied.sorted] {
      #expect(result.count == expected.count)
      #expect(zip(result, expected).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
    }
  }

  /// Inputs where every digit but one, or every digit, is shared: the passes that are skipped.
  @Test(arguments: [0, 1, 7])
  func radixSortWithSharedDigits(_ varying: Int) {
    var g = Numbers(state: 11)
    var values = (0..<2000).map { _ in
      Double(bitPattern: (1.5).bitPattern + UInt64(abs(g.next()) * 255) << UInt64(8 * varying) * (varying == 7 ? 0 : 1))
    }
    let expected = values.sorted()
    let copied = Self.sortedOutOfPlace(values)
    Tensor.sortValues(&values)
    #expect(values == expected)
    #expect(copied.sorted == expected)
  }

  /// Keys that vary in one to four digits: the passes alternate between `out` and one scratch buffer, and
  /// an odd count of passes in place takes a second buffer.
  @Test(arguments: [1, 2, 3, 4])
  func radixSortWithFewActiveDigits(_ digits: Int) {
    var g = Numbers(state: UInt64(digits))
    let top = UInt64(1) << UInt64(8 * digits)
    var values = (0..<3000).map { _ in Double(bitPattern: (2.0).bitPattern + UInt64(abs(g.next()) * Double(top - 1))) }
    let expected = values.sorted()
    #expect(Self.sortedOutOfPlace(values).sorted == expected)
    Tensor.sortValues(&values)
    #expect(values == expected)
  }

  /// Large inputs sort on two cores, split at a sampled median: random values with NaNs and zeros of both
  /// signs, all-equal values (nothing below the median), and two values (a split at most the median).
  @Test(arguments: [0, 1, 2])
  func splitSortMatchesSwiftSort(_ kind: Int) throws {
    var g = Numbers(state: UInt64(kind + 40))
    let values = (0..<300_000).map { i -> Double in
      switch kind {
      case 0: i % 997 == 3 ? .nan : i % 991 == 4 ? -0.0 : g.next() * 1e3
      case 1: 2.5
      default: g.next() > 0.3 ? 1 : -1
      }
    }
    var out = [Double](repeating: 7, count: values.count)
    try values.withUnsafeBufferPointer { source in
      try out.withUnsafeMutableBufferPointer { (o) throws(TensorError) in try Tensor.sortValues(from: source, into: o) }
    }
    var expected = values.filter { !$0.isNaN }.sorted()
    expected += values.filter(\.isNaN)
    #expect(zip(out, expected).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
    #expect(out.firstIndex(of: 0.0).map { out[$0].sign == .minus } ?? true)
  }

  /// The AVX2 quicksort against Swift's sort, in place and split on two cores into other memory: sizes
  /// at and past the network widths (4 to 64), the unrolled partition (from 65) and the split (from 2¹⁷);
  /// NaNs and infinities, four repeated values, one value, sorted and reversed input.
  @Test(
    .enabled(if: ProcessorFeatures.avx2), arguments: [0, 1, 2, 5, 33, 64, 65, 127, 129, 1000, 4099, 70_000, 300_000])
  func vectorSortMatchesSwiftSort(_ n: Int) throws {
    var g = Numbers(state: UInt64(n + 90))
    for kind in 0..<6 {
      let values = (0..<n).map { i -> Double in
        switch kind {
        case 0:
          i % 31 == 3
            ? .nan
            : i % 37 == 4 ? .infinity : i % 41 == 5 ? -.infinity : i % 43 == 6 ? -0.0 : i % 47 == 7 ? 0 : g.next() * 1e3
        case 1: (g.next() * 2).rounded()
        case 2: 2.5
        case 3: Double(i)
        case 4: Double(n - i)
        default: i % 2 == 0 ? .nan : g.next()
        }
      }
      // Zeros -0.0 first.
      var expected = values.filter { !$0.isNaN }.sorted {
        $0 < $1 || ($0 == $1 && $0.sign == .minus && $1.sign == .plus)
      }
      expected += values.filter(\.isNaN)
      var inPlace = values
      let finished = inPlace.withUnsafeMutableBufferPointer { Tensor.vectorSort($0) { false } }
      #expect(finished)
      var split = [Double](repeating: 7, count: n)
      try values.withUnsafeBufferPointer { source in
        try split.withUnsafeMutableBufferPointer { (o) throws(TensorError) in
          try Tensor.vectorSplitSort(from: source, into: o)
        }
      }
      for result in [inPlace, split] {
        // Bit for bit: the zeros' signs in order too.
        #expect(
          zip(result, expected).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }, "kind \(kind)")
      }
    }
  }

  /// NumPy's tie orders (the bitonic network, libstdc++'s sort and nth_element, NumPy's introsort and
  /// introselect) are permutations that sort, or partition at every kth, heavily tied and NaN input alike.
  @Test(arguments: [1, 2, 3, 16, 17, 100, 256, 257, 3000])
  func numpyOrdersSortAndPartition(_ n: Int) throws {
    var g = Numbers(state: UInt64(n + 7))
    let tied = (0..<n).map { _ in (g.next() * 2).rounded() }
    let withNaN = tied.enumerated().map { $0.offset % 5 == 2 ? .nan : $0.element }
    func key(_ v: Double) -> Double { v.isNaN ? .infinity : v }
    func sorts(_ values: [Double], _ order: [Int]) -> Bool {
      order.sorted() == Array(0..<values.count)
        && zip(order, order.dropFirst()).allSatisfy { a, b in
          values[b].isNaN || (!values[a].isNaN && values[a] <= values[b])
        }
    }
    for values in [tied, withNaN] {
      let v = values
      // The network never sees a NaN: x86-simd-sort hands those arrays to libstdc++.
      if n <= 256 && v == tied { #expect(sorts(v, v.withUnsafeBufferPointer(Tensor.bitonicOrder))) }
      for element in [Tensor.SortElement.float, .integer] where element == .float || v == tied {
        var introsort = Array(0..<n)
        var libstdcxx = Array(0..<n)
        try v.withUnsafeBufferPointer { p throws(TensorError) in
          let less: (Int, Int) -> Bool = { a, b in p[a] < p[b] || (p[b].isNaN && !p[a].isNaN) }
          try introsort.withUnsafeMutableBufferPointer { o throws(TensorError) in
            try Tensor.numpyIntrosort(o, less, poll: {})
          }
          try libstdcxx.withUnsafeMutableBufferPointer { o throws(TensorError) in
            try LibstdcxxSort.sort(o, poll: {}, less)
          }
        }
        #expect(sorts(v, introsort) && sorts(v, libstdcxx))
        let kths = [0, n / 3, n / 2, n - 1]
        for (kth, indices) in [([n / 2], true), ([n / 3], false), (Array(Set(kths)).sorted(), true)] {
          let lane = Tensor.partitionLane(v, kths: kth, element: element, indices: indices)
          // Values: the same multiset; positions: a permutation.
          let taken = indices ? lane.map { v[Int($0)] } : lane
          #expect(taken.map(key).sorted() == v.map(key).sorted())
          if indices { #expect(lane.map { Int($0) }.sorted() == Array(0..<n)) }
          for k in kth {
            #expect(taken[..<k].allSatisfy { key($0) <= key(taken[k]) })
            #expect(taken[(k + 1)...].allSatisfy { key($0) >= key(taken[k]) })
          }
        }
      }
    }
  }

  /// Integers sort as integers (every value past 2⁵³ kept), whole and in runs, split on two cores when large.
  @Test(arguments: [(10, 10), (5000, 5000), (5000, 7), (400_000, 400_000)])
  func integerSortMatchesSwiftSort(_ n: Int, _ length: Int) throws {
    var g = Numbers(state: UInt64(n + length))
    let values = (0..<n).map { i -> Int in
      switch i % 101 {
      case 5: .min
      case 6: .max
      case 7: (1 << 53) + 1
      default: Int(g.next() * 1e15)
      }
    }
    let sorted = try Tensor.sortedRuns(values, length: length)
    let expected = stride(from: 0, to: n, by: length).flatMap { values[$0..<min($0 + length, n)].sorted() }
    #expect(sorted == expected)
  }

  /// The radix argsort is a stable sort: ties (many, here, and −0.0 with 0.0) keep their order; NaNs go last.
  @Test(arguments: [0, 5, 255, 256, 4000])
  func stableOrderMatchesAStableSort(_ n: Int) {
    var g = Numbers(state: UInt64(n + 17))
    let values = (0..<n).map { i -> Double in
      switch i % 37 {
      case 3: .nan
      case 4: -0.0
      case 5: 0.0
      default: (g.next() * 20).rounded() / 4
      }
    }
    func before(_ a: Int, _ b: Int) -> Bool {
      let (x, y) = (values[a], values[b])
      if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN || (x.isNaN && y.isNaN && a < b) }
      return x < y || (x == y && a < b)
    }
    #expect(Tensor.stableOrder(values) == Array(values.indices).sorted(by: before))
  }

  /// Sorts into a second buffer (as `sort(x)` does) and returns the source as it stands afterwards.
  static func sortedOutOfPlace(_ values: [Double]) -> (source: [Double], sorted: [Double]) {
    var out = [Double](repeating: 7, count: values.count)
    values.withUnsafeBufferPointer { source in
      out.withUnsafeMutableBufferPointer { Tensor.radixSort(from: source, into: $0) {} }
    }
    return (values, out)
  }
}

extension PropertyTests {
  /// NumPy's norm is `sqrt(dot(x, x))` with no scaling: where the dot product overflows, the norm is inf there, and
  /// so it is here.
  @Test func normOverflowsAsNumPys() throws {
    let n = try Linalg.norm(Tensor([1e200, 1e200]), ord: nil, axis: nil, keepdims: false)
    #expect(n.data == [.infinity])
  }
}
