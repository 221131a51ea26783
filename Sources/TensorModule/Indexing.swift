/// One subscript of a tensor, as NumPy reads it.
public enum TensorIndex: Sendable {
  case int(Int)
  case slice(Int?, Int?, Int?)
  case ellipsis
  case newAxis
  /// A bool tensor selecting elements (`x[x > 0]`).
  case mask(Tensor)
  /// A tensor of integer positions (`x[[0, 2]]`).
  case array(Tensor)
}

/// The elements an index selects: the result's shape, and each element's offset into the source.
public struct Selection: Sendable {
  public var shape: [Int]
  public var offsets: [Int]
}

extension Tensor {
  /// Reads `self[items]`: NumPy's basic and advanced indexing (a copy, since tensors are values).
  public func get(_ items: [TensorIndex]) throws(TensorError) -> Tensor {
    let s = try select(items)
    return Tensor(shape: s.shape, dtype: dtype) { out in
      data.withUnsafeBufferPointer { x in
        for (k, o) in s.offsets.enumerated() { out[k] = x[o] }
      }
    }
  }

  /// Writes `value` (broadcast to the selection's shape) at `self[items]`.
  public mutating func set(_ items: [TensorIndex], _ value: Tensor) throws(TensorError) {
    let s = try select(items)
    let source: Tensor
    if value.shape == s.shape || value.count == 1 {
      source = value
    } else if let b = Broadcast.shape(of: value.shape, and: s.shape), b == s.shape {
      source = try Tensor.combine(value, Tensor(repeating: 0, shape: s.shape), .add)
    } else {
      throw TensorError(
        .shape,
        "could not broadcast input array from shape \(Tensor.compact(value.shape)) into shape \(Tensor.compact(s.shape))"
      )
    }
    if value.isBool == false && isBool { dtype = .float64 }
    let single = source.count == 1 ? source.data.first : nil
    data.withUnsafeMutableBufferPointer { x in
      if let v = single {
        for o in s.offsets { x[o] = v }
      } else {
        source.data.withUnsafeBufferPointer { y in
          for (k, o) in s.offsets.enumerated() { x[o] = y[k] }
        }
      }
    }
  }

  /// The position `i` names on an axis of `size` (negatives count from the end), or NumPy's IndexError.
  public static func position(_ i: Int, axis: Int, size: Int) throws(TensorError) -> Int {
    let k = i < 0 ? i + size : i
    guard k >= 0 && k < size else {
      throw TensorError(.index, "index \(i) is out of bounds for axis \(axis) with size \(size)")
    }
    return k
  }

  /// NumPy's `start, stop, step` from a slice's bounds on an axis of `count`: clamped, negatives from the end.
  public static func resolve(_ lower: Int?, _ upper: Int?, _ step: Int?, count: Int) -> (Int, Int, Int) {
    let step = step ?? 1
    func clamp(_ v: Int?, _ dflt: Int) -> Int {
      guard var v else { return dflt }
      if v < 0 { v += count }
      return step > 0 ? Swift.min(Swift.max(v, 0), count) : Swift.min(Swift.max(v, -1), count - 1)
    }
    return (clamp(lower, step > 0 ? 0 : count - 1), clamp(upper, step > 0 ? count : -1), step)
  }

  /// The positions of the true elements of a bool tensor, one array per axis (NumPy's `nonzero`).
  public func nonzero() -> [[Int]] {
    var out = [[Int]](repeating: [], count: Swift.max(ndim, 1))
    let own = strides
    for (flat, v) in data.enumerated() where v != 0 {
      var rest = flat
      for d in 0..<ndim {
        out[d].append(rest / own[d])
        rest %= own[d]
      }
    }
    return out
  }

  public func select(_ items: [TensorIndex]) throws(TensorError) -> Selection {
    // Masks become one integer array per axis they cover.
    var expanded: [TensorIndex] = []
    var axis = 0
    for item in items {
      switch item {
      case .mask(let m):
        guard axis + m.ndim <= ndim, Array(shape[axis..<(axis + m.ndim)]) == m.shape else {
          let covered = Array(shape[Swift.min(axis, ndim)..<Swift.min(axis + m.ndim, ndim)])
          throw TensorError(
            .index,
            "boolean index did not match indexed array along axis \(axis); size of axis is \(covered.first ?? 0) but size of corresponding boolean axis is \(m.shape.first ?? 0)"
          )
        }
        for positions in m.nonzero().prefix(Swift.max(m.ndim, 1)) {
          expanded.append(.array(Tensor(positions.map(Double.init))))
        }
        axis += m.ndim
      case .newAxis, .ellipsis:
        expanded.append(item)
      default:
        expanded.append(item)
        axis += 1
      }
    }
    let consumed = expanded.filter {
      if case .newAxis = $0 { return false }
      if case .ellipsis = $0 { return false }
      return true
    }.count
    guard consumed <= ndim else {
      throw TensorError(
        .index, "too many indices for array: array is \(ndim)-dimensional, but \(consumed) were indexed")
    }
    let ellipses = expanded.indices.filter {
      if case .ellipsis = expanded[$0] { return true }
      return false
    }
    guard ellipses.count <= 1 else { throw TensorError(.index, "an index can only have a single ellipsis ('...')") }
    let fill = [TensorIndex](repeating: .slice(nil, nil, nil), count: ndim - consumed)
    if let e = ellipses.first {
      expanded.replaceSubrange(e...e, with: fill)
    } else {
      expanded += fill
    }

    // Each item becomes a group of output axes with the offsets it contributes.
    enum Group {
      case fixed(Int)
      case axis(count: Int, stride: Int, start: Int, step: Int)
      case newAxis
      case advanced(position: Int)
    }
    let own = strides
    var groups: [Group] = []
    var arrays: [(Tensor, Int)] = []
    let hasArrays = expanded.contains {
      if case .array = $0 { return true }
      return false
    }
    var d = 0
    for item in expanded {
      switch item {
      case .int(let i):
        let k = try Tensor.position(i, axis: d, size: shape[d])
        if hasArrays {
          groups.append(.advanced(position: arrays.count))
          arrays.append((Tensor(shape: [], data: [Double(k)]), own[d]))
        } else {
          groups.append(.fixed(k * own[d]))
        }
        d += 1
      case .slice(let lo, let hi, let st):
        let (start, stop, step) = Tensor.resolve(lo, hi, st, count: shape[d])
        let n =
          step > 0 ? Swift.max(0, (stop - start + step - 1) / step) : Swift.max(0, (start - stop - step - 1) / -step)
        groups.append(.axis(count: n, stride: own[d], start: start, step: step))
        d += 1
      case .newAxis:
        groups.append(.newAxis)
      case .array(let a):
        var positions = a
        for (k, v) in a.data.enumerated() {
          guard let i = Int(exactly: v) else {
            throw TensorError(.index, "arrays used as indices must be of integer (or boolean) type")
          }
          positions.data[k] = Double(try Tensor.position(i, axis: d, size: shape[d]))
        }
        groups.append(.advanced(position: arrays.count))
        arrays.append((positions, own[d]))
        d += 1
      case .mask, .ellipsis:
        break
      }
    }

    // Integer arrays broadcast together; their block goes where the first one stood if they are adjacent,
    // else first (NumPy's rule).
    var blockShape: [Int] = []
    var blockOffsets: [Int] = []
    if !arrays.isEmpty {
      blockShape = []
      for (a, _) in arrays {
        guard let b = Broadcast.shape(of: blockShape, and: a.shape) else {
          throw TensorError(
            .index,
            "shape mismatch: indexing arrays could not be broadcast together with shapes \(arrays.map { $0.0.shapeDescription }.joined(separator: " "))"
          )
        }
        blockShape = b
      }
      let n = blockShape.reduce(1, *)
      blockOffsets = [Int](repeating: 0, count: n)
      for (a, stride) in arrays {
        let spread = a.shape == blockShape ? a : try Tensor.combine(a, Tensor(repeating: 0, shape: blockShape), .add)
        for k in 0..<n { blockOffsets[k] += Int(spread.data[k]) * stride }
      }
    }
    let advancedAt = groups.indices.filter {
      if case .advanced = groups[$0] { return true }
      return false
    }
    let adjacent = advancedAt.isEmpty || advancedAt.last! - advancedAt.first! == advancedAt.count - 1

    var shapeOut: [Int] = []
    var offsets = [0]
    func expand(_ contributions: [Int]) {
      var next: [Int] = []
      next.reserveCapacity(offsets.count * contributions.count)
      for o in offsets {
        for c in contributions { next.append(o + c) }
      }
      offsets = next
    }
    if !adjacent {
      shapeOut += blockShape
      expand(blockOffsets)
    }
    var placedBlock = !adjacent
    for g in groups {
      switch g {
      case .fixed(let o):
        for k in offsets.indices { offsets[k] += o }
      case .axis(let n, let stride, let start, let step):
        shapeOut.append(n)
        expand((0..<n).map { (start + $0 * step) * stride })
      case .newAxis:
        shapeOut.append(1)
      case .advanced:
        if !placedBlock {
          shapeOut += blockShape
          expand(blockOffsets)
          placedBlock = true
        }
      }
    }
    return Selection(shape: shapeOut, offsets: offsets)
  }
}
