import Foundation

extension Compiler {
  /// IPython's `%time`, `%timeit`, `%%time`, `%who` and `%reset`, with IPython's output.
  func compileMagic(_ magic: Magic, _ r: SourceRange) throws(TesselError) -> Exec {
    switch magic {
    case .time(let statements):
      let body = try compile(statements)
      return { f throws(TesselError) in
        let clock = Clock.start()
        let signal = try body(f)
        f.runtime.host.write(clock.report(), toStderr: false)
        return signal
      }
    case .timeit(let statements, let number, let repeats):
      let body = try compile(statements)
      return { f throws(TesselError) in
        let runtime = f.runtime
        func run(_ loops: Int) throws(TesselError) -> Double {
          let start = Clock.now()
          for _ in 0..<loops {
            try runtime.checkInterrupt(r)
            _ = try body(f)
          }
          return Clock.now() - start
        }
        var loops = number ?? 1
        if number == nil {
          // IPython's choice: the first power of ten whose loop takes at least 0.2 s.
          for power in 0..<10 {
            loops = Int(Foundation.pow(10, Double(power)))
            if try run(loops) >= 0.2 { break }
          }
        }
        let runs = repeats ?? 7
        var perLoop: [Double] = []
        for _ in 0..<runs { perLoop.append(try run(loops) / Double(loops)) }
        runtime.host.write(Clock.timeitReport(perLoop, loops: loops) + "\n", toStderr: false)
        return .normal
      }
    case .who:
      let globals = runtime.globals
      return { f in
        let names = globals.defined.filter { !$0.hasPrefix("_") }.sorted()
        if names.isEmpty {
          f.runtime.host.write("Interactive namespace is empty.\n", toStderr: false)
          return .normal
        }
        // IPython prints "name\t " per variable, nine to a line.
        var out = ""
        for (k, name) in names.enumerated() {
          out += name + "\t "
          if k % 9 == 8 { out += "\n" }
        }
        f.runtime.host.write(out + "\n", toStderr: false)
        return .normal
      }
    case .reset(let force):
      let globals = runtime.globals
      return { f throws(TesselError) in
        if !force {
          let answer = try f.runtime.host.readLine(
            prompt: "Once deleted, variables cannot be recovered. Proceed (y/[n])? ", password: false)
          guard answer.trimmingWhitespace().lowercased().hasPrefix("y") else {
            f.runtime.host.write("Nothing done.\n", toStderr: false)
            return .normal
          }
        }
        globals.removeAll()
        return .normal
      }
    }
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
    let loopText = FormatSpec.group(String(loops), separator: ",")
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
      let exponent = Foundation.log10(t).rounded(.down)
      order = min(-Int((exponent / 3).rounded(.down)), 3)
    }
    return String(format: "%.\(precision)g", t * Foundation.pow(1000, Double(order))) + " " + units[order]
  }
}
