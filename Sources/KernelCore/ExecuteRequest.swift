import JupyterProtocol

/// An `execute_request`'s content, read with the types the messaging spec gives its fields.
struct ExecuteRequest {
  var code: String
  var silent: Bool
  /// Forced off by `silent`.
  var storeHistory: Bool
  var allowStdin: Bool
  var stopOnError: Bool
  /// `user_expressions`, in name order.
  var userExpressions: [(name: String, code: String)]

  init(_ fields: RequestFields) throws(FieldError) {
    code = try fields.string("code")
    silent = try fields.bool("silent", default: false)
    storeHistory = try fields.bool("store_history", default: true) && !silent
    allowStdin = try fields.bool("allow_stdin", default: false)
    stopOnError = try fields.bool("stop_on_error", default: true)
    userExpressions = try fields.object("user_expressions").sorted { $0.key < $1.key }.map {
      name, e throws(FieldError) in
      guard let text = e.stringValue else {
        throw FieldError(
          msgType: fields.msgType, field: "user_expressions", expected: "an object of strings",
          got: "a non-string value for '\(name)'")
      }
      return (name, text)
    }
  }
}
