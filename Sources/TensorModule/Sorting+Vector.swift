import Dispatch
import Foundation
import Interruption
import VectorKernels

/// Sorting doubles with the AVX2 code of the `VectorKernels` module, where the processor has it (the radix
/// sort of `Sorting.swift` is the portable path): in place on one core, or split around a sampled median
/// into the two ends of new memory and each end sorted by its own core.
extension Tensor {
  static func vectorSortValues(
    from source: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>, splitting: Bool = true
  ) throws(TensorError) {
    guard let x = source.baseAddress, let o = out.baseAddress else { return }
    if UnsafePointer(o) != x {
      if splitting && source.count >= parallelSortCount && ProcessInfo.processInfo.activeProcessorCount >= 2 {
        try vectorSplitSort(from: source, into: out)
        return
      }
      o.update(from: x, count: source.count)
    }
    let flag = InterruptFlag.current
    if !vectorSort(out, stop: { flag?.isRaised == true }) { throw .interrupted }
  }

  /// Sorts `x` in place ascending, NaNs last, with the AVX2 quicksort (call only when
  /// `ProcessorFeatures.avx2`); false when `stop` said to stop first.
  ///
  /// Zeros end -0.0 first, as the radix sort leaves them, so that both paths print the same (the quicksort
  /// leaves equal values in whatever order its networks give, and NumPy's own order of zeros depends on the
  /// processor).
  static func vectorSort(_ x: UnsafeMutableBufferPointer<Double>, stop: () -> Bool) -> Bool {
    guard let p = x.baseAddress, x.count > 1 else { return true }
    let kept = VectorSort.separateNaNsAVX2(p, count: x.count)
    let finished = VectorSort.sortAVX2(
      p, count: kept,
      fallback: { start, count in
        let part = UnsafeMutableBufferPointer(start: start, count: count)
        radixSort(from: UnsafeBufferPointer(part), into: part) {}
      }, stop: stop)
    if finished { orderZeros(UnsafeMutableBufferPointer(start: p, count: kept)) }
    return finished
  }

  /// Rewrites the run of zeros of sorted `x` as its negative zeros, then its positive ones.
  static func orderZeros(_ x: UnsafeMutableBufferPointer<Double>) {
    var (lo, hi) = (0, x.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if x[mid] < 0 { lo = mid + 1 } else { hi = mid }
    }
    var end = lo
    var negative = 0
    while end < x.count && x[end] == 0 {
      negative += x[end].sign == .minus ? 1 : 0
      end += 1
    }
    for i in lo..<end { x[i] = i < lo + negative ? -0.0 : 0.0 }
  }

  /// `splitSort` for doubles with vector passes: each core counts its half's values below and at most
  /// the sampled median, then scatters its half to its places at the two ends of `out` (low values up
  /// from the start of its share of the low end, the rest down from the end of its share of the high end),
  /// then sorts one end in place.
  static func vectorSplitSort(from source: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>)
    throws(TensorError)
  {
    let n = source.count
    guard n > 1 else {
      try vectorSortValues(from: source, into: out, splitting: false)
      return
    }
    let flag = InterruptFlag.current
    let pivot = Double.value(ofKey: medianKey(ofSampled: source))
    let half = n / 2
    let halves = [0..<half, half..<n]
    let shared = SplitSortMemory<Double>(source: source, out: out, talliesCount: 4)
    defer { shared.release() }
    DispatchQueue.concurrentPerform(iterations: 2) { t in
      var (below, atMost) = (0, 0)
      for chunk in chunks(halves[t]) {
        if flag?.isRaised == true { return }
        guard let x = shared.source.baseAddress else { return }
        let counts = VectorSort.countAVX2(x + chunk.lowerBound, count: chunk.count, pivot: pivot)
        below &+= counts.below
        atMost &+= counts.atMost
      }
      shared.tallies[t] = below
      shared.tallies[2 + t] = atMost
    }
    if flag?.isRaised == true { throw .interrupted }
    let (inclusive, low, lowCount) = shared.nearerSplit(half: half)
    guard lowCount > 0 && lowCount < n else {
      try vectorSortValues(from: source, into: out, splitting: false)
      return
    }
    // Core 0's places: [0, low0) and [lowCount, lowCount + half - low0); core 1's the rest of each end.
    let middle = lowCount + half - low[0]
    DispatchQueue.concurrentPerform(iterations: 2) { t in
      var (next, lowEnd) = t == 0 ? (0, low[0]) : (low[0], lowCount)
      var (top, highStart) = t == 0 ? (middle, lowCount) : (n, middle)
      for chunk in chunks(halves[t]) {
        if flag?.isRaised == true { return }
        guard let x = shared.source.baseAddress, let o = shared.out.baseAddress else { return }
        VectorSort.scatterAVX2(
          x + chunk.lowerBound, count: chunk.count, pivot: pivot, inclusive: inclusive, into: o,
          low: &next, lowEnd: lowEnd, high: &top, highStart: highStart)
      }
    }
    if flag?.isRaised == true { throw .interrupted }
    let ends = [0..<lowCount, lowCount..<n]
    DispatchQueue.concurrentPerform(iterations: 2) { t in
      let end = UnsafeMutableBufferPointer(rebasing: shared.out[ends[t]])
      if !vectorSort(end, stop: { flag?.isRaised == true }) { shared.failures[t] = .interrupted }
    }
    if let failure = shared.failure { throw failure }
  }
}
