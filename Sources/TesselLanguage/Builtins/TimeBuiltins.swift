import Foundation

/// `sleep`, `perf_counter`, `time`.
///
/// Sleep waits in 10 ms steps, so an interrupt stops it at once.
enum TimeBuiltins {
  static let all: [Builtin] = [
    Builtin(
      "perf_counter", [], "Seconds on a monotonic clock, for timing: subtract two readings.",
      details: "Example: t0 = perf_counter(); f(); elapsed = perf_counter() - t0"
    ) { _ in .number(Clock.now()) },
    Builtin("time", [], "Seconds since 1970-01-01 UTC (wall clock).") { _ in
      .number(Date().timeIntervalSince1970)
    },
    Builtin(
      "sleep", [Parameter("seconds")], "Pauses for the given number of seconds; an interrupt ends it early.",
      details: "Example: sleep(0.5)"
    ) { c throws(TesselError) in
      let seconds = try c.number("seconds")
      guard seconds >= 0, seconds.isFinite else {
        throw c.bad("seconds", expected: "a non-negative number", got: Repr.number(seconds), kind: "ValueError")
      }
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        try c.checkInterrupt()
        usleep(UInt32(min(10_000, max(0, deadline.timeIntervalSinceNow) * 1_000_000)))
      }
      return .none
    },
  ]
}
