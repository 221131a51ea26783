import Synchronization

/// Raised by SIGINT or `interrupt_request`, polled by the running cell at its loop back-edges.
///
/// A load of one atomic word: cheap enough for every iteration.
public final class InterruptFlag: Sendable {
  private let raised = Atomic<Bool>(false)

  public init() {}

  public func raise() { raised.store(true, ordering: .relaxed) }
  public func clear() { raised.store(false, ordering: .relaxed) }
  public var isRaised: Bool { raised.load(ordering: .relaxed) }
}
