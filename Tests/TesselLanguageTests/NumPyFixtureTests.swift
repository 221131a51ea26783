import Foundation
import TensorModule
import Testing

@testable import TesselLanguage

/// Every expression in Fixtures/numpy.json, evaluated by Tessel over the same inputs and compared with NumPy's
/// answer (written by Tests/fixtures/make_numpy_fixtures.py) within |a − b| ≤ 1e-12 + 1e-9·|b|.
@Suite struct NumPyFixtureTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let expression: String
    let expected: Expected
    /// A relative tolerance stated by the fixture (SciPy's cases); nil: 1e-12 + 1e-9·|b|.
    let rtol: Double?
    var testDescription: String { expression }
  }

  indirect enum Expected: Sendable {
    case array(shape: [Int], data: [Double], isBool: Bool)
    case tuple([Expected])
    /// A SciPy result object's fields by name.
    case record([(String, Expected)])
  }

  static func document(_ name: String) -> [String: Any] {
    let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json")!
    return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
  }

  static func decode(_ object: Any) -> Expected {
    let dict = object as! [String: Any]
    if let items = dict["tuple"] as? [Any] { return .tuple(items.map(decode)) }
    if let fields = dict["record"] as? [String: Any] {
      return .record(fields.keys.sorted().map { ($0, decode(fields[$0]!)) })
    }
    let shape = (dict["shape"] as! [Any]).map { ($0 as! NSNumber).intValue }
    let isBool = dict["dtype"] as? String == "bool"
    let data = (dict["data"] as! [Any]).map { item -> Double in
      if let s = item as? String { return s == "nan" ? .nan : s == "inf" ? .infinity : -.infinity }
      if isBool { return (item as! Bool) ? 1 : 0 }
      return (item as! NSNumber).doubleValue
    }
    return .array(shape: shape, data: data, isBool: isBool)
  }

  static func cases(_ document: [String: Any]) -> [Case] {
    (document["cases"] as! [[String: Any]]).map {
      Case(
        expression: $0["expression"] as! String, expected: decode($0["expected"]!),
        rtol: ($0["rtol"] as? NSNumber)?.doubleValue)
    }
  }

  static func session(_ inputs: [String: Any]) -> Session {
    let session = Session()
    for (name, object) in inputs {
      guard case .array(let shape, let data, let isBool) = decode(object) else { continue }
      session.define(name, .tensor(Tensor(shape: shape, data: data, dtype: isBool ? .bool : .float64)))
    }
    return session
  }

  static func close(_ a: Double, _ b: Double, _ rtol: Double?) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    // Below 1e-15 (p-values of strong effects) the fixture's rule is 1e-8: such tails amplify the last-bit
    // differences of the statistic (stats-algorithms.md §13).
    if let rtol { return abs(a - b) <= max((abs(b) < 1e-15 ? max(rtol, 1e-8) : rtol) * abs(b), 1e-300) }
    return abs(a - b) <= 1e-12 + 1e-9 * abs(b)
  }

  /// Nil if `value` matches, else what differs.
  static func mismatch(_ value: Value, _ expected: Expected, _ rtol: Double? = nil) -> String? {
    switch expected {
    case .tuple(let items):
      // A SciPy named tuple (ConfidenceInterval) is a record in Tessel.
      let values: [Value]
      switch value {
      case .tuple(let v): values = v
      case .record(let r): values = r.elements
      default: values = []
      }
      guard values.count == items.count else {
        return "expected a tuple of \(items.count), got \(Repr.repr(value))"
      }
      for (v, e) in zip(values, items) {
        if let m = mismatch(v, e, rtol) { return m }
      }
      return nil
    case .record(let fields):
      guard case .record(let r) = value else { return "expected a result record, got \(Repr.repr(value))" }
      for (name, e) in fields {
        guard let v = r[name] else { return "no field \(name) in \(Repr.repr(value))" }
        if let m = mismatch(v, e, rtol) { return "\(name): \(m)" }
      }
      return nil
    case .array(let shape, let data, let isBool):
      let t: Tensor
      switch value {
      case .number(let d): t = Tensor(shape: [], data: [d])
      case .bool(let b): t = Tensor(shape: [], data: [b ? 1 : 0], dtype: .bool)
      case .tensor(let x): t = x
      default: return "expected an array, got \(Repr.repr(value))"
      }
      if t.shape != shape { return "shape \(t.shapeDescription), expected \(Tensor.describe(shape))" }
      if t.isBool != isBool { return "dtype \(t.dtype), expected \(isBool ? "bool" : "float64")" }
      for (i, (a, b)) in zip(t.data, data).enumerated() where !close(a, b, rtol) {
        return "element \(i): \(a), expected \(b)"
      }
      return nil
    }
  }

  /// One session over a file's inputs; every case evaluates an expression without assigning.
  ///
  /// numpy.json is NumPy's answers; scipy.json is SciPy's, statsmodels' and scikit-learn's.
  @Test(arguments: [("numpy", 390), ("scipy", 100)])
  func everyExpressionMatches(_ file: String, _ atLeast: Int) throws {
    let document = Self.document(file)
    let session = Self.session(document["inputs"] as! [String: Any])
    let cases = Self.cases(document)
    var failures: [String] = []
    for c in cases {
      do {
        let value = try session.evaluate(expression: c.expression, host: DetachedHost())
        if let problem = Self.mismatch(value, c.expected, c.rtol) { failures.append("\(c.expression): \(problem)") }
      } catch {
        failures.append("\(c.expression): \(error.kind): \(error.message)")
      }
    }
    let report = failures.joined(separator: "\n")
    #expect(failures.isEmpty, "\(failures.count) of \(cases.count) differ:\n\(report)")
    #expect(cases.count >= atLeast)
  }

}
