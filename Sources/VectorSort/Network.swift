internal import _Builtin_intrinsics.intel

/// Four doubles in one AVX register.
typealias Vector = SIMD4<Double>

/// Thirty-two doubles in eight registers.
typealias Eight = (Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector)

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
  static func merge(_ a: inout (Vector, Vector, Vector, Vector), _ b: inout (Vector, Vector, Vector, Vector)) {
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

  /// Sorts sixteen values held in four vectors.
  @inline(__always)
  static func sort(_ v: inout (Vector, Vector, Vector, Vector)) {
    v.0 = sort(v.0)
    v.1 = sort(v.1)
    v.2 = sort(v.2)
    v.3 = sort(v.3)
    merge(&v.0, &v.1)
    merge(&v.2, &v.3)
    merge(&v.0, &v.1, &v.2, &v.3)
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

  /// Sorts thirty-two values held in eight vectors.
  @inline(__always)
  static func sort(_ v: inout Eight) {
    var a = (v.0, v.1, v.2, v.3)
    var b = (v.4, v.5, v.6, v.7)
    sort(&a)
    sort(&b)
    merge(&a, &b)
    v = (a.0, a.1, a.2, a.3, b.0, b.1, b.2, b.3)
  }

  /// Merges the sorted runs a and b of eight vectors each into one run of sixty-four.
  @inline(__always)
  static func merge(_ a: inout Eight, _ b: inout Eight) {
    var r = (
      reversed(b.7), reversed(b.6), reversed(b.5), reversed(b.4), reversed(b.3), reversed(b.2), reversed(b.1),
      reversed(b.0)
    )
    order(&a.0, &r.0)
    order(&a.1, &r.1)
    order(&a.2, &r.2)
    order(&a.3, &r.3)
    order(&a.4, &r.4)
    order(&a.5, &r.5)
    order(&a.6, &r.6)
    order(&a.7, &r.7)
    clean(&a)
    clean(&r)
    b = r
  }
}
