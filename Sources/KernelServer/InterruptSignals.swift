import Foundation
import KernelCore

/// SIGINT, however it comes (jupyter_client signals the whole process group),
/// becomes a raised `InterruptFlag` rather than a dead process.
///
/// SIGINT is blocked in the calling thread before any other thread starts, so
/// every thread inherits the mask; one thread takes the signals with `sigwait`.
/// No handler runs at an arbitrary point, and `zmq_poll` never sees EINTR.
enum InterruptSignals {
  static func route(to flag: InterruptFlag) {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_BLOCK, &set, nil)
    let thread = Thread {
      var waitSet = sigset_t()
      sigemptyset(&waitSet)
      sigaddset(&waitSet, SIGINT)
      while true {
        var signal: Int32 = 0
        if sigwait(&waitSet, &signal) == 0 && signal == SIGINT { flag.raise() }
      }
    }
    thread.name = "tessel-signals"
    thread.start()
  }
}
