import Foundation
import KernelCore
import Synchronization

/// SIGINT, however it comes (jupyter_client signals the whole process group),
/// becomes a raised `InterruptFlag` rather than a dead process.
///
/// SIGINT is blocked in the calling thread before any other thread starts, so
/// every thread inherits the mask; one thread takes the signals with `sigwait`.
/// No handler runs at an arbitrary point, and `zmq_poll` never sees EINTR.
///
/// OpenBLAS starts its worker threads when the library loads, before `main`, so
/// they do not inherit the mask: a SIGINT the kernel delivers to one of them would
/// take the default action and kill the process. A handler catches it there and
/// forwards it to the signal thread (where it is blocked, so `sigwait` takes it).
enum InterruptSignals {
  /// The signal thread's `pthread_t`, 0 until it runs.
  private static let signalThread = Atomic<UInt>(0)

  private static let forward: @convention(c) (Int32) -> Void = { _ in
    let target = signalThread.load(ordering: .acquiring)
    if target != 0 { pthread_kill(pthread_t(target), SIGINT) }
  }

  static func route(to flag: InterruptFlag) {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_BLOCK, &set, nil)
    _ = signalThread.load(ordering: .relaxed)  // initialised here, never first inside the handler
    let thread = Thread {
      signalThread.store(UInt(pthread_self()), ordering: .releasing)
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
    var action = sigaction()
    action.__sigaction_handler.sa_handler = forward
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(SIGINT, &action, nil)
  }
}
