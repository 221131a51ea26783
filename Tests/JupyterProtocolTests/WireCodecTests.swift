import Testing

@testable import JupyterProtocol

@Suite struct WireCodecTests {
  let factory = MessageFactory(session: "s1", username: "u")

  func sample() -> Message {
    var m = factory.message("execute_request", content: ["code": "print('héllo')", "silent": false], parent: nil)
    m.identities = [Array("id-1".utf8), [0, 1, 2]]
    m.buffers = [[9, 9]]
    return m
  }

  @Test func roundTrip() throws {
    let codec = WireCodec(signer: Signer(key: "k"))
    let m = sample()
    let frames = codec.encode(m)
    #expect(frames[2] == WireCodec.delimiter)
    #expect(frames[3].count == 64)
    #expect(try codec.decode(frames) == m)
  }

  @Test func rejectsBadSignatureReplayAndUnsigned() throws {
    let codec = WireCodec(signer: Signer(key: "k"))
    var frames = codec.encode(sample())
    var tampered = frames
    tampered[7] = Array(#"{"code":"evil"}"#.utf8)
    #expect(throws: WireError.badSignature) { try codec.decode(tampered) }
    _ = try codec.decode(frames)
    #expect(throws: WireError.replayed) { try codec.decode(frames) }
    frames[3] = []
    #expect(throws: WireError.unsigned) { try codec.decode(frames) }
    let wrongKey = WireCodec(signer: Signer(key: "other"))
    #expect(throws: WireError.badSignature) { try wrongKey.decode(codec.encode(sample())) }
  }

  @Test func rejectsMalformedFrames() {
    let codec = WireCodec(signer: Signer(key: ""))
    let frames = codec.encode(sample())
    #expect(throws: WireError.missingDelimiter) { try codec.decode(frames.filter { $0 != WireCodec.delimiter }) }
    #expect(throws: WireError.truncated(frames: 4)) { try codec.decode(Array(frames.prefix(7))) }
    var bad = frames
    bad[4] = Array("{not json".utf8)
    #expect(throws: WireError.self) { try codec.decode(bad) }
    bad[4] = Array("[1]".utf8)
    #expect(throws: WireError.notAnObject(frame: "header")) { try codec.decode(bad) }
    bad[4] = Array("{}".utf8)
    #expect(throws: WireError.missingMsgType) { try codec.decode(bad) }
  }

  @Test func replyKeepsIdentitiesAndParent() {
    let request = sample()
    let reply = factory.reply(to: request, content: ["status": "ok"])
    #expect(reply.msgType == "execute_reply")
    #expect(reply.identities == request.identities)
    #expect(reply.parentHeader == request.header)
    #expect(reply.header["version"] == "5.5")
  }

  @Test func datesAreISO8601WithMicroseconds() {
    let d = MessageFactory.isoDate(.init(timeIntervalSince1970: 1_700_000_000.000042))
    #expect(d == "2023-11-14T22:13:20.000042Z")
  }
}
