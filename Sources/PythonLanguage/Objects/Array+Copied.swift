extension Array {
  /// `source[range]` as a new array, copied by a loop compiled for the element type.
  ///
  /// `Array(source[range])`, `a + b` and `replaceSubrange` copy through the runtime's generic
  /// `swift_arrayInitWithCopy`, which calls the element type's value witness once per element (about 50
  /// instructions a `Value`). `Array(unsafeUninitializedCapacity:)` looks up generic metadata on every call; the
  /// buffer from `reserveCapacity` is made by code specialised for the element type (as `filled` does). The range
  /// must lie within `source`; the whole of it is `source` itself (its buffer shared until either is written).
  @inline(__always)
  static func copied(_ source: [Element], _ range: Range<Int>) -> [Element] {
    if range.count == source.count { return source }
    var out: [Element] = []
    out.reserveCapacity(range.count)
    for k in range { out.append(source[k]) }
    return out
  }

  /// `a + b`, copied by loops compiled for the element type (see `copied`).
  @inline(__always)
  static func joined(_ a: [Element], _ b: [Element]) -> [Element] {
    var out: [Element] = []
    out.reserveCapacity(a.count + b.count)
    for x in a { out.append(x) }
    for x in b { out.append(x) }
    return out
  }

  /// `self[range] = source`, copied by loops compiled for the element type where that is cheaper.
  ///
  /// In place when the lengths match, rebuilt when the array is short, else by `replaceSubrange` (whose move of
  /// the tail is cheaper than copying a long array). The range must lie within the array.
  @inline(__always)
  mutating func replace(_ range: Range<Int>, with source: [Element]) {
    if range.count == source.count {
      var k = range.lowerBound
      for x in source {
        self[k] = x
        k += 1
      }
      return
    }
    guard count <= 64 else {
      replaceSubrange(range, with: source)
      return
    }
    var out: [Element] = []
    out.reserveCapacity(count - range.count + source.count)
    for k in 0..<range.lowerBound { out.append(self[k]) }
    for x in source { out.append(x) }
    for k in range.upperBound..<count { out.append(self[k]) }
    self = out
  }
}
