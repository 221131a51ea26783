import Foundation

/// NumPy's print options (`np.set_printoptions`): digits, notation, summarising and line width.
public struct PrintOptions: Sendable, Equatable {
  /// How many fraction digits floats show (`floatmode`).
  public enum FloatMode: String, Sendable, CaseIterable {
    /// At most `precision` digits, as few as represent each value.
    case maxprec
    /// Exactly `precision` digits.
    case fixed
    /// As many digits as each value needs, ignoring `precision`.
    case unique
    /// At most `precision` digits, the same number for every element.
    case maxprecEqual = "maxprec_equal"
  }

  public var precision = 8
  public var threshold = 1000
  public var edgeItems = 3
  public var lineWidth = 75
  public var suppress = false
  public var floatMode = FloatMode.maxprec
  /// SciPy's result formatter (`float_kind=_float_formatter_10`): every float in exactly ten characters,
  /// `format_float_scientific(x, precision=3, pad_left=2, unique=False)` (` 1.000e+00`), inf and nan right-aligned.
  public var tenCharacterFloats = false

  public init() {}

  public static let standard = PrintOptions()
}

/// NumPy's array printing (`repr` and `str` of an ndarray) under its print options (by default precision 8,
/// `floatmode='maxprec'`, line width 75, summarised with `...` past 1000 elements, 3 edge items).
///
/// Follows numpy/_core/arrayprint.py: `FloatingFormat.fillFormat`, `_formatArray` and `_extendLine`.
public enum Printing {

  /// `array([1. , 2.5])`, as NumPy's `repr`.
  public static func repr(_ t: Tensor, _ options: PrintOptions = .standard) -> String {
    if t.count == 0 {
      let shape = t.shape == [0] ? "" : ", shape=\(Tensor.describe(t.shape))"
      return "array([]\(shape), dtype=\(t.dtype.rawValue))"
    }
    let body = array2string(t, separator: ", ", prefix: "array(", suffix: ")", options)
    return wrapped(body, shape: t.shape, count: t.count, options)
  }

  /// `array(<body>)`, and for a summarised array NumPy 2.2+'s `shape=` after it, on a new line if it would
  /// overflow the last one.
  static func wrapped(_ body: String, shape: [Int], count: Int, _ options: PrintOptions) -> String {
    guard count > options.threshold else { return "array(" + body + ")" }
    let head = "array(" + body + ","
    let extra = "shape=\(Tensor.describe(shape)))"
    let lastLine = head.count - (head.lastIndex(of: "\n").map { head.distance(from: head.startIndex, to: $0) + 1 } ?? 0)
    let spacer = lastLine + extra.count + 1 > options.lineWidth ? "\n" + String(repeating: " ", count: 6) : " "
    return head + spacer + extra
  }

  /// `[1.  2.5]`, as NumPy's `str` (what `print` shows).
  public static func str(_ t: Tensor, _ options: PrintOptions = .standard) -> String {
    if t.count == 0 { return "[]" }
    return array2string(t, separator: " ", prefix: "", suffix: "", options)
  }

  /// Formats single elements the way the tensor's `repr` formats them (shared width and notation), for
  /// tables.
  ///
  /// With `padded`, every string keeps NumPy's padding to one width (`' 1. '`, `'-2.5'`), so right-aligned
  /// monospace cells line up on the decimal point.
  public static func elementFormatter(for t: Tensor, padded: Bool = false, _ options: PrintOptions = .standard)
    -> @Sendable (Double) -> String
  {
    let shown = t.count > options.threshold ? leadingTrailing(t, options) : t.data
    let format = ElementFormat(shown, dtype: t.dtype, is0d: false, options: options)
    if padded { return { format.string($0) } }
    return { format.string($0).trimmingCharacters(in: .whitespaces) }
  }

  static func array2string(
    _ t: Tensor, separator: String, prefix: String, suffix: String, _ options: PrintOptions
  ) -> String {
    let summarise = t.count > options.threshold
    let shown = summarise ? leadingTrailing(t, options) : t.data
    let format = ElementFormat(shown, dtype: t.dtype, is0d: t.ndim == 0, options: options)
    if t.ndim == 0 { return format.string(t.data[0]) }
    return layout(shape: t.shape, separator: separator, prefix: prefix, suffix: suffix, options) {
      format.string(t.data[$0])
    }
  }

  /// `array([1, 2, 3])`: an int64 array as NumPy's `repr` shows it (every element right-aligned to the widest).
  public static func repr(ints values: [Int], shape: [Int], _ options: PrintOptions = .standard) -> String {
    if values.isEmpty {
      let shapeText = shape == [0] ? "" : ", shape=\(Tensor.describe(shape))"
      return "array([]\(shapeText), dtype=int64)"
    }
    let body = intString(values, shape, separator: ", ", prefix: "array(", suffix: ")", options)
    return wrapped(body, shape: shape, count: values.count, options)
  }

  /// `[1 2 3]`, as NumPy's `str` of an int64 array.
  public static func str(ints values: [Int], shape: [Int], _ options: PrintOptions = .standard) -> String {
    if values.isEmpty { return "[]" }
    return intString(values, shape, separator: " ", prefix: "", suffix: "", options)
  }

  static func intString(
    _ values: [Int], _ shape: [Int], separator: String, prefix: String, suffix: String, _ options: PrintOptions
  ) -> String {
    // NumPy's IntegerFormat: the width of the longest of the shown elements.
    let shown = shownPositions(shape, count: values.count, options).map { values[$0] }
    let width = max(String(shown.max() ?? 0).count, String(shown.min() ?? 0).count)
    func word(_ i: Int) -> String {
      let s = String(values[i])
      return String(repeating: " ", count: max(0, width - s.count)) + s
    }
    if shape.isEmpty { return String(values[0]) }
    return layout(shape: shape, separator: separator, prefix: prefix, suffix: suffix, options, element: word)
  }

  /// NumPy's `_formatArray`: nested brackets, line wrapping at `lineWidth`, summaries past `threshold`, with each
  /// element's text from `element(flat index)`.
  static func layout(
    shape: [Int], separator: String, prefix: String, suffix: String, _ options: PrintOptions,
    element: (Int) -> String
  ) -> String {
    let count = shape.reduce(1, *)
    let summarise = count > options.threshold
    let edgeItems = options.edgeItems
    let strides = Tensor.strides(for: shape)
    let ndim = shape.count
    let hanging = " " + String(repeating: " ", count: prefix.count)
    let width = options.lineWidth - suffix.count

    func recurse(_ offset: Int, _ axis: Int, _ hangingIndent: String, _ currentWidth: Int) -> String {
      let axesLeft = ndim - axis
      if axesLeft == 0 { return element(offset) }
      let nextHanging = hangingIndent + " "
      let nextWidth = currentWidth - 1
      let n = shape[axis]
      let showSummary = summarise && 2 * edgeItems < n
      let leading = showSummary ? edgeItems : 0
      let trailing = showSummary ? edgeItems : n
      var s = ""
      if axesLeft == 1 {
        let elementWidth = currentWidth - max(separator.trimmingTrailingSpaces().count, 1)
        var line = hangingIndent
        for i in 0..<leading {
          let word = recurse(offset + i * strides[axis], axis + 1, nextHanging, nextWidth)
          extend(&s, &line, word, elementWidth, hangingIndent)
          line += separator
        }
        if showSummary {
          extend(&s, &line, "...", elementWidth, hangingIndent)
          line += separator
        }
        var i = trailing
        while i > 1 {
          let word = recurse(offset + (n - i) * strides[axis], axis + 1, nextHanging, nextWidth)
          extend(&s, &line, word, elementWidth, hangingIndent)
          line += separator
          i -= 1
        }
        let word = recurse(offset + (n - 1) * strides[axis], axis + 1, nextHanging, nextWidth)
        extend(&s, &line, word, elementWidth, hangingIndent)
        s += line
      } else {
        let lineSeparator = separator.trimmingTrailingSpaces() + String(repeating: "\n", count: axesLeft - 1)
        for i in 0..<leading {
          s += hangingIndent + recurse(offset + i * strides[axis], axis + 1, nextHanging, nextWidth) + lineSeparator
        }
        if showSummary { s += hangingIndent + "..." + lineSeparator }
        var i = trailing
        while i > 1 {
          s +=
            hangingIndent + recurse(offset + (n - i) * strides[axis], axis + 1, nextHanging, nextWidth)
            + lineSeparator
          i -= 1
        }
        s += hangingIndent + recurse(offset + (n - 1) * strides[axis], axis + 1, nextHanging, nextWidth)
      }
      return "[" + s.dropFirst(hangingIndent.count) + "]"
    }
    return recurse(0, 0, hanging, width)
  }

  /// NumPy's `_extendLine`: wrap before a word that would pass the width, unless wrapping cannot help.
  static func extend(_ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ prefix: String) {
    var needsWrap = line.count + word.count > width
    if line.count <= prefix.count { needsWrap = false }
    if needsWrap {
      s += line.trimmingTrailingSpaces() + "\n"
      line = prefix
    }
    line += word
  }

  /// The flat positions of the elements a print shows: all of them, or a summary's edges.
  static func shownPositions(_ shape: [Int], count: Int, _ options: PrintOptions) -> [Int] {
    guard count > options.threshold else { return Array(0..<count) }
    let positions = Tensor(shape: shape, data: (0..<count).map(Double.init))
    return leadingTrailing(positions, options).map { Int($0) }
  }

  /// The elements a summarised print shows: the first and last `edgeItems` along every axis.
  static func leadingTrailing(_ t: Tensor, _ options: PrintOptions) -> [Double] {
    let edgeItems = options.edgeItems
    var items: [TensorIndex] = []
    var current = t
    for axis in 0..<t.ndim where t.shape[axis] > 2 * edgeItems {
      items = Array(repeating: TensorIndex.slice(nil, nil, nil), count: axis)
      let head = (try? current.get(items + [.slice(nil, edgeItems, nil)])) ?? current
      let tail = (try? current.get(items + [.slice(-edgeItems, nil, nil)])) ?? current
      current = (try? Tensor.concatenate([head, tail], axis: axis)) ?? current
    }
    return current.data
  }
}

/// How every element of one array prints: NumPy's `FloatingFormat` (positional or scientific, with shared
/// padding) or `BoolFormat`.
struct ElementFormat: Sendable {
  let isBool: Bool
  let is0d: Bool
  var scientific = false
  var precision = 8
  var minDigits = 0
  var padLeft = 0
  var padRight = 0
  var expSize = -1
  var trimAll = true
  /// Shortest round-trip digits cut at `precision` (NumPy's `unique=True`), or the exact value rounded to
  /// `precision` digits ('fixed').
  var unique = true
  var tenCharacters = false
  /// NumPy's `sign='+'`: every value carries its sign (a complex number's imaginary part, `+2.j`).
  var plusSign = false

  init(_ data: [Double], dtype: Tensor.DType, is0d: Bool, options: PrintOptions = .standard, plusSign: Bool = false) {
    isBool = dtype == .bool
    self.is0d = is0d
    self.plusSign = plusSign
    tenCharacters = options.tenCharacterFloats
    guard !isBool, !tenCharacters else { return }
    let mode = options.floatMode
    // 'unique' ignores the precision: every digit the shortest representation has.
    let digits = mode == .unique ? Int.max / 4 : options.precision
    precision = digits
    unique = mode != .fixed
    let finite = data.filter(\.isFinite)
    let nonZero = finite.filter { $0 != 0 }.map(Swift.abs)
    if let maxValue = nonZero.max(), let minValue = nonZero.min() {
      scientific = maxValue >= 1e8 || (!options.suppress && (minValue < 0.0001 || maxValue / minValue > 1000))
    }
    if finite.isEmpty {
      padLeft = 0
      padRight = 0
    } else if scientific {
      let strs = finite.map {
        signed($0, Decimal.scientific($0, precision: digits, minDigits: 0, expDigits: 0, unique: unique))
      }
      let parts = strs.map { s -> (Substring, Substring, Substring) in
        let e = s.firstIndex(of: "e")!
        let mantissa = s[..<e]
        let dot = mantissa.firstIndex(of: ".")!
        return (mantissa[..<dot], mantissa[mantissa.index(after: dot)...], s[s.index(after: e)...])
      }
      expSize = parts.map { $0.2.count }.max()! - 1
      precision = parts.map { $0.1.count }.max()!
      minDigits = precision
      trimAll = false
      padLeft = parts.map { $0.0.count }.max()!
      padRight = expSize + 2 + precision
    } else {
      let strs = finite.map { signed($0, Decimal.positional($0, precision: digits, minDigits: 0, unique: unique)) }
      let parts = strs.map { s -> (Substring, Substring) in
        let dot = s.firstIndex(of: ".")!
        return (s[..<dot], s[s.index(after: dot)...])
      }
      padLeft = parts.map { $0.0.count }.max()!
      padRight = parts.map { $0.1.count }.max()!
      if mode == .fixed || mode == .maxprecEqual {
        precision = padRight
        minDigits = padRight
      }
    }
    if finite.count != data.count {
      let negativeInf = plusSign || data.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = max(padLeft, 3 - offset, 3 + (negativeInf ? 1 : 0) - offset)
    }
  }

  func string(_ x: Double) -> String {
    if isBool { return x != 0 ? (is0d ? "True" : " True") : "False" }
    if tenCharacters {
      let text =
        x.isFinite
        ? Decimal.scientific(x, precision: 3, minDigits: 0, expDigits: 2, unique: false)
        : x.isNaN ? "nan" : x < 0 ? "-inf" : "inf"
      // pad_left=2 for the sign and digit before the point; the specials fill ten characters.
      let width =
        x.isFinite
        ? text.count - (text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? 0) + 2 : 10
      return String(repeating: " ", count: Swift.max(0, width - text.count)) + text
    }
    if !x.isFinite {
      let text = (plusSign && !(x < 0) ? "+" : "") + (x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf"))
      return String(repeating: " ", count: max(0, padLeft + padRight + 1 - text.count)) + text
    }
    if scientific {
      var s = signed(
        x, Decimal.scientific(x, precision: precision, minDigits: minDigits, expDigits: expSize, unique: unique))
      let dot = s.firstIndex(of: ".")!
      let intCount = s.distance(from: s.startIndex, to: dot)
      if intCount < padLeft { s = String(repeating: " ", count: padLeft - intCount) + s }
      return s
    }
    var s = signed(x, Decimal.positional(x, precision: precision, minDigits: minDigits, unique: unique))
    let dot = s.firstIndex(of: ".")!
    let intCount = s.distance(from: s.startIndex, to: dot)
    let fracCount = s.distance(from: s.index(after: dot), to: s.endIndex)
    if intCount < padLeft { s = String(repeating: " ", count: padLeft - intCount) + s }
    if fracCount < padRight { s += String(repeating: " ", count: padRight - fracCount) }
    return s
  }
}

extension ElementFormat {
  /// Dragon4's `sign=True`: a `+` before a value whose sign bit is clear.
  func signed(_ x: Double, _ text: String) -> String { plusSign && x.sign == .plus ? "+" + text : text }
}

/// Decimal text of doubles as NumPy's Dragon4 writes it in `unique` mode: the shortest digits that read
/// back to the same double, cut to `precision` digits (correctly rounded) when longer.
enum Decimal {
  /// The shortest round-trip digits (no leading or trailing zeros) and the decimal exponent `e` such that
  /// |x| = 0.d₁d₂… × 10^e.
  static func shortest(_ x: Double) -> (digits: [UInt8], exponent: Int) {
    let text = "\(Swift.abs(x))"
    var mantissa = Substring(text)
    var exp = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exp = Int(text[text.index(after: e)...])!
    }
    var digits: [UInt8] = []
    var pointAt = 0
    var sawPoint = false
    for c in mantissa {
      if c == "." {
        sawPoint = true
        continue
      }
      digits.append(UInt8(c.asciiValue! - 48))
      if !sawPoint { pointAt += 1 }
    }
    var exponent = pointAt + exp
    while let first = digits.first, first == 0, digits.count > 1 {
      digits.removeFirst()
      exponent -= 1
    }
    while let last = digits.last, last == 0, digits.count > 1 { digits.removeLast() }
    if digits == [0] { exponent = 1 }
    return (digits, exponent)
  }

  /// `1.`, `0.5`, `-2.25`, `0.33333333`: positional, trailing zeros trimmed down to `minDigits`.
  ///
  /// Not `unique`: the exact value rounded to `precision` digits, zeros kept (NumPy's 'fixed' mode).
  static func positional(_ x: Double, precision: Int, minDigits: Int, unique: Bool = true) -> String {
    let (digits, exponent) = shortest(x)
    let sign = x.sign == .minus ? "-" : ""
    var intPart: String
    var fracPart: String
    if !unique {
      let text = String(format: "%.\(precision)f", Swift.abs(x))
      let dot = text.firstIndex(of: ".") ?? text.endIndex
      intPart = String(text[..<dot])
      fracPart = dot == text.endIndex ? "" : String(text[text.index(after: dot)...])
    } else if digits.count - exponent <= precision {
      if exponent <= 0 {
        intPart = "0"
        fracPart = String(repeating: "0", count: -exponent) + digits.map(String.init).joined()
      } else if exponent >= digits.count {
        intPart = digits.map(String.init).joined() + String(repeating: "0", count: exponent - digits.count)
        fracPart = ""
      } else {
        intPart = digits[..<exponent].map(String.init).joined()
        fracPart = digits[exponent...].map(String.init).joined()
      }
      if digits == [0] { fracPart = "" }
    } else {
      // With precision 0 printf writes no point.
      let text = String(format: "%.\(precision)f", Swift.abs(x))
      let dot = text.firstIndex(of: ".") ?? text.endIndex
      intPart = String(text[..<dot])
      fracPart = dot == text.endIndex ? "" : String(text[text.index(after: dot)...])
      while fracPart.hasSuffix("0") { fracPart.removeLast() }
    }
    if fracPart.count < minDigits {
      // Digits past the shortest ones are the exact value's (Dragon4's `min_digits`), zeros only at first.
      let text = String(format: "%.\(minDigits)f", Swift.abs(x))
      if let dot = text.firstIndex(of: ".") {
        intPart = String(text[..<dot])
        fracPart = String(text[text.index(after: dot)...])
      }
    }
    return sign + intPart + "." + fracPart
  }

  /// `1.e-05`, `1.5e+10`: scientific, at least two exponent digits (or `expDigits`).
  static func scientific(_ x: Double, precision: Int, minDigits: Int, expDigits: Int, unique: Bool = true) -> String {
    let (digits, exponent) = shortest(x)
    let sign = x.sign == .minus ? "-" : ""
    var lead: String
    var frac: String
    var e: Int
    if unique && digits.count - 1 <= precision {
      lead = String(digits[0])
      frac = digits.dropFirst().map(String.init).joined()
      e = digits == [0] ? 0 : exponent - 1
    } else {
      let text = String(format: "%.\(precision)e", Swift.abs(x))
      let ePos = text.firstIndex(of: "e") ?? text.endIndex
      let mantissa = text[..<ePos]
      let dot = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
      lead = String(mantissa[..<dot])
      frac = dot == mantissa.endIndex ? "" : String(mantissa[mantissa.index(after: dot)...])
      while unique && frac.hasSuffix("0") { frac.removeLast() }
      e = ePos == text.endIndex ? 0 : Int(text[text.index(after: ePos)...]) ?? 0
    }
    if frac.count < minDigits {
      let text = String(format: "%.\(minDigits)e", Swift.abs(x))
      if let ePos = text.firstIndex(of: "e"), let dot = text[..<ePos].firstIndex(of: ".") {
        lead = String(text[..<dot])
        frac = String(text[text.index(after: dot)..<ePos])
        e = Int(text[text.index(after: ePos)...]) ?? e
      }
    }
    var expText = String(Swift.abs(e))
    while expText.count < max(2, expDigits) { expText = "0" + expText }
    return sign + lead + "." + frac + "e" + (e < 0 ? "-" : "+") + expText
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }
}
