import Testing

@testable import TesselLanguage

/// Central differences against derivatives worked out by hand and evaluated in the same session.
@Suite struct CalculusTests {
  static let setup = """
    X = np.sin(np.arange(12).reshape(4, 3))
    y = np.cos(np.arange(4))
    w = np.array([0.5, -1.0, 2.0])
    loss = lambda v: sum((X @ v - y) ** 2)
    """

  @Test(arguments: [
    // least squares: ∇ = 2Xᵀ(Xw − y), ∇² = 2XᵀX
    ("allclose(grad(loss, w), 2 * X.T @ (X @ w - y), rtol=1e-8, atol=1e-8)", "True"),
    ("allclose(hessian(loss, w), 2 * X.T @ X, rtol=1e-5, atol=1e-5)", "True"),
    // a number in, a number out; large coordinates scale the step
    ("abs(grad(lambda t: t ** 3, 2.0) - 12) < 1e-8", "True"),
    ("abs(grad(lambda t: exp(t), 30.0) / exp(30.0) - 1) < 1e-8", "True"),
    // J of (v0·v1, sin v0) is [[v1, v0], [cos v0, 0]]
    (
      "allclose(jacobian(lambda v: np.array([v[0] * v[1], np.sin(v[0])]), np.array([1.0, 2.0])), np.array([[2.0, 1.0], [np.cos(1.0), 0.0]]), atol=1e-9)",
      "True"
    ),
    // H of v0²·v1 + v1³ is [[2v1, 2v0], [2v0, 6v1]], symmetric
    (
      "allclose(hessian(lambda v: v[0] ** 2 * v[1] + v[1] ** 3, np.array([1.0, 3.0])), np.array([[6.0, 2.0], [2.0, 18.0]]), atol=1e-5)",
      "True"
    ),
    ("grad(loss, w).shape", "(3,)"),
    ("jacobian(lambda v: v * 2, np.ones((2, 2))).shape", "(4, 4)"),
  ])
  func derivatives(expression: String, expected: String) throws {
    let session = Session()
    _ = try session.run(Self.setup, label: "In[1]", host: RecordingHost())
    let value = try session.run(expression, label: "In[2]", host: RecordingHost())
    #expect(value.map(Repr.repr) == expected, "\(expression)")
  }

  @Test func aVectorValuedFunctionIsNotAGradient() {
    do {
      _ = try Session().run("grad(lambda v: v * 2, np.ones(3))", label: "In[1]", host: RecordingHost())
      Issue.record("expected a TypeError")
    } catch {
      #expect(error.kind == "TypeError")
      #expect(error.message.contains("use jacobian"))
    }
  }
}
