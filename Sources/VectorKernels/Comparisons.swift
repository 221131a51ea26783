/// Elementwise comparisons of doubles into bools, one source compiled twice: inlined into the tensor module
/// for any x86-64, and here for AVX2 (`runAVX2`), where the loops vectorise four doubles at a time.
public enum Comparisons {
  public enum Operator: Sendable {
    case equal, notEqual, less, lessEqual, greater, greaterEqual
  }

  /// `o[i] = x[i] op y[i]` over `range`; a side that is not `full` is one element, compared with every other.
  @inlinable @inline(__always)
  public static func run(
    _ op: Operator, _ x: UnsafePointer<Double>, full xFull: Bool, _ y: UnsafePointer<Double>, full yFull: Bool,
    into o: UnsafeMutablePointer<Bool>, _ range: Range<Int>
  ) {
    switch op {
    case .equal: loop(x, xFull, y, yFull, o, range) { $0 == $1 }
    case .notEqual: loop(x, xFull, y, yFull, o, range) { $0 != $1 }
    case .less: loop(x, xFull, y, yFull, o, range) { $0 < $1 }
    case .lessEqual: loop(x, xFull, y, yFull, o, range) { $0 <= $1 }
    case .greater: loop(x, xFull, y, yFull, o, range) { $0 > $1 }
    case .greaterEqual: loop(x, xFull, y, yFull, o, range) { $0 >= $1 }
    }
  }

  /// `run` compiled for AVX2: call only when the processor has it.
  public static func runAVX2(
    _ op: Operator, _ x: UnsafePointer<Double>, full xFull: Bool, _ y: UnsafePointer<Double>, full yFull: Bool,
    into o: UnsafeMutablePointer<Bool>, _ range: Range<Int>
  ) {
    run(op, x, full: xFull, y, full: yFull, into: o, range)
  }

  /// A loop per layout, each of which vectorises (an index times a 0-or-1 stride did not).
  @inlinable @inline(__always)
  static func loop(
    _ x: UnsafePointer<Double>, _ xFull: Bool, _ y: UnsafePointer<Double>, _ yFull: Bool,
    _ o: UnsafeMutablePointer<Bool>, _ range: Range<Int>, _ f: (Double, Double) -> Bool
  ) {
    if xFull && yFull {
      for i in range { o[i] = f(x[i], y[i]) }
    } else if xFull {
      let s = y[0]
      for i in range { o[i] = f(x[i], s) }
    } else {
      let s = x[0]
      for i in range { o[i] = f(s, y[i]) }
    }
  }
}
