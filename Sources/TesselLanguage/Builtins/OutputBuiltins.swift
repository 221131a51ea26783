/// Talking to the user: `print display clear_output input help`.
enum OutputBuiltins {
  static let all: [Builtin] = [
    Builtin(
      "print",
      [
        Parameter("values", .variadic), Parameter("sep", .optional(.string(" "))),
        Parameter("end", .optional(.string("\n"))),
        Parameter("file", .optional(.string("stdout"))),
      ],
      "Writes the values, separated by sep and followed by end, to stdout (or file='stderr').",
      details: "Example: print('loss', 0.25, sep=' = ')  →  loss = 0.25"
    ) { c throws(TesselError) in
      guard case .tuple(let values) = c.value("values") else { return .none }
      let sep = try c.string("sep"), end = try c.string("end")
      let file = try c.string("file")
      guard file == "stdout" || file == "stderr" else {
        throw c.bad("file", expected: "'stdout' or 'stderr'", got: "'\(file)'", kind: "ValueError")
      }
      c.host.write(values.map(Repr.str).joined(separator: sep) + end, toStderr: file == "stderr")
      return .none
    },
    Builtin(
      "display",
      [
        Parameter("values", .variadic), Parameter("display_id", .optional(.none)),
        Parameter("update", .optional(.bool(false))),
      ],
      "Shows each value richly as its own output. With display_id, update=True replaces that output in place.",
      details: "Example: display(x, display_id='progress'); … display(y, display_id='progress', update=True)"
    ) { c throws(TesselError) in
      guard case .tuple(let values) = c.value("values") else { return .none }
      let id = try c.optionalString("display_id")
      let update = try c.bool("update")
      if update && id == nil { throw .value("display(update=True) needs a display_id") }
      for v in values { c.host.display(v, displayID: id, update: update) }
      return .none
    },
    exitBuiltin("exit"),
    exitBuiltin("quit"),
    Builtin(
      "clear_output", [Parameter("wait", .optional(.bool(false)))],
      "Clears this cell's output; with wait=True, only when new output arrives (no flicker).",
      details: "Example: for i in range(3): clear_output(wait=True); print(i)"
    ) { c throws(TesselError) in
      c.host.clearOutput(wait: try c.bool("wait"))
      return .none
    },
    Builtin(
      "input", [Parameter("prompt", .optional(.string("")))],
      "Asks the user for one line of text and returns it (a str).",
      details: "Fails with StdinNotImplementedError where the frontend cannot answer (nbconvert, papermill)."
    ) { c throws(TesselError) in
      .string(try c.host.readLine(prompt: try c.string("prompt"), password: false))
    },
    Builtin(
      "help", [Parameter("obj", .optional(.none))],
      "Prints the documentation of a builtin or function; help() lists every builtin.",
      details: "In a notebook, 'name?' shows the same text in the pager."
    ) { c throws(TesselError) in
      let text =
        c.isGiven("obj")
        ? Documentation.describe(c.value("obj"))
        : Documentation.overview(c.runtime.registry)
      c.host.write(text + "\n", toStderr: false)
      return .none
    },
  ]
}

extension OutputBuiltins {
  /// `exit()` and `quit()` as in IPython: the frontend is asked to end the session (a console exits; the
  /// kernel itself is shut down by the frontend, or kept with `keep_kernel=True`).
  static func exitBuiltin(_ name: String) -> Builtin {
    Builtin(
      name, [Parameter("keep_kernel", .optional(.bool(false)))],
      "Ends the console session, as IPython's \(name)(); a bare `\(name)` on its own line does the same.",
      details: "Example: \(name)()"
    ) { c throws(TesselError) in
      c.host.askExit(keepKernel: try c.bool("keep_kernel"))
      return .none
    }
  }
}
