import JupyterProtocol

extension Kernel {
  /// `execute_request`: count, `execute_input`, run, outputs, reply.
  ///
  /// The counter moves only for `store_history` requests (the spec's "counter of
  /// all execution requests made with store_history=True"); `silent` forces
  /// `store_history` off and suppresses every IOPub output.
  func executeRequest(_ request: Message, _ outlet: ShellOutlet) {
    let fields = RequestFields(request)
    let code: String
    let silent: Bool
    let storeHistory: Bool
    let allowStdin: Bool
    let stopOnError: Bool
    let userExpressions: [(name: String, code: String)]
    do {
      code = try fields.string("code")
      silent = try fields.bool("silent", default: false)
      storeHistory = try fields.bool("store_history", default: true) && !silent
      allowStdin = try fields.bool("allow_stdin", default: false)
      stopOnError = try fields.bool("stop_on_error", default: true)
      userExpressions = try fields.object("user_expressions").sorted { $0.key < $1.key }.map {
        name, e throws(FieldError) in
        guard let text = e.stringValue else {
          throw FieldError(
            msgType: request.msgType, field: "user_expressions", expected: "an object of strings",
            got: "a non-string value for '\(name)'")
        }
        return (name, text)
      }
    } catch {
      // Nothing runs and the counter stays: the reply says which field was wrong.
      var content = error.replyContent
      content["execution_count"] = .int(executionCount)
      content["user_expressions"] = .emptyObject
      content["payload"] = []
      outlet.send(factory.reply(to: request, content: .object(content), metadata: ["status": "error"]))
      return
    }

    if storeHistory {
      executionCount += 1
      history.record(line: executionCount, input: code)
    }
    let count = executionCount
    if !silent {
      outlet.publish(
        factory.message(
          "execute_input", content: ["code": .string(code), "execution_count": .int(count)], parent: request))
    }

    interrupt.clear()
    let context = ExecutionContext(
      request: request, outlet: outlet, factory: factory, executionCount: count, silent: silent,
      allowStdin: allowStdin, interrupt: interrupt)
    let outcome = interpreter.execute(code: code, context: context)
    context.flush()

    switch outcome {
    case .ok(let result, let payload):
      if let result {
        if !silent {
          outlet.publish(
            factory.message(
              "execute_result",
              content: [
                "execution_count": .int(count), "data": .object(result.data), "metadata": .object(result.metadata),
              ], parent: request))
        }
        if storeHistory, let text = result.data["text/plain"]?.stringValue { history.setOutput(line: count, text) }
      }
      var expressions: [String: JSON] = [:]
      for (name, expression) in userExpressions {
        switch interpreter.evaluate(expression: expression, context: context) {
        case .success(let value):
          expressions[name] = ["status": "ok", "data": .object(value.data), "metadata": .object(value.metadata)]
        case .failure(let report):
          var r = report.content.objectValue ?? [:]
          r["status"] = "error"
          expressions[name] = .object(r)
        }
      }
      context.flush()
      outlet.send(
        factory.reply(
          to: request,
          content: [
            "status": "ok", "execution_count": .int(count), "payload": .array(payload),
            "user_expressions": .object(expressions),
          ], metadata: ["status": "ok"]))
    case .error(let report):
      if !silent {
        outlet.publish(factory.message("error", content: report.content, parent: request))
      }
      var content = report.content.objectValue ?? [:]
      content["status"] = "error"
      content["execution_count"] = .int(count)
      content["user_expressions"] = .emptyObject
      content["payload"] = []
      outlet.send(factory.reply(to: request, content: .object(content), metadata: ["status": "error"]))
      if stopOnError && !silent { abortQueued = true }
    }
  }
}
