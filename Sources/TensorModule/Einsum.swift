/// NumPy's `einsum` with explicit (`'ij,jk->ik'`) or implicit (`'ij,jk'`) output, by a direct loop over
/// every index: no ellipsis, no BLAS dispatch (use `@` for large products).
extension Linalg {
  /// The running cell's interrupt is polled about every million multiply-adds.
  public static func einsum(_ subscripts: String, _ operands: [Tensor])
    throws(TensorError) -> Tensor
  {
    let spec = subscripts.filter { $0 != " " }
    let sides = spec.components(separatedBy: "->")
    guard sides.count <= 2 else { throw TensorError(.value, "einstein sum subscript string has more than one '->'") }
    if spec.contains(".") { throw TensorError(.value, "einsum: '...' (ellipsis) is not supported in Tessel yet") }
    let inputs = sides[0].split(separator: ",", omittingEmptySubsequences: false).map { Array($0) }
    guard inputs.count == operands.count else {
      throw TensorError(
        .value, "more operands provided to einstein sum function than specified in the subscripts string")
    }
    var size: [Character: Int] = [:]
    for (k, (letters, t)) in zip(inputs, operands).enumerated() {
      guard letters.count == t.ndim else {
        throw TensorError(
          .value,
          "einstein sum subscripts string contains too \(letters.count > t.ndim ? "many" : "few") subscripts for operand \(k)"
        )
      }
      for (axis, c) in letters.enumerated() {
        guard c.isASCII, c.isLetter else {
          throw TensorError(
            .value, "invalid subscript '\(c)' in einstein sum subscripts string, subscripts must be letters")
        }
        let n = t.shape[axis]
        if let known = size[c], known != n {
          guard known == 1 || n == 1 else {
            throw TensorError(
              .shape, "einsum: size of label '\(c)' for operand \(k) (\(n)) does not match previous terms (\(known))")
          }
          size[c] = Swift.max(known, n)
        } else {
          size[c] = n
        }
      }
    }
    let output: [Character]
    if sides.count == 2 {
      output = Array(sides[1])
      for c in output where size[c] == nil {
        throw TensorError(
          .value, "einstein sum subscripts string included output subscript '\(c)' which never appeared in an input")
      }
      guard Set(output).count == output.count else {
        throw TensorError(.value, "einstein sum subscripts string includes output subscript multiple times")
      }
    } else {
      let all = inputs.joined()
      output = Set(all).filter { c in all.filter { $0 == c }.count == 1 }.sorted()
    }
    let summed = size.keys.filter { !output.contains($0) }.sorted()
    let letters = output + summed
    let dims = letters.map { size[$0]! }
    // Each operand's step per letter (summed where a letter repeats: a diagonal); 0 where it broadcasts.
    let steps: [[Int]] = zip(inputs, operands).map { own, t in
      let strides = t.strides
      return letters.map { c in
        own.indices.filter { own[$0] == c && t.shape[$0] != 1 }.reduce(0) { $0 + strides[$1] }
      }
    }
    let outShape = output.map { size[$0]! }
    let outCount = try MemoryBudget.reserve(outShape)
    let inner = summed.reduce(1) { $0.multipliedReportingOverflow(by: size[$1]!).overflow ? Int.max : $0 * size[$1]! }
    var out = [Double](repeating: 0, count: outCount)
    guard outCount > 0, inner > 0 else { return Tensor(shape: outShape, data: out) }
    var index = [Int](repeating: 0, count: letters.count)
    var offsets = [Int](repeating: 0, count: operands.count)
    let data = operands.map(\.data)
    var work = 0
    for o in 0..<outCount {
      work &+= inner
      if work >= 1 << 20 {
        work = 0
        try TensorError.checkInterrupt()
      }
      var total = 0.0
      for _ in 0..<inner {
        var product = 1.0
        for k in operands.indices { product *= data[k][offsets[k]] }
        total += product
        // Advance the odometer from the innermost letter.
        var d = letters.count - 1
        while d >= 0 {
          index[d] += 1
          for k in operands.indices { offsets[k] += steps[k][d] }
          if index[d] < dims[d] { break }
          for k in operands.indices { offsets[k] -= steps[k][d] * dims[d] }
          index[d] = 0
          d -= 1
        }
      }
      out[o] = total
    }
    return Tensor(shape: outShape, data: out)
  }
}
