import Foundation

/// IPython's magics that learners use: `%time`, `%%time`, `%timeit`, `%%timeit`, `%who`, `%whos`, `%reset -f`.
///
/// As IPython does, a magic line becomes a call (`__magic__("time", "source")`) before parsing, so magics can
/// sit anywhere a statement can; the magic compiles its source against the session's globals.
enum Magics {
  static let lineMagics: Set<String> = ["time", "timeit", "who", "whos", "reset"]

  /// Rewrites magic lines into calls; a cell magic (`%%time`) wraps the whole cell.
  static func rewrite(_ code: String) -> String {
    // Most cells have no magic at all; a pasted 40 MB cell must not be copied line by line before it is lexed.
    if !code.utf8.contains(UInt8(ascii: "%")) { return code }
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    if let first = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }), first.hasPrefix("%%") {
      let header = first.dropFirst(2)
      let name = String(header.prefix { $0.isLetter })
      let args = header.dropFirst(name.count).trimmingWhitespace()
      guard let k = lines.firstIndex(of: first) else { return code }
      let body = lines[(k + 1)...].joined(separator: "\n")
      return "__magic__(\(literal("%%" + name)), \(literal(body)), \(literal(String(args))))"
    }
    var out: [String] = []
    var depth = 0
    var continued = false
    for line in lines {
      let indent = line.prefix { $0 == " " || $0 == "\t" }
      let rest = line.dropFirst(indent.count)
      if depth == 0 && !continued && rest.hasPrefix("%") && !rest.hasPrefix("%%") {
        let body = rest.dropFirst()
        let name = String(body.prefix { $0.isLetter || $0 == "_" })
        let args = body.dropFirst(name.count).trimmingWhitespace()
        out.append("\(indent)__magic__(\(literal(name)), \(literal(String(args))), \"\")")
        continue
      }
      out.append(String(line))
      for b in line.utf8 {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
        default: break
        }
      }
      continued = line.hasSuffix("\\")
    }
    return out.joined(separator: "\n")
  }

  /// A Python string literal holding `s`.
  static func literal(_ s: String) -> String { Repr.string(s) }

  static let builtin = PyBuiltin.general("__magic__") { (rt, a) throws(PyError) in
    guard a.positional.count == 3 else { return .none }
    let name = try rt.string(a.positional[0], "magic")
    let source = try rt.string(a.positional[1], "magic")
    let options = try rt.string(a.positional[2], "magic")
    switch name {
    case "time", "%%time":
      let clock = Clock.start()
      let result = try rt.runSource(source, label: "<timed>")
      rt.host.write(clock.report(), toStderr: false)
      return name == "time" ? result : .none
    case "timeit", "%%timeit":
      var text = name == "timeit" ? source : options + "\n" + source
      var number: Int?
      var repeats: Int?
      // `-n N` and `-r R` before the statement, as IPython reads them.
      while let first = text.trimmingWhitespace().split(separator: " ", maxSplits: 2).first,
        first == "-n" || first == "-r"
      {
        let parts = text.trimmingWhitespace().split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, let value = Int(parts[1]) else { break }
        if first == "-n" { number = value } else { repeats = value }
        text = parts.count > 2 ? String(parts[2]) : ""
      }
      if name == "%%timeit" { text = source }
      let code = try rt.compileSource(text, label: "<timeit>")
      func run(_ loops: Int) throws(PyError) -> Double {
        let start = Clock.now()
        for _ in 0..<loops {
          try rt.checkInterrupt()
          _ = try rt.runCompiled(code)
        }
        return Clock.now() - start
      }
      var loops = number ?? 1
      if number == nil {
        // IPython's choice: the first power of ten whose loop takes at least 0.2 s.
        for power in 0..<10 {
          loops = Int(pow(10, Double(power)))
          if try run(loops) >= 0.2 { break }
        }
      }
      var perLoop: [Double] = []
      for _ in 0..<(repeats ?? 7) { perLoop.append(try run(loops) / Double(loops)) }
      rt.host.write(Clock.timeitReport(perLoop, loops: loops) + "\n", toStderr: false)
      return .none
    case "who":
      let names = rt.globals.defined.filter { !$0.hasPrefix("_") }.sorted()
      if names.isEmpty {
        rt.host.write("Interactive namespace is empty.\n", toStderr: false)
        return .none
      }
      var out = ""
      for (k, n) in names.enumerated() {
        out += n + "\t "
        if k % 9 == 8 { out += "\n" }
      }
      rt.host.write(out + "\n", toStderr: false)
      return .none
    case "whos":
      let names = rt.globals.defined.filter { !$0.hasPrefix("_") }.sorted()
      if names.isEmpty {
        rt.host.write("Interactive namespace is empty.\n", toStderr: false)
        return .none
      }
      let rows = names.map { n -> (String, String, String) in
        let v = rt.globals[n] ?? .none
        let text = ((try? rt.str(v)) ?? "").replacingOccurrences(of: "\n", with: " ")
        return (n, rt.typeName(v), text.count > 60 ? String(text.prefix(57)) + "..." : text)
      }
      let w0 = max(8, rows.map(\.0.count).max() ?? 0 + 1) + 1
      let w1 = max(6, rows.map(\.1.count).max() ?? 0 + 1) + 1
      func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(1, w - s.count)) }
      var out = pad("Variable", w0) + pad("Type", w1) + "Data/Info\n"
      out += String(repeating: "-", count: w0 + w1 + 9) + "\n"
      for r in rows { out += pad(r.0, w0) + pad(r.1, w1) + r.2 + "\n" }
      rt.host.write(out, toStderr: false)
      return .none
    case "reset":
      if !source.contains("-f") {
        let answer = try rt.host.readLine(
          prompt: "Once deleted, variables cannot be recovered. Proceed (y/[n])? ", password: false)
        guard answer.trimmingWhitespace().lowercased().hasPrefix("y") else {
          rt.host.write("Nothing done.\n", toStderr: false)
          return .none
        }
      }
      for n in rt.globals.defined { rt.globals[n] = nil }
      return .none
    default:
      throw PyError(
        "NotImplementedError", "the magic %\(name) is not supported (Tessel has: %time, %timeit, %who, %whos, %reset)")
    }
  }
}

extension Runtime {
  /// Compiles source as a cell of this session (magics run their source this way).
  func compileSource(_ source: String, label: String) throws(PyError) -> CompiledCell {
    sourceCount += 1
    let statements = try Parser.parse(source, source: -sourceCount)
    return try Compiler.compileCell(statements, rt: self, source: -sourceCount)
  }

  func runCompiled(_ cell: CompiledCell) throws(PyError) -> Value {
    let frame = try pushFrame(cell.frameSize)
    defer { popFrame(frame, cell.frameSize) }
    _ = try cell.body(frame)
    guard let result = cell.result else { return .none }
    return try result(frame)
  }

  func runSource(_ source: String, label: String) throws(PyError) -> Value {
    try runCompiled(try compileSource(source, label: label))
  }
}

/// Wall and CPU clocks, and IPython's way of printing times.
struct Clock {
  var wall: Double
  var user: Double
  var system: Double

  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
  }

  static func start() -> Clock {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Clock(wall: now(), user: seconds(usage.ru_utime), system: seconds(usage.ru_stime))
  }

  static func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }

  /// `%time`'s two lines.
  func report() -> String {
    let end = Clock.start()
    let user = end.user - self.user
    let system = end.system - self.system
    return
      "CPU times: user \(Clock.format(user)), sys: \(Clock.format(system)), total: \(Clock.format(user + system))\n"
      + "Wall time: \(Clock.format(end.wall - wall))\n"
  }

  /// `%timeit`'s line: mean ± population standard deviation of the per-loop times.
  static func timeitReport(_ perLoop: [Double], loops: Int) -> String {
    let mean = perLoop.reduce(0, +) / Double(perLoop.count)
    let std = (perLoop.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(perLoop.count)).squareRoot()
    let runs = perLoop.count
    let loopText = FormatSpec.group(String(loops), ",")
    return "\(format(mean)) ± \(format(std)) per loop (mean ± std. dev. of \(runs) run\(runs == 1 ? "" : "s"), "
      + "\(loopText) loop\(loops == 1 ? "" : "s") each)"
  }

  /// IPython's `_format_time`: three significant digits in s, ms, µs or ns; minutes and hours past 60 s.
  static func format(_ t: Double, precision: Int = 3) -> String {
    if t >= 60 {
      var parts: [String] = []
      var rest = t
      for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
        let value = (rest / length).rounded(.down)
        if value > 0 {
          rest -= value * length
          parts.append("\(Int(value))\(suffix)")
        }
        if rest < 1 { break }
      }
      return parts.joined(separator: " ")
    }
    let units = ["s", "ms", "µs", "ns"]
    var order = 3
    if t > 0 {
      let exponent = log10(t).rounded(.down)
      order = min(-Int((exponent / 3).rounded(.down)), 3)
    }
    return String(format: "%.\(precision)g", t * pow(1000, Double(order))) + " " + units[order]
  }
}
