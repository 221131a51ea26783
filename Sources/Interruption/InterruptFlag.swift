import Synchronization

/// Raised by SIGINT or `interrupt_request`, polled by the running cell at every loop back-edge and call, and by
/// long library loops between chunks.
///
/// A relaxed load of one atomic word: cheap enough for every iteration. Its own module so that the protocol
/// core (which raises it) and the language and tensor code (which poll it) share one flag without knowing
/// each other.
public final class InterruptFlag: Sendable {
  @usableFromInline let raised = Atomic<Bool>(false)

  public init() {}

  public func raise() { raised.store(true, ordering: .relaxed) }
  public func clear() { raised.store(false, ordering: .relaxed) }
  /// Inlinable, so a loop's check is one load in the caller rather than a call across modules.
  @inlinable public var isRaised: Bool { raised.load(ordering: .relaxed) }
}

extension InterruptFlag {
  /// The flag of the cell running on this thread: the language binds it around each cell, and long library
  /// loops (a sort, einsum) poll it between chunks without it being passed down every call.
  @TaskLocal public static var current: InterruptFlag?

  /// Whether the running cell was asked to stop: for library code between chunks of work.
  @inlinable public static var isCurrentRaised: Bool { current?.isRaised == true }
}
