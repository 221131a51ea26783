import TensorModule

/// Polynomials and sequences: `polyfit polyval convolve`, computed in NumPy's order.
enum PolynomialBuiltins {
  static let all: [Builtin] = [
    Builtin(
      "polyfit", [Parameter("x"), Parameter("y"), Parameter("deg")],
      "The least-squares polynomial of degree deg through (x, y), coefficients highest power first.",
      details:
        "Minimises Σ (y - p(x))² (lstsq on the scaled Vandermonde matrix, as NumPy).\nExample: slope, intercept = polyfit(x, y, 1)"
    ) { c throws(TesselError) in
      let (x, y, deg) = (try c.tensor("x"), try c.tensor("y"), try c.integer("deg"))
      return .tensor(try c.lift { () throws(TensorError) in try Polynomial.fit(x, y, deg) })
    },
    Builtin(
      "polyval", [Parameter("p"), Parameter("x")],
      "The polynomial with coefficients p (highest power first) at x, by Horner's rule.",
      details: "Example: polyval([3, 0, 1], 5)  →  76"
    ) { c throws(TesselError) in
      let (p, x) = (try c.tensor("p", ndim: 1), try c.tensor("x"))
      return TensorValues.value(Polynomial.evaluate(p.data, at: x))
    },
    Builtin(
      "convolve", [Parameter("a"), Parameter("v"), Parameter("mode", .optional(.string("full")))],
      "The discrete linear convolution (a * v)[k] = Σⱼ a[j]·v[k - j]; mode 'full', 'same' or 'valid'.",
      details:
        "The distribution of a sum of independent variables is the convolution of theirs.\nExample: convolve([1, 1], [1, 1])  →  array([1., 2., 1.])"
    ) { c throws(TesselError) in
      let (a, v) = (try c.tensor("a"), try c.tensor("v"))
      guard a.ndim <= 1, v.ndim <= 1 else { throw TesselError("ValueError", "object too deep for desired array") }
      let mode = try c.string("mode")
      return .tensor(
        Tensor(try c.lift { () throws(TensorError) in try Polynomial.convolve(a.data, v.data, mode: mode) }))
    },
  ]
}
