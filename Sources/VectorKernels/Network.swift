internal import _Builtin_intrinsics.intel

/// Four doubles in one AVX register.
typealias Vector = SIMD4<Double>

/// Sixteen doubles in four registers.
typealias Four = (Vector, Vector, Vector, Vector)

/// Thirty-two doubles in eight registers.
typealias Eight = (Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector)

/// Sixty-four doubles in sixteen registers.
typealias Sixteen = (
  Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector,
  Vector,
  Vector
)

/// Bitonic sorting networks over four-double vectors: every step is a shuffle, a lane-wise minimum and
/// maximum, and a blend, with no branch on the data.
enum Network {
  @inline(__always)
  static func lower(_ a: Vector, _ b: Vector) -> Vector { _mm256_min_pd(a, b) }

  @inline(__always)
  static func upper(_ a: Vector, _ b: Vector) -> Vector { _mm256_max_pd(a, b) }

  /// Orders two vectors lane by lane: `a` takes each lane's smaller value, `b` the larger.
  ///
  /// MINPD and MAXPD both return their second operand when the two are equal (0.0 and -0.0): the maximum
  /// takes its operands the other way round, so that a tie swaps the two rather than copying one of them.
  /// (Within a vector, `clean` and `sort` compare each lane with its partner's value in the same operand
  /// order for both, so each lane of a tied pair takes its partner's: a swap too.)
  @inline(__always)
  static func order(_ a: inout Vector, _ b: inout Vector) {
    let low = lower(a, b)
    b = upper(b, a)
    a = low
  }

  @inline(__always)
  static func reversed(_ v: Vector) -> Vector { Vector(v[3], v[2], v[1], v[0]) }

  /// Sorts a bitonic vector: lanes two apart, then neighbours.
  @inline(__always)
  static func clean(_ v: Vector) -> Vector {
    var s = Vector(v[2], v[3], v[0], v[1])
    var low = lower(v, s)
    var high = upper(v, s)
    let w = Vector(low[0], low[1], high[2], high[3])
    s = Vector(w[1], w[0], w[3], w[2])
    low = lower(w, s)
    high = upper(w, s)
    return Vector(low[0], high[1], low[2], high[3])
  }

  /// Sorts the four lanes of `v`.
  @inline(__always)
  static func sort(_ v: Vector) -> Vector {
    let s = Vector(v[1], v[0], v[3], v[2])
    let low = lower(v, s)
    let high = upper(v, s)
    // Sorted pairs; against the reversed vector they form one bitonic sequence.
    let pairs = Vector(low[0], high[1], low[2], high[3])
    let r = reversed(pairs)
    let l = lower(pairs, r)
    let h = upper(pairs, r)
    return clean(Vector(l[0], l[1], h[2], h[3]))
  }

  /// Merges sorted `a` and `b` into eight sorted values, the smaller four in `a`.
  @inline(__always)
  static func merge(_ a: inout Vector, _ b: inout Vector) {
    var r = reversed(b)
    order(&a, &r)
    a = clean(a)
    b = clean(r)
  }

  /// Merges the sorted runs (a0, a1) and (b0, b1) into one run of sixteen across all four.
  @inline(__always)
  static func merge(_ a0: inout Vector, _ a1: inout Vector, _ b0: inout Vector, _ b1: inout Vector) {
    var r0 = reversed(b1)
    var r1 = reversed(b0)
    order(&a0, &r0)
    order(&a1, &r1)
    clean(&a0, &a1)
    clean(&r0, &r1)
    (b0, b1) = (r0, r1)
  }

  /// Sorts the bitonic run of eight in (a, b).
  @inline(__always)
  static func clean(_ a: inout Vector, _ b: inout Vector) {
    order(&a, &b)
    a = clean(a)
    b = clean(b)
  }

  /// Sorts the bitonic run of sixteen in (a, b, c, d).
  @inline(__always)
  static func clean(_ a: inout Vector, _ b: inout Vector, _ c: inout Vector, _ d: inout Vector) {
    order(&a, &c)
    order(&b, &d)
    clean(&a, &b)
    clean(&c, &d)
  }

  /// Merges the sorted runs a and b of four vectors each into one run of thirty-two.
  @inline(__always)
  static func merge(_ a: inout Four, _ b: inout Four) {
    var r0 = reversed(b.3)
    var r1 = reversed(b.2)
    var r2 = reversed(b.1)
    var r3 = reversed(b.0)
    order(&a.0, &r0)
    order(&a.1, &r1)
    order(&a.2, &r2)
    order(&a.3, &r3)
    clean(&a.0, &a.1, &a.2, &a.3)
    clean(&r0, &r1, &r2, &r3)
    b = (r0, r1, r2, r3)
  }

  /// Sorts the bitonic run of thirty-two in `v`.
  @inline(__always)
  static func clean(_ v: inout Eight) {
    order(&v.0, &v.4)
    order(&v.1, &v.5)
    order(&v.2, &v.6)
    order(&v.3, &v.7)
    clean(&v.0, &v.1, &v.2, &v.3)
    clean(&v.4, &v.5, &v.6, &v.7)
  }

  /// `order` lane by lane between the vectors of `a` and those of `b`, one pair at a time.
  @inline(__always)
  static func order(_ a: inout Eight, _ b: inout Eight) {
    order(&a.0, &b.0)
    order(&a.1, &b.1)
    order(&a.2, &b.2)
    order(&a.3, &b.3)
    order(&a.4, &b.4)
    order(&a.5, &b.5)
    order(&a.6, &b.6)
    order(&a.7, &b.7)
  }

  /// The run `v` backwards: its vectors in reverse order, each reversed.
  @inline(__always)
  static func reversed(_ v: Eight) -> Eight {
    (
      reversed(v.7), reversed(v.6), reversed(v.5), reversed(v.4), reversed(v.3), reversed(v.2), reversed(v.1),
      reversed(v.0)
    )
  }

  /// Merges the sorted runs a and b of eight vectors each into one run of sixty-four.
  @inline(__always)
  static func merge(_ a: inout Eight, _ b: inout Eight) {
    var r = reversed(b)
    order(&a, &r)
    clean(&a)
    clean(&r)
    b = r
  }

  /// Merges the sorted runs a and b of sixteen vectors each (as two halves of eight) into one run of 128.
  @inline(__always)
  static func merge(_ a: inout (Eight, Eight), _ b: inout (Eight, Eight)) {
    var r = (reversed(b.1), reversed(b.0))
    order(&a.0, &r.0)
    order(&a.1, &r.1)
    // Each half is now bitonic: sixteen vectors apart by eight, then each run of eight.
    order(&a.0, &a.1)
    order(&r.0, &r.1)
    clean(&a.0)
    clean(&a.1)
    clean(&r.0)
    clean(&r.1)
    b = r
  }

  /// Transposes the 4 × 4 doubles of (a, b, c, d): afterwards `a` holds their first lanes, `b` their second.
  @inline(__always)
  static func transpose(_ a: inout Vector, _ b: inout Vector, _ c: inout Vector, _ d: inout Vector) {
    let t0 = Vector(a[0], b[0], a[2], b[2])
    let t1 = Vector(a[1], b[1], a[3], b[3])
    let t2 = Vector(c[0], d[0], c[2], d[2])
    let t3 = Vector(c[1], d[1], c[3], d[3])
    a = Vector(t0[0], t0[1], t2[0], t2[1])
    b = Vector(t1[0], t1[1], t3[0], t3[1])
    c = Vector(t0[2], t0[3], t2[2], t2[3])
    d = Vector(t1[2], t1[3], t3[2], t3[3])
  }

  // Sorting k vectors: first each lane across the k registers (`columns`: a sorting network on whole
  // registers, minimum and maximum only, no shuffles), then 4 × 4 transposes turn each lane's sorted column
  // into a sorted run of k / 4 vectors, and bitonic merges join the four runs.

  /// Sorts sixteen values held in four vectors.
  @inline(__always)
  static func sort(_ v: inout Four) {
    columns(&v)
    transpose(&v.0, &v.1, &v.2, &v.3)
    merge(&v.0, &v.1)
    merge(&v.2, &v.3)
    merge(&v.0, &v.1, &v.2, &v.3)
  }

  /// Sorts thirty-two values held in eight vectors.
  @inline(__always)
  static func sort(_ v: inout Eight) {
    columns(&v)
    transpose(&v.0, &v.1, &v.2, &v.3)
    transpose(&v.4, &v.5, &v.6, &v.7)
    // Lane j's run is (v.j, v.(4 + j)).
    merge(&v.0, &v.4, &v.1, &v.5)
    merge(&v.2, &v.6, &v.3, &v.7)
    var a = (v.0, v.4, v.1, v.5)
    var b = (v.2, v.6, v.3, v.7)
    merge(&a, &b)
    v = (a.0, a.1, a.2, a.3, b.0, b.1, b.2, b.3)
  }

  /// Sorts sixty-four values held in sixteen vectors, returned as two runs of eight (the lower first).
  @inline(__always)
  static func sort(_ v: inout Sixteen) -> (Eight, Eight) {
    columns(&v)
    transpose(&v.0, &v.1, &v.2, &v.3)
    transpose(&v.4, &v.5, &v.6, &v.7)
    transpose(&v.8, &v.9, &v.10, &v.11)
    transpose(&v.12, &v.13, &v.14, &v.15)
    // Lane j's run is (v.j, v.(4 + j), v.(8 + j), v.(12 + j)).
    var a = (v.0, v.4, v.8, v.12)
    var b = (v.1, v.5, v.9, v.13)
    var c = (v.2, v.6, v.10, v.14)
    var d = (v.3, v.7, v.11, v.15)
    merge(&a, &b)
    merge(&c, &d)
    var low = (a.0, a.1, a.2, a.3, b.0, b.1, b.2, b.3)
    var high = (c.0, c.1, c.2, c.3, d.0, d.1, d.2, d.3)
    merge(&low, &high)
    return (low, high)
  }

  // The lane-wise networks: Batcher's odd–even merge sort on whole registers (generated, and checked on every
  // 0/1 input), each size the smaller one on both halves and then its merge.

  /// Sorts each lane across the four registers.
  @inline(__always)
  static func columns(_ v: inout Four) {
    order(&v.0, &v.1)
    order(&v.2, &v.3)
    order(&v.0, &v.2)
    order(&v.1, &v.3)
    order(&v.1, &v.2)
  }

  /// Sorts each lane across the eight registers.
  @inline(__always)
  static func columns(_ v: inout Eight) {
    var a = (v.0, v.1, v.2, v.3)
    var b = (v.4, v.5, v.6, v.7)
    columns(&a)
    columns(&b)
    v = (a.0, a.1, a.2, a.3, b.0, b.1, b.2, b.3)
    order(&v.0, &v.4)
    order(&v.2, &v.6)
    order(&v.2, &v.4)
    order(&v.1, &v.5)
    order(&v.3, &v.7)
    order(&v.3, &v.5)
    order(&v.1, &v.2)
    order(&v.3, &v.4)
    order(&v.5, &v.6)
  }

  /// Sorts each lane across the sixteen registers.
  @inline(__always)
  static func columns(_ v: inout Sixteen) {
    var a = (v.0, v.1, v.2, v.3, v.4, v.5, v.6, v.7)
    var b = (v.8, v.9, v.10, v.11, v.12, v.13, v.14, v.15)
    columns(&a)
    columns(&b)
    v = (a.0, a.1, a.2, a.3, a.4, a.5, a.6, a.7, b.0, b.1, b.2, b.3, b.4, b.5, b.6, b.7)
    order(&v.0, &v.8)
    order(&v.4, &v.12)
    order(&v.4, &v.8)
    order(&v.2, &v.10)
    order(&v.6, &v.14)
    order(&v.6, &v.10)
    order(&v.2, &v.4)
    order(&v.6, &v.8)
    order(&v.10, &v.12)
    order(&v.1, &v.9)
    order(&v.5, &v.13)
    order(&v.5, &v.9)
    order(&v.3, &v.11)
    order(&v.7, &v.15)
    order(&v.7, &v.11)
    order(&v.3, &v.5)
    order(&v.7, &v.9)
    order(&v.11, &v.13)
    order(&v.1, &v.2)
    order(&v.3, &v.4)
    order(&v.5, &v.6)
    order(&v.7, &v.8)
    order(&v.9, &v.10)
    order(&v.11, &v.12)
    order(&v.13, &v.14)
  }
}
