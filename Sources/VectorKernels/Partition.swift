internal import _Builtin_intrinsics.intel

/// Partitioning four values at a time in place: each vector is compared with the pivot, its lanes are
/// permuted so that those going left come first, and the whole vector is stored at both the left and
/// the right write position (each keeps only its own lanes).
struct Partition {
  /// For each 4-bit mask of the lanes going right: the 32-bit lane indices of `_mm256_permutevar8x32`
  /// that put the other lanes first and these last, each side in its original order.
  static let permutations: [SIMD8<Int32>] = (0..<16).map { mask in
    let lanes = (0..<4).filter { mask & (1 << $0) == 0 } + (0..<4).filter { mask & (1 << $0) != 0 }
    var index = SIMD8<Int32>()
    for (j, lane) in lanes.enumerated() {
      index[2 * j] = Int32(2 * lane)
      index[2 * j + 1] = Int32(2 * lane + 1)
    }
    return index
  }

  let table: UnsafePointer<SIMD8<Int32>>

  @inline(__always)
  static func load(_ p: UnsafePointer<Double>) -> Vector { _mm256_loadu_pd(p) }

  @inline(__always)
  static func store(_ p: UnsafeMutablePointer<Double>, _ v: Vector) { _mm256_storeu_pd(p, v) }

  /// The lanes of `v` permuted by the table's row for `mask`.
  @inline(__always)
  func arranged(_ v: Vector, _ mask: Int32) -> Vector {
    let index = unsafeBitCast(table[Int(mask)], to: SIMD4<Int64>.self)
    let lanes = unsafeBitCast(v, to: SIMD4<Int64>.self)
    return unsafeBitCast(_mm256_permutevar8x32_epi32(lanes, index), to: Vector.self)
  }

  /// The lane mask of `v` (bit i for lane i) of the lanes where `test` holds.
  @inline(__always)
  static func bits(_ test: SIMDMask<SIMD4<Int64>>) -> Int32 {
    _mm256_movemask_pd(unsafeBitCast(test, to: Vector.self))
  }

  /// Vectors read per step of the main loop: one decision of which side to read per eight vectors.
  ///
  /// That branch goes either way on random data; a conditional move instead made the loads wait for the
  /// counts (10⁶ doubles took 7.0 ms against 6.2 ms with a branch per four vectors, and 5.2 ms per eight;
  /// sixteen gained nothing). The blocks are `Eight`s.
  static let unroll = 8

  /// Moves the values of `p[0..<n]` (n ≥ 8 · `unroll`) for which `right` sets a lane bit after all the
  /// others, and returns how many others there are.
  ///
  /// The first and last `unroll` vectors are read ahead, which leaves 8 · `unroll` free places; each step
  /// reads `unroll` vectors from the side with less free room, so both sides keep room for every whole
  /// vector stored before the next read.
  @inline(__always)
  func split(_ p: UnsafeMutablePointer<Double>, _ n: Int, right: (Vector) -> Int32) -> Int {
    let u = Partition.unroll
    @inline(__always) func block(_ at: Int) -> Eight {
      (
        Partition.load(p + at), Partition.load(p + at + 4), Partition.load(p + at + 8), Partition.load(p + at + 12),
        Partition.load(p + at + 16), Partition.load(p + at + 20), Partition.load(p + at + 24),
        Partition.load(p + at + 28)
      )
    }
    let head = block(0)
    let tail = block(n - 32)
    var (readLeft, readRight) = (4 * u, n - 4 * u)
    var (writeLeft, writeRight) = (0, n)
    @inline(__always) func place(_ v: Vector) {
      let mask = right(v)
      let arranged = arranged(v, mask)
      let count = Int(mask.nonzeroBitCount)
      Partition.store(p + writeLeft, arranged)
      Partition.store(p + writeRight - 4, arranged)
      writeLeft &+= 4 &- count
      writeRight &-= count
    }
    @inline(__always) func place(_ v: Eight) {
      place(v.0)
      place(v.1)
      place(v.2)
      place(v.3)
      place(v.4)
      place(v.5)
      place(v.6)
      place(v.7)
    }
    while readRight &- readLeft >= 4 * u {
      let from: Int
      if readLeft &- writeLeft <= writeRight &- readRight {
        from = readLeft
        readLeft &+= 4 * u
      } else {
        readRight &-= 4 * u
        from = readRight
      }
      place(block(from))
    }
    while readRight &- readLeft >= 4 {
      let fromLeft = readLeft &- writeLeft <= writeRight &- readRight
      let from = fromLeft ? readLeft : readRight &- 4
      readLeft &+= fromLeft ? 4 : 0
      readRight &-= fromLeft ? 0 : 4
      place(Partition.load(p + from))
    }
    // Fewer than four unread: read them all (in bounds: readLeft + 4 ≤ n). The free places are then one
    // run [writeLeft, writeRight) of at least 8 · `unroll` + 1, so each value can be written at both ends
    // (the one not kept is overwritten below).
    let rest = Partition.load(p + readLeft)
    let restMask = Int(right(rest))
    for j in 0..<(readRight &- readLeft) {
      let goesRight = (restMask &>> j) & 1
      p[writeLeft] = rest[j]
      p[writeRight &- 1] = rest[j]
      writeLeft &+= 1 &- goesRight
      writeRight &-= goesRight
    }
    // The free places are now one run whose length is a multiple of four: the two stores of a vector
    // either miss each other or coincide.
    place(head)
    place(tail)
    return writeLeft
  }
}
