/// A walk's unpacking pattern as a flat program: one loop over a few plain instructions instead of a closure per
/// part of the pattern.
///
/// Frame 0 is the walked item's slot; each `unpack` opens the next frame at the items of the list or tuple it finds.
/// The lists met on the way are kept, for the walk's check that no list it binds is also one an item is made of.
/// A loop's steps run on one thread, one iteration at a time.
final class NumericWalkProgram {
  enum Kind: UInt8 {
    /// A list or tuple of `count` items, opened as frame `target`.
    case unpack
    /// A float into register `target`.
    case real
    case int
    case bool
    /// A list bound as array entry `target`.
    case list
    /// Any object bound as array entry `target` (the loop never subscripts it).
    case object
    /// A name of no kind the loop knows: the item never matches.
    case never
  }

  struct Op {
    let kind: Kind
    let frame: Int
    let offset: Int
    let target: Int
    let count: Int
  }

  private let ops: UnsafeMutableBufferPointer<Op>
  private let frames: UnsafeMutablePointer<UnsafeMutablePointer<Value>>
  private let lists: UnsafeMutablePointer<UnsafeMutableRawPointer>
  private var listCount = 0
  private let tag: UInt8

  init(_ ops: [Op], tag: UInt8) {
    self.ops = .allocate(capacity: ops.count)
    _ = self.ops.initialize(from: ops)
    let frameCount = 1 + ops.count { $0.kind == .unpack }
    frames = .allocate(capacity: frameCount)
    lists = .allocate(capacity: frameCount)
    self.tag = tag
  }

  deinit {
    ops.deallocate()
    frames.deallocate()
    lists.deallocate()
  }

  /// Unpacks the value in `slot` into registers and bound lists; false when it does not match.
  func bind(_ c: NumericContext, _ slot: UnsafeMutablePointer<Value>) -> Bool {
    frames[0] = slot
    listCount = 0
    var frameCount = 1
    for op in ops {
      let p = frames[op.frame] + op.offset
      switch op.kind {
      case .unpack:
        guard let u = SlotPeek.object(p, tag: tag) else { return false }
        let opened = u._withUnsafeGuaranteedRef { o -> Bool in
          guard let items = ItemsPeek.items(o), items.count == op.count, let base = items.baseAddress else {
            return false
          }
          if o.tag == .list {
            lists[listCount] = u.toOpaque()
            listCount += 1
          }
          frames[frameCount] = base
          return true
        }
        guard opened else { return false }
        frameCount += 1
      case .real:
        switch p.pointee {
        case .float(let d): c.registers[op.target] = NumericRegister(bits: d.bitPattern, numpy: false, bound: true)
        case .f64(let d): c.registers[op.target] = NumericRegister(bits: d.bitPattern, numpy: true, bound: true)
        default: return false
        }
      case .int:
        switch p.pointee {
        case .int(let i):
          c.registers[op.target] = NumericRegister(bits: UInt64(bitPattern: Int64(i)), numpy: false, bound: true)
        case .i64(let i):
          c.registers[op.target] = NumericRegister(bits: UInt64(bitPattern: Int64(i)), numpy: true, bound: true)
        default: return false
        }
      case .bool:
        switch p.pointee {
        case .bool(let b): c.registers[op.target] = NumericRegister(bits: b ? 1 : 0, numpy: false, bound: true)
        case .npBool(let b): c.registers[op.target] = NumericRegister(bits: b ? 1 : 0, numpy: true, bound: true)
        default: return false
        }
      case .list, .object:
        guard let u = SlotPeek.object(p, tag: tag) else { return false }
        let fits = u._withUnsafeGuaranteedRef { o -> Bool in
          guard op.kind == .object || o.tag == .list else { return false }
          c.arrays[op.target] = NumericRows.layout(o)
          return true
        }
        guard fits else { return false }
      case .never:
        return false
      }
    }
    return true
  }

  /// Whether `list` is one the last `bind` unpacked.
  func met(_ list: UnsafeMutableRawPointer) -> Bool {
    var k = 0
    while k < listCount {
      if lists[k] == list { return true }
      k += 1
    }
    return false
  }
}
