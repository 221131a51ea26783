import Synchronization

/// Logs each unhandled message type once.
///
/// Extensions poll with types Tessel does not answer (jupyter-resource-usage sends `usage_request` every few
/// seconds); one line says so, a line per poll would bury the log.
final class UnknownTypeLog: Sendable {
  private let seen = Mutex<Set<String>>([])
  private let log: @Sendable (String) -> Void

  init(_ log: @escaping @Sendable (String) -> Void) { self.log = log }

  func report(_ type: String, channel: String) {
    guard seen.withLock({ $0.insert(type).inserted }) else { return }
    log("\(channel) message type '\(type)' is not handled: no reply (logged once)")
  }
}
