/// Complex128 arrays as NumPy prints them: `ComplexFloatingFormat` formats the real parts and the imaginary
/// parts each as a float array (the imaginary ones always signed), and each element joins the two with a `j`
/// before the imaginary part's padding.
extension Printing {
  /// `array([1.+2.j, 0.-1.j])`, as NumPy's `repr` of a complex128 array of interleaved `(re, im)` pairs.
  public static func repr(complexPairs pairs: [Double], shape: [Int], _ options: PrintOptions = .standard) -> String {
    let count = pairs.count / 2
    if count == 0 {
      let shapeText = shape == [0] ? "" : ", shape=\(Tensor.describe(shape))"
      return "array([]\(shapeText), dtype=complex128)"
    }
    let body = complexString(pairs, shape, separator: ", ", prefix: "array(", suffix: ")", options)
    return wrapped(body, shape: shape, count: count, options)
  }

  /// `[1.+2.j 0.-1.j]`, as NumPy's `str` of a complex128 array.
  public static func str(complexPairs pairs: [Double], shape: [Int], _ options: PrintOptions = .standard) -> String {
    if pairs.isEmpty { return "[]" }
    return complexString(pairs, shape, separator: " ", prefix: "", suffix: "", options)
  }

  static func complexString(
    _ pairs: [Double], _ shape: [Int], separator: String, prefix: String, suffix: String, _ options: PrintOptions
  ) -> String {
    let shown = shownPositions(shape, count: pairs.count / 2, options)
    let real = ElementFormat(shown.map { pairs[2 * $0] }, dtype: .float64, is0d: shape.isEmpty, options: options)
    let imag = ElementFormat(
      shown.map { pairs[2 * $0 + 1] }, dtype: .float64, is0d: shape.isEmpty, options: options, plusSign: true)
    func word(_ k: Int) -> String {
      let i = imag.string(pairs[2 * k + 1])
      let kept = i.trimmingTrailingSpaces()
      return real.string(pairs[2 * k]) + kept + "j" + String(repeating: " ", count: i.count - kept.count)
    }
    if shape.isEmpty { return word(0) }
    return layout(shape: shape, separator: separator, prefix: prefix, suffix: suffix, options, element: word)
  }
}
