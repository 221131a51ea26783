import JupyterProtocol

/// A request field of the wrong type: the handler answers with an error reply naming it and runs nothing.
struct FieldError: Error, Equatable {
  var msgType: String
  var field: String
  var expected: String
  var got: String

  /// `execute_request: 'code' must be a string, got null`: the `evalue` of the error reply.
  var message: String { "\(msgType): '\(field)' must be \(expected), got \(got)" }

  /// The reply content a client can act on: status `error`, ename `ValueError`, the field in the message.
  var replyContent: [String: JSON] {
    [
      "status": "error", "ename": "ValueError", "evalue": .string(message),
      "traceback": [.string("ValueError: " + message)],
    ]
  }
}

/// Typed reads of a request's content, as the messaging spec types its fields.
///
/// A missing optional field takes its default; a present field of the wrong type (`"silent": "yes"`,
/// `"code": null`) is a `FieldError`, never a silent default.
struct RequestFields {
  let content: JSON
  let msgType: String

  init(_ request: Message) {
    self.init(content: request.content, msgType: request.msgType)
  }

  init(content: JSON, msgType: String) {
    self.content = content
    self.msgType = msgType
  }

  private func field(_ name: String) throws(FieldError) -> JSON? {
    guard case .object(let o) = content else {
      throw FieldError(msgType: msgType, field: "content", expected: "an object", got: describe(content))
    }
    return o[name]
  }

  /// A required string.
  func string(_ name: String) throws(FieldError) -> String {
    guard let v = try field(name) else { throw mismatch(name, "a string", got: "nothing (it is missing)") }
    guard let s = v.stringValue else { throw mismatch(name, "a string", v) }
    return s
  }

  func string(_ name: String, default value: String) throws(FieldError) -> String {
    guard let v = try field(name) else { return value }
    guard let s = v.stringValue else { throw mismatch(name, "a string", v) }
    return s
  }

  func bool(_ name: String, default value: Bool) throws(FieldError) -> Bool {
    guard let v = try field(name) else { return value }
    guard let b = v.boolValue else { throw mismatch(name, "true or false", v) }
    return b
  }

  /// An optional integer; `null` counts as absent (clients send `"n": null` for "no limit").
  func int(_ name: String) throws(FieldError) -> Int? {
    guard let v = try field(name), v != .null else { return nil }
    guard let i = v.intValue else { throw mismatch(name, "an integer", v) }
    return i
  }

  func object(_ name: String) throws(FieldError) -> [String: JSON] {
    guard let v = try field(name) else { return [:] }
    guard let o = v.objectValue else { throw mismatch(name, "an object", v) }
    return o
  }

  private func mismatch(_ name: String, _ expected: String, _ value: JSON) -> FieldError {
    mismatch(name, expected, got: describe(value))
  }

  private func mismatch(_ name: String, _ expected: String, got: String) -> FieldError {
    FieldError(msgType: msgType, field: name, expected: expected, got: got)
  }

  private func describe(_ value: JSON) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int, .double: return "a number"
    case .string(let s): return "the string \(JSON.string(String(s.prefix(40))).text)"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}
