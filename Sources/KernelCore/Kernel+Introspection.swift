import JupyterProtocol

extension Kernel {
  /// `cursor_pos` in Unicode scalars, defaulting to the end and clamped to the code.
  static func cursor(_ fields: RequestFields, code: String) throws(FieldError) -> Int {
    let length = code.unicodeScalars.count
    return min(max(try fields.int("cursor_pos") ?? length, 0), length)
  }

  /// Runs `body` with the request's fields; a field of the wrong type gets an error reply instead.
  func withFields(_ request: Message, _ outlet: ShellOutlet, _ body: (RequestFields) throws(FieldError) -> JSON) {
    do {
      outlet.send(factory.reply(to: request, content: try body(RequestFields(request))))
    } catch {
      outlet.send(factory.reply(to: request, content: .object(error.replyContent)))
    }
  }

  func completeRequest(_ request: Message, _ outlet: ShellOutlet) {
    withFields(request, outlet) { fields throws(FieldError) in
      let code = try fields.string("code")
      let c = interpreter.complete(code: code, cursorPos: try Kernel.cursor(fields, code: code))
      return [
        "status": "ok", "matches": .array(c.matches.map { .string($0) }), "cursor_start": .int(c.cursorStart),
        "cursor_end": .int(c.cursorEnd), "metadata": .emptyObject,
      ]
    }
  }

  func inspectRequest(_ request: Message, _ outlet: ShellOutlet) {
    withFields(request, outlet) { fields throws(FieldError) in
      let code = try fields.string("code")
      let pos = try Kernel.cursor(fields, code: code)
      let level = try fields.int("detail_level") ?? 0
      let found = interpreter.inspect(code: code, cursorPos: pos, detailLevel: level)
      return [
        "status": "ok", "found": .bool(found != nil), "data": .object(found?.data ?? [:]),
        "metadata": .object(found?.metadata ?? [:]),
      ]
    }
  }

  func isCompleteRequest(_ request: Message, _ outlet: ShellOutlet) {
    withFields(request, outlet) { fields throws(FieldError) in
      switch interpreter.isComplete(code: try fields.string("code")) {
      case .complete: return ["status": "complete"]
      case .incomplete(let indent): return ["status": "incomplete", "indent": .string(indent)]
      case .invalid: return ["status": "invalid"]
      case .unknown: return ["status": "unknown"]
      }
    }
  }

  /// `history_request`: tail, range or search, with `[session, line, input]`
  /// triples, or `[session, line, [input, output]]` when `output` is set.
  func historyRequest(_ request: Message, _ outlet: ShellOutlet) {
    withFields(request, outlet) { c throws(FieldError) in
      let entries: [HistoryStore.Entry]
      switch try c.string("hist_access_type", default: "") {
      case "tail":
        entries = history.tail(try c.int("n") ?? 10)
      case "range":
        entries = history.range(
          session: try c.int("session") ?? 0, start: try c.int("start") ?? 0, stop: try c.int("stop") ?? 0)
      case "search":
        entries = history.search(
          pattern: try c.string("pattern", default: "*"), n: try c.int("n"),
          unique: try c.bool("unique", default: false))
      default:
        entries = []
      }
      let withOutput = try c.bool("output", default: false)
      let rows: [JSON] = entries.map { e in
        let cell: JSON = withOutput ? [.string(e.input), e.output.map { .string($0) } ?? .null] : .string(e.input)
        return [.int(HistoryStore.session), .int(e.line), cell]
      }
      return ["status": "ok", "history": .array(rows)]
    }
  }
}
