extension Array {
  /// `count` copies of `value`, as `Array(repeating:count:)` makes them but without that initialiser's run-time
  /// lookup of generic metadata (300 instructions a call, more than a small dict's whole index costs to fill).
  ///
  /// The buffer comes from `reserveCapacity`, which the compiler specialises for the element type. Long arrays
  /// take the initialiser, whose fill is faster than appending and whose lookup is then a small part.
  @inline(__always)
  static func filled(with value: Element, count: Int) -> [Element] {
    if count >= 64 { return Array(repeating: value, count: count) }
    var out: [Element] = []
    out.reserveCapacity(count)
    while out.count < count { out.append(value) }
    return out
  }
}
