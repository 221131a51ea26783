import TensorModule

/// Python's binary operators: one record each (symbol, the dunder methods that overload it, NumPy's ufunc and its
/// array kernel), read by the parser, the compiler, the engine and the array arithmetic.
public enum BinaryOperator: UInt8, CaseIterable, Sendable {
  case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, bitand, bitor, bitxor

  public var symbol: String {
    switch self {
    case .add: "+"
    case .sub: "-"
    case .mul: "*"
    case .matmul: "@"
    case .truediv: "/"
    case .floordiv: "//"
    case .mod: "%"
    case .pow: "**"
    case .lshift: "<<"
    case .rshift: ">>"
    case .bitand: "&"
    case .bitor: "|"
    case .bitxor: "^"
    }
  }

  /// The stem of its dunder methods: `add` for `__add__`, `__radd__`, `__iadd__`.
  public var stem: String {
    switch self {
    case .add: "add"
    case .sub: "sub"
    case .mul: "mul"
    case .matmul: "matmul"
    case .truediv: "truediv"
    case .floordiv: "floordiv"
    case .mod: "mod"
    case .pow: "pow"
    case .lshift: "lshift"
    case .rshift: "rshift"
    case .bitand: "and"
    case .bitor: "or"
    case .bitxor: "xor"
    }
  }

  /// NumPy's ufunc for the operator, as its errors name it (`np.floor_divide` is `//`).
  public var ufuncName: String {
    switch self {
    case .add: "add"
    case .sub: "subtract"
    case .mul: "multiply"
    case .matmul: "matmul"
    case .truediv: "divide"
    case .floordiv: "floor_divide"
    case .mod: "remainder"
    case .pow: "power"
    case .lshift: "left_shift"
    case .rshift: "right_shift"
    case .bitand: "bitwise_and"
    case .bitor: "bitwise_or"
    case .bitxor: "bitwise_xor"
    }
  }

  /// The elementwise kernel arrays of float64 and bool use; nil for `@` (BLAS) and the shifts (integers only).
  public var kernel: TensorModule.BinaryOperator? {
    switch self {
    case .add: .add
    case .sub: .subtract
    case .mul: .multiply
    case .truediv: .divide
    case .floordiv: .floorDivide
    case .mod: .modulo
    case .pow: .power
    case .bitand: .and
    case .bitor: .or
    case .bitxor: .xor
    case .matmul, .lshift, .rshift: nil
    }
  }

  public var method: String { BinaryOperator.methods[Int(rawValue)] }
  public var reflected: String { BinaryOperator.reflectedMethods[Int(rawValue)] }
  public var inPlace: String { BinaryOperator.inPlaceMethods[Int(rawValue)] }

  // Built once: these names are looked up on every operator applied to an instance.
  static let methods = allCases.map { "__\($0.stem)__" }
  static let reflectedMethods = allCases.map { "__r\($0.stem)__" }
  static let inPlaceMethods = allCases.map { "__i\($0.stem)__" }

  static let bySymbol: [String: BinaryOperator] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.symbol, $0) })
  static let byAugmentedSymbol: [String: BinaryOperator] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.symbol + "=", $0) })
}

/// Prefix operators: `-x`, `+x`, `~x`, `not x`.
public enum UnaryOperator: UInt8, Sendable {
  case neg, pos, invert, not

  public var symbol: String {
    switch self {
    case .neg: "-"
    case .pos: "+"
    case .invert: "~"
    case .not: "not "
    }
  }

  public var method: String {
    switch self {
    case .neg: "__neg__"
    case .pos: "__pos__"
    case .invert: "__invert__"
    case .not: "__bool__"
    }
  }
}

/// Comparison operators, chained as in `a < b <= c`.
public enum CompareOperator: UInt8, Sendable {
  case lt, le, eq, ne, gt, ge, `in`, notIn, `is`, isNot

  public var symbol: String {
    switch self {
    case .lt: "<"
    case .le: "<="
    case .eq: "=="
    case .ne: "!="
    case .gt: ">"
    case .ge: ">="
    case .in: "in"
    case .notIn: "not in"
    case .is: "is"
    case .isNot: "is not"
    }
  }

  /// The rich-comparison dunder, for the six ordering operators.
  public var method: String? {
    switch self {
    case .lt: "__lt__"
    case .le: "__le__"
    case .eq: "__eq__"
    case .ne: "__ne__"
    case .gt: "__gt__"
    case .ge: "__ge__"
    default: nil
    }
  }

  /// The elementwise kernel for arrays (a bool array); nil for membership and identity.
  public var kernel: TensorModule.BinaryOperator? {
    switch self {
    case .lt: .less
    case .le: .lessEqual
    case .eq: .equal
    case .ne: .notEqual
    case .gt: .greater
    case .ge: .greaterEqual
    case .in, .notIn, .is, .isNot: nil
    }
  }

  /// The operator tried on the right operand when the left one does not know the pair (`a < b` → `b > a`).
  public var swapped: CompareOperator {
    switch self {
    case .lt: .gt
    case .le: .ge
    case .gt: .lt
    case .ge: .le
    default: self
    }
  }
}
