import Testing

@testable import TesselLanguage

/// What the NumPy fixtures cannot show: in-place shuffles, reseeding, argument errors.
@Suite struct RandomTests {
  static func value(_ code: String, _ session: Session = Session()) throws -> String {
    Repr.repr(try session.run(code, label: "In[1]", host: RecordingHost()) ?? .none)
  }

  @Test func shuffleInPlaceDrawsWhatPermutationDraws() throws {
    // NumPy's permutation is a shuffled copy: the same seed gives the same order.
    let shuffledTensor = try Self.value("seed(5)\nx = np.arange(12).reshape(6, 2)\nshuffle(x)\nx")
    let permuted = try Self.value("seed(5)\npermutation(np.arange(12).reshape(6, 2))")
    #expect(shuffledTensor == permuted)
    let list = try Self.value("seed(5)\nxs = [0, 1, 2, 3, 4, 5]\nshuffle(xs)\nxs")
    let order = try Self.value("seed(5)\nlist(permutation(6))")
    #expect(list.filter(\.isNumber) == order.filter(\.isNumber))
  }

  @Test func oneSeedOneStream() throws {
    let code = "seed(123)\n(rand(3), randn(2), integers(0, 100, size=4), choice(['a', 'b', 'c'], size=5))"
    #expect(try Self.value(code) == (try Self.value(code)))
    let session = Session()
    let first = try Self.value("seed(9)\nrand(4)", session)
    let second = try Self.value("rand(4)", session)
    #expect(first != second)
    #expect(try Self.value("seed(9)\nrand(4)", session) == first)
  }

  @Test(arguments: [
    ("seed(-1)", "ValueError", "Seed must be between 0 and 2**32 - 1"),
    ("seed(2**32)", "ValueError", "Seed must be between 0 and 2**32 - 1"),
    ("integers(5, 5)", "ValueError", "low >= high"),
    ("integers(0)", "ValueError", "high <= 0"),
    ("normal(0, -1)", "ValueError", "scale < 0"),
    ("binomial(10, 1.5)", "ValueError", "p > 1 or p is NaN"),
    ("poisson(-2)", "ValueError", "lam < 0"),
    ("choice(3, 5, replace=False)", "ValueError", "Cannot take a larger sample than population when 'replace=False'"),
    ("choice(3, p=[0.5, 0.6, 0.1])", "ValueError", "probabilities do not sum to 1"),
    ("shuffle(3)", "TypeError", "bad argument #1 'x' to shuffle() (expected a tensor or a list, got number)"),
  ])
  func badArguments(code: String, kind: String, message: String) {
    do {
      _ = try Session().run(code, label: "In[1]", host: RecordingHost())
      Issue.record("\(code) raised nothing")
    } catch {
      #expect(error.kind == kind)
      #expect(error.message == message)
      #expect(error.range != nil)
    }
  }
}
