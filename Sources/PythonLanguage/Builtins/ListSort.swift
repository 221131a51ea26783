/// CPython 3.11's `list.sort` (`listsort` in Objects/listobject.c), step for step: natural runs found by
/// `count_run`, short runs extended by binary insertion to `minrun`, powersort's merge order, and merges that
/// gallop (`min_gallop` adapting from 7).
///
/// A stable sort's result is unique only when `<` is a consistent order. With NaNs, or a `__lt__` that is not,
/// the result depends on which comparisons are made in which order; making the same ones as CPython gives the
/// same list, the same side effects of `__lt__`, and the same partly sorted list when a comparison raises.
///
/// The sort permutes `order` (positions of the keys); `less(i, j)` is `keys[i] < keys[j]`.
struct ListSort {
  private(set) var order: [Int]
  private let less: (Int, Int) throws(PyError) -> Bool
  private var minGallop = ListSort.minGallopStart
  private var pending: [(base: Int, length: Int, power: Int)] = []
  private var temp: [Int] = []

  static let minGallopStart = 7

  init(_ order: [Int], less: @escaping (Int, Int) throws(PyError) -> Bool) {
    self.order = order
    self.less = less
  }

  /// Sorts `order`; when a comparison throws, `order` is left as CPython leaves the list (every position still
  /// there, partly sorted) and the error is rethrown.
  mutating func sort() throws(PyError) {
    let n = order.count
    if n < 2 { return }
    let minRun = ListSort.minimumRun(n)
    var lo = 0
    var remaining = n
    repeat {
      var (run, descending) = try countRun(lo, lo + remaining)
      if descending { order[lo..<(lo + run)].reverse() }
      if run < minRun {
        let force = remaining <= minRun ? remaining : minRun
        try binarySort(lo, lo + force, lo + run)
        run = force
      }
      try foundNewRun(run)
      pending.append((lo, run, 0))
      lo += run
      remaining -= run
    } while remaining > 0
    while pending.count > 1 {
      var k = pending.count - 2
      if k > 0 && pending[k - 1].length < pending[k + 1].length { k -= 1 }
      try mergeAt(k)
    }
  }

  /// `merge_compute_minrun`: n's top six bits, plus one if any lower bit is set.
  static func minimumRun(_ count: Int) -> Int {
    var n = count
    var r = 0
    while n >= 64 {
      r |= n & 1
      n >>= 1
    }
    return n + r
  }

  /// `binarysort`: `order[lo..<start]` is sorted; inserts each of `order[start..<hi]` after its equals.
  private mutating func binarySort(_ lo: Int, _ hi: Int, _ first: Int) throws(PyError) {
    var start = first == lo ? first + 1 : first
    while start < hi {
      var (l, r) = (lo, start)
      let pivot = order[r]
      repeat {
        let p = l + ((r - l) >> 1)
        if try less(pivot, order[p]) { r = p } else { l = p + 1 }
      } while l < r
      var p = start
      while p > l {
        order[p] = order[p - 1]
        p -= 1
      }
      order[l] = pivot
      start += 1
    }
  }

  /// `count_run`: the length of the run at `lo` (before `hi`), and whether it strictly descends.
  private func countRun(_ lo: Int, _ hi: Int) throws(PyError) -> (Int, Bool) {
    var p = lo + 1
    if p == hi { return (1, false) }
    var n = 2
    if try less(order[p], order[p - 1]) {
      p += 1
      while p < hi, try less(order[p], order[p - 1]) {
        p += 1
        n += 1
      }
      return (n, true)
    }
    p += 1
    while p < hi {
      if try less(order[p], order[p - 1]) { break }
      p += 1
      n += 1
    }
    return (n, false)
  }

  /// `powerloop`: the depth of the boundary between two adjacent runs in powersort's merge tree.
  static func power(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
    var result = 0
    var a = 2 * s1 + n1
    var b = a + n1 + n2
    while true {
      result += 1
      if a >= n {
        a -= n
        b -= n
      } else if b >= n {
        break
      }
      a <<= 1
      b <<= 1
    }
    return result
  }

  /// `found_new_run`: merges the runs on the stack deeper than the boundary before a new run of `n2`.
  private mutating func foundNewRun(_ n2: Int) throws(PyError) {
    guard let top = pending.last else { return }
    let power = ListSort.power(top.base, top.length, n2, order.count)
    while pending.count > 1 && pending[pending.count - 2].power > power { try mergeAt(pending.count - 2) }
    pending[pending.count - 1].power = power
  }

  /// `merge_at`: merges pending runs i and i + 1, trimming what already sits in place by galloping.
  private mutating func mergeAt(_ i: Int) throws(PyError) {
    var (baseA, lengthA) = (pending[i].base, pending[i].length)
    let (baseB, lengthB) = (pending[i + 1].base, pending[i + 1].length)
    pending[i].length = lengthA + lengthB
    if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
    pending.removeLast()
    let k = try gallopRight(order[baseB], in: order, baseA, lengthA, hint: 0)
    baseA += k
    lengthA -= k
    if lengthA == 0 { return }
    let nb = try gallopLeft(order[baseA + lengthA - 1], in: order, baseB, lengthB, hint: lengthB - 1)
    if nb <= 0 { return }
    if lengthA <= nb {
      try mergeLow(baseA, lengthA, baseB, nb)
    } else {
      try mergeHigh(baseA, lengthA, baseB, nb)
    }
  }

  /// `gallop_left`: where `key` goes in the sorted `a[base..<base + n]`, left of its equals, searched from
  /// `hint` by doubling steps, then bisection.
  private func gallopLeft(_ key: Int, in a: [Int], _ base: Int, _ n: Int, hint: Int) throws(PyError) -> Int {
    var lastOffset = 0
    var offset = 1
    let at = base + hint
    if try less(a[at], key) {
      let maxOffset = n - hint
      while offset < maxOffset {
        if try less(a[at + offset], key) {
          lastOffset = offset
          offset = (offset << 1) + 1
        } else {
          break
        }
      }
      if offset > maxOffset { offset = maxOffset }
      lastOffset += hint
      offset += hint
    } else {
      let maxOffset = hint + 1
      while offset < maxOffset {
        if try less(a[at - offset], key) { break }
        lastOffset = offset
        offset = (offset << 1) + 1
      }
      if offset > maxOffset { offset = maxOffset }
      (lastOffset, offset) = (hint - offset, hint - lastOffset)
    }
    lastOffset += 1
    while lastOffset < offset {
      let m = lastOffset + ((offset - lastOffset) >> 1)
      if try less(a[base + m], key) { lastOffset = m + 1 } else { offset = m }
    }
    return offset
  }

  /// `gallop_right`: as `gallopLeft`, but right of `key`'s equals.
  private func gallopRight(_ key: Int, in a: [Int], _ base: Int, _ n: Int, hint: Int) throws(PyError) -> Int {
    var lastOffset = 0
    var offset = 1
    let at = base + hint
    if try less(key, a[at]) {
      let maxOffset = hint + 1
      while offset < maxOffset {
        if try less(key, a[at - offset]) {
          lastOffset = offset
          offset = (offset << 1) + 1
        } else {
          break
        }
      }
      if offset > maxOffset { offset = maxOffset }
      (lastOffset, offset) = (hint - offset, hint - lastOffset)
    } else {
      let maxOffset = n - hint
      while offset < maxOffset {
        if try less(key, a[at + offset]) { break }
        lastOffset = offset
        offset = (offset << 1) + 1
      }
      if offset > maxOffset { offset = maxOffset }
      lastOffset += hint
      offset += hint
    }
    lastOffset += 1
    while lastOffset < offset {
      let m = lastOffset + ((offset - lastOffset) >> 1)
      if try less(key, a[base + m]) { offset = m } else { lastOffset = m + 1 }
    }
    return offset
  }

  /// `merge_lo`: merges runs A (`na` at `a0`) and B (`nb` right after it) with A in temporary memory, from the
  /// left (A is the shorter).
  private mutating func mergeLow(_ a0: Int, _ lengthA: Int, _ b0: Int, _ lengthB: Int) throws(PyError) {
    var (na, nb) = (lengthA, lengthB)
    temp = Array(order[a0..<(a0 + na)])
    var dest = a0
    var pa = 0
    var pb = b0
    // Which ending the merge reached: A's last element goes after what is left of B.
    var copyB = false
    do throws(PyError) {
      order[dest] = order[pb]
      dest += 1
      pb += 1
      nb -= 1
      merge: do {
        if nb == 0 { break merge }
        if na == 1 {
          copyB = true
          break merge
        }
        var gallop = minGallop
        while true {
          var (countA, countB) = (0, 0)
          while true {
            if try less(order[pb], temp[pa]) {
              order[dest] = order[pb]
              dest += 1
              pb += 1
              countB += 1
              countA = 0
              nb -= 1
              if nb == 0 { break merge }
              if countB >= gallop { break }
            } else {
              order[dest] = temp[pa]
              dest += 1
              pa += 1
              countA += 1
              countB = 0
              na -= 1
              if na == 1 {
                copyB = true
                break merge
              }
              if countA >= gallop { break }
            }
          }
          gallop += 1
          repeat {
            gallop -= gallop > 1 ? 1 : 0
            minGallop = gallop
            var k = try gallopRight(order[pb], in: temp, pa, na, hint: 0)
            countA = k
            if k > 0 {
              for j in 0..<k { order[dest + j] = temp[pa + j] }
              dest += k
              pa += k
              na -= k
              if na == 1 {
                copyB = true
                break merge
              }
              if na == 0 { break merge }
            }
            order[dest] = order[pb]
            dest += 1
            pb += 1
            nb -= 1
            if nb == 0 { break merge }
            k = try gallopLeft(temp[pa], in: order, pb, nb, hint: 0)
            countB = k
            if k > 0 {
              for j in 0..<k { order[dest + j] = order[pb + j] }
              dest += k
              pb += k
              nb -= k
              if nb == 0 { break merge }
            }
            order[dest] = temp[pa]
            dest += 1
            pa += 1
            na -= 1
            if na == 1 {
              copyB = true
              break merge
            }
          } while countA >= ListSort.minGallopStart || countB >= ListSort.minGallopStart
          gallop += 1
          minGallop = gallop
        }
      }
    } catch {
      for j in 0..<na { order[dest + j] = temp[pa + j] }
      throw error
    }
    if copyB {
      for j in 0..<nb { order[dest + j] = order[pb + j] }
      order[dest + nb] = temp[pa]
    } else {
      for j in 0..<na { order[dest + j] = temp[pa + j] }
    }
  }

  /// `merge_hi`: as `mergeLow`, with B in temporary memory, merging from the right (B is the shorter).
  private mutating func mergeHigh(_ a0: Int, _ lengthA: Int, _ b0: Int, _ lengthB: Int) throws(PyError) {
    var (na, nb) = (lengthA, lengthB)
    temp = Array(order[b0..<(b0 + nb)])
    var dest = b0 + nb - 1
    var pa = a0 + na - 1
    var pb = nb - 1
    // Which ending the merge reached: B's first element goes before what is left of A.
    var copyA = false
    do throws(PyError) {
      order[dest] = order[pa]
      dest -= 1
      pa -= 1
      na -= 1
      merge: do {
        if na == 0 { break merge }
        if nb == 1 {
          copyA = true
          break merge
        }
        var gallop = minGallop
        while true {
          var (countA, countB) = (0, 0)
          while true {
            if try less(temp[pb], order[pa]) {
              order[dest] = order[pa]
              dest -= 1
              pa -= 1
              countA += 1
              countB = 0
              na -= 1
              if na == 0 { break merge }
              if countA >= gallop { break }
            } else {
              order[dest] = temp[pb]
              dest -= 1
              pb -= 1
              countB += 1
              countA = 0
              nb -= 1
              if nb == 1 {
                copyA = true
                break merge
              }
              if countB >= gallop { break }
            }
          }
          gallop += 1
          repeat {
            gallop -= gallop > 1 ? 1 : 0
            minGallop = gallop
            var k = na - (try gallopRight(temp[pb], in: order, a0, na, hint: na - 1))
            countA = k
            if k > 0 {
              dest -= k
              pa -= k
              var j = k
              while j > 0 {
                order[dest + j] = order[pa + j]
                j -= 1
              }
              na -= k
              if na == 0 { break merge }
            }
            order[dest] = temp[pb]
            dest -= 1
            pb -= 1
            nb -= 1
            if nb == 1 {
              copyA = true
              break merge
            }
            k = nb - (try gallopLeft(order[pa], in: temp, 0, nb, hint: nb - 1))
            countB = k
            if k > 0 {
              dest -= k
              pb -= k
              for j in 1...k { order[dest + j] = temp[pb + j] }
              nb -= k
              if nb == 1 {
                copyA = true
                break merge
              }
              if nb == 0 { break merge }
            }
            order[dest] = order[pa]
            dest -= 1
            pa -= 1
            na -= 1
            if na == 0 { break merge }
          } while countA >= ListSort.minGallopStart || countB >= ListSort.minGallopStart
          gallop += 1
          minGallop = gallop
        }
      }
    } catch {
      for j in 0..<nb { order[dest - (nb - 1) + j] = temp[j] }
      throw error
    }
    if copyA {
      var j = na
      while j > 0 {
        order[dest - na + j] = order[pa - na + j]
        j -= 1
      }
      dest -= na
      order[dest] = temp[pb]
    } else {
      for j in 0..<nb { order[dest - (nb - 1) + j] = temp[j] }
    }
  }
}
