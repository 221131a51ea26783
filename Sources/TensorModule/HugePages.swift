import Foundation
import Synchronization

/// Large buffers backed by 2 MiB pages where Linux allows it, as NumPy does for arrays of 4 MiB and more.
///
/// On this virtual machine a page fault costs microseconds: filling 80 MB faults 40 times instead of
/// 20 000, which was most of the cost of `y - yhat` on 10⁷ elements and of `sort` on 10⁶.
enum HugePages {
  /// Below this many bytes a buffer keeps ordinary pages.
  static let threshold = 1 << 22
  /// Above this many bytes too.
  ///
  /// With `defrag=madvise` (Debian's default) the first touch of an advised region compacts memory
  /// synchronously, which stalled a 10⁸-element sort for up to 1.7 s inside page faults, where no interrupt
  /// can reach it. Buffers this large gain little from huge pages anyway (sort 10⁸: 5.8–7.0 s either way).
  static let ceiling = 1 << 28

  /// Asks for huge pages on the whole 4 KiB pages inside a not yet touched buffer.
  static func advise(_ base: UnsafeMutableRawPointer, bytes: Int) {
    #if os(Linux)
      guard bytes >= threshold && bytes <= ceiling else { return }
      let page = UInt(4096)
      let start = (UInt(bitPattern: base) + page - 1) & ~(page - 1)
      let end = (UInt(bitPattern: base) + UInt(bytes)) & ~(page - 1)
      guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(p, Int(end - start), MADV_HUGEPAGE)
    #endif
  }

  /// Uninitialized scratch memory for `count` elements, aligned to 2 MiB when large; release with `free`.
  ///
  /// Nil when the memory cannot be had: the caller takes a path that needs none (never a trap).
  static func allocate<T>(_: T.Type, count: Int) -> UnsafeMutablePointer<T>? {
    let (bytes, overflow) = Swift.max(count, 1).multipliedReportingOverflow(by: MemoryLayout<T>.stride)
    guard !overflow else { return nil }
    if let kept = spares.withLock({ $0.take(bytes) }) {
      return UnsafeMutableRawPointer(bitPattern: kept)?.bindMemory(to: T.self, capacity: count)
    }
    var raw: UnsafeMutableRawPointer?
    let alignment = bytes >= threshold ? 1 << 21 : Swift.max(MemoryLayout<T>.alignment, 16)
    guard posix_memalign(&raw, alignment, bytes) == 0, let raw else { return nil }
    advise(raw, bytes: bytes)
    return raw.bindMemory(to: T.self, capacity: count)
  }

  /// Releases memory from `allocate` (`count` elements).
  ///
  /// Unmapping 800 MB of ordinary pages takes ~100 ms here, so large buffers are released on a background
  /// queue: an interrupted sort answers at once instead of after freeing its scratch memory.
  static func free<T>(_ pointer: UnsafeMutablePointer<T>, count: Int) {
    let address = UInt(bitPattern: pointer)
    if spares.withLock({ $0.keep(address, bytes: count * MemoryLayout<T>.stride) }) { return }
    guard count * MemoryLayout<T>.stride >= 1 << 26 else {
      Foundation.free(UnsafeMutableRawPointer(pointer))
      return
    }
    DispatchQueue.global(qos: .utility).async { Foundation.free(UnsafeMutableRawPointer(bitPattern: address)) }
  }

  /// Scratch buffers kept for the next large sort.
  ///
  /// Fresh memory is zeroed page by page by the system: the keys and scratch of a sort of 10⁶ values
  /// (16 MB) cost about 1.5 ms of a 9 ms sort here, which NumPy, sorting in place, never pays.
  static let spares = Mutex(Spares())

  /// At most four huge-page buffers of 4 to 32 MiB (64 MiB in all), reused for requests that fill at least
  /// half of one.
  struct Spares: ~Copyable {
    var buffers: [(address: UInt, bytes: Int)] = []

    /// A kept buffer of at least `bytes` that a request of `bytes` fills at least half of.
    mutating func take(_ bytes: Int) -> UInt? {
      guard bytes >= threshold else { return nil }
      let fits = buffers.indices.filter { buffers[$0].bytes >= bytes && buffers[$0].bytes / 2 <= bytes }
      guard let best = fits.min(by: { buffers[$0].bytes < buffers[$1].bytes }) else { return nil }
      return buffers.remove(at: best).address
    }

    /// Keeps the buffer at `address` if it is the right size and there is room; false means free it.
    mutating func keep(_ address: UInt, bytes: Int) -> Bool {
      guard bytes >= threshold && bytes <= 1 << 25 else { return false }
      let held = buffers.reduce(0) { $0 + $1.bytes }
      guard buffers.count < 4 && held + bytes <= 1 << 26 else { return false }
      buffers.append((address, bytes))
      return true
    }
  }
}
