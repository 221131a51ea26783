import Testing

@testable import JupyterProtocol

@Suite struct SignerTests {
  /// RFC 4231 HMAC-SHA256 test cases 1 and 2.
  @Test func rfc4231KnownAnswers() {
    let key1 = String(decoding: [UInt8](repeating: 0x0b, count: 20), as: UTF8.self)
    #expect(
      String(decoding: Signer(key: key1).signature([Array("Hi There".utf8)]), as: UTF8.self)
        == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    #expect(
      String(
        decoding: Signer(key: "Jefe").signature([Array("what do ya want ".utf8), Array("for nothing?".utf8)]),
        as: UTF8.self)
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func emptyKeyDisablesSigning() {
    let s = Signer(key: "")
    #expect(!s.isEnabled)
    #expect(s.signature([Array("x".utf8)]).isEmpty)
    #expect(s.verify(signature: [], parts: [Array("x".utf8)]))
  }

  @Test func verifyRejectsAnyChangedByte() {
    let s = Signer(key: "secret")
    let parts = [Array("{}".utf8), Array("{}".utf8)]
    var sig = s.signature(parts)
    #expect(s.verify(signature: sig, parts: parts))
    sig[5] ^= 1
    #expect(!s.verify(signature: sig, parts: parts))
    #expect(!s.verify(signature: Array(sig.dropLast()), parts: parts))
  }

  @Test func digestHistoryIsBounded() {
    let h = DigestHistory(capacity: 3)
    for d in 0..<5 { #expect(h.insert([UInt8(d)])) }
    #expect(h.count == 3)
    #expect(!h.insert([4]))
    #expect(h.insert([0]))  // forgotten: the oldest went first
  }
}
