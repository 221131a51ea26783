extension Array where Element: BitwiseCopyable {
  /// `count` elements, the i-th `element(i)`, written in chunks of `Tensor.checkMask + 1` with `poll` between
  /// them: faulting in the pages of 10⁸ elements takes seconds here, and an interrupt must not wait for it.
  ///
  /// What `poll` throws stops the fill; the half-written buffer needs no deinitialisation.
  static func polled<E: Error>(count: Int, poll: () throws(E) -> Void, _ element: (Int) -> Element) throws(E)
    -> [Element]
  {
    var failure: E?
    let out = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { HugePages.advise(base, bytes: count * MemoryLayout<Element>.stride) }
      for i in 0..<count {
        if i & Tensor.checkMask == 0 {
          do throws(E) { try poll() } catch {
            failure = error
            break
          }
        }
        buffer[i] = element(i)
      }
      initialized = count
    }
    if let failure { throw failure }
    return out
  }
}
