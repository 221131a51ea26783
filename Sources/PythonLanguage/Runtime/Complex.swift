import Foundation

/// `complex` arithmetic as CPython's `complexobject.c` does it (Smith's division, `c_powi` for small integral
/// exponents), so results match to the last bit.
enum Complex {
  typealias C = (re: Double, im: Double)

  static func parts(_ k: Numbers.Kind) throws(PyError) -> C {
    if case .complex(let r, let i) = k { return (r, i) }
    return (try Numbers.double(k), 0)
  }

  static func make(_ c: C) -> Value { .object(PyComplex(c.re, c.im)) }

  /// Python's `repr` of a complex number: `2j`, `(1+2j)`, `(-0-1.5j)`, `(nan+infj)`.
  static func repr(_ re: Double, _ im: Double) -> String {
    if re == 0 && re.sign == .plus { return FloatRepr.short(im) + "j" }
    let imText = FloatRepr.short(im)
    let sign = imText.hasPrefix("-") ? "" : "+"
    return "(\(FloatRepr.short(re))\(sign)\(imText)j)"
  }

  static func product(_ a: C, _ b: C) -> C {
    (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
  }

  static func quotient(_ a: C, _ b: C) throws(PyError) -> C {
    let absReal = abs(b.re)
    let absImag = abs(b.im)
    if absReal >= absImag {
      if absReal == 0 { throw PyError("ZeroDivisionError", "complex division by zero") }
      let ratio = b.im / b.re
      let denom = b.re + b.im * ratio
      return ((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    }
    if absImag >= absReal {
      let ratio = b.re / b.im
      let denom = b.re * ratio + b.im
      return ((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    }
    return (.nan, .nan)
  }

  static func power(_ a: C, _ b: C) throws(PyError) -> C {
    if b.im == 0 && b.re == b.re.rounded(.down) && abs(b.re) <= 100 {
      let n = Int(b.re)
      func unsigned(_ x: C, _ n: Int) -> C {
        var r: C = (1, 0)
        var p = x
        var mask = 1
        while mask > 0 && n >= mask {
          if n & mask != 0 { r = product(r, p) }
          mask <<= 1
          p = product(p, p)
        }
        return r
      }
      return n > 0 ? unsigned(a, n) : try quotient((1, 0), unsigned(a, -n))
    }
    if b.re == 0 && b.im == 0 { return (1, 0) }
    if a.re == 0 && a.im == 0 {
      if b.im != 0 || b.re < 0 {
        throw PyError("ZeroDivisionError", "0.0 to a negative or complex power")
      }
      return (0, 0)
    }
    let vabs = hypot(a.re, a.im)
    var len = pow(vabs, b.re)
    let at = atan2(a.im, a.re)
    var phase = at * b.re
    if b.im != 0 {
      len /= exp(at * b.im)
      phase += b.im * log(vabs)
    }
    return (len * cos(phase), len * sin(phase))
  }

  static func power(_ a: PyComplex, _ b: PyComplex) -> Value {
    let r = (try? power((a.real, a.imag), (b.real, b.imag))) ?? (.nan, .nan)
    return make(r)
  }

  static func binary(_ op: BinaryOperator, _ x: Numbers.Kind, _ y: Numbers.Kind) throws(PyError) -> Value {
    let a = try parts(x)
    let b = try parts(y)
    switch op {
    case .add: return make((a.re + b.re, a.im + b.im))
    case .sub: return make((a.re - b.re, a.im - b.im))
    case .mul: return make(product(a, b))
    case .truediv: return make(try quotient(a, b))
    case .pow:
      // CPython's `_Py_ADJUST_ERANGE2`: an infinite part of the result is an overflow.
      let r = try power(a, b)
      if r.re.isInfinite || r.im.isInfinite { throw PyError("OverflowError", "complex exponentiation") }
      return make(r)
    default:
      func name(_ k: Numbers.Kind) -> String {
        switch k {
        case .complex: "complex"
        case .float: "float"
        default: "int"
        }
      }
      throw Numbers.unsupported(op, name(x), name(y))
    }
  }
}
