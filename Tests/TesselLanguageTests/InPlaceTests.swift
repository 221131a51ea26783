import Testing

@testable import TesselLanguage

/// Writes into a container change its buffer in place: `C[i, j] = s` in a loop must not copy `C`.
///
/// A copy needs the old and the new buffer alive at once, so it always moves the contents to a new
/// address; an unchanged address after the write means nothing was copied.
@Suite struct InPlaceTests {
  /// The address of the element buffer of a global tensor or list, without keeping a reference.
  static func address(_ session: Session, _ name: String) -> Int? {
    switch session.runtime.globals[name] {
    case .tensor(let t)?: t.data.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    case .list(let xs)?: xs.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    default: nil
    }
  }

  @Test(arguments: [
    ("C = np.zeros((40, 40))", "C", "C[3, 4] = 1.5"),
    ("C = np.zeros((40, 40))", "C", "C[:, 1:3] += 1"),
    ("C = np.zeros((40, 40))", "C", "C[C > -1] = 2"),
    ("C = np.zeros((40, 40))", "C", "C += 1"),
    ("C = np.zeros((40, 40))", "C", "C.fill(3)\nC[0, 0] = 1"),
    ("xs = [0] * 100", "xs", "xs[3] = 7"),
    ("xs = [[0] * 10 for i in range(10)]", "xs", "xs[3][4] = 7"),
    ("xs = [0] * 100", "xs", "xs[5] += 2"),
    // After a pop the list has room for one more, so an append that does not copy keeps the buffer.
    ("xs = [0] * 100\nxs.pop()", "xs", "xs.append(1)"),
    ("xs = [0] * 100\nxs.pop()", "xs", "xs += [1]"),
    (
      "def f():\n    D = np.ones((30, 30))\n    for i in range(30):\n        D[i, i] = 0\n    return D\nC = f()", "C",
      "C[0, 0] = 9"
    ),
  ])
  func writeDoesNotCopy(setup: String, name: String, write: String) throws {
    let session = Session()
    let host = RecordingHost()
    _ = try session.run(setup, label: "In[1]", host: host)
    let before = try #require(Self.address(session, name))
    _ = try session.run(write, label: "In[2]", host: host)
    #expect(Self.address(session, name) == before, "\(write) copied \(name)")
  }
}
