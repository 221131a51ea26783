import TensorModule

/// Subscripts of tensors: the language's index items as NumPy indices.
enum TensorIndexing {
  static func indices(_ items: [IndexItem], _ r: SourceRange) throws(TesselError) -> [TensorIndex] {
    var out: [TensorIndex] = []
    for item in items {
      switch item {
      case .ellipsis: out.append(.ellipsis)
      case .slice(let a, let b, let c): out.append(.slice(a, b, c))
      case .value(let v):
        switch v {
        case .none: out.append(.newAxis)
        case .number(let d):
          guard let i = Operators.exactInt(d) else { throw nonInteger(Repr.number(d), r) }
          out.append(.int(i))
        case .bool(let b):
          out.append(.mask(Tensor(shape: [], data: [b ? 1 : 0], dtype: .bool)))
        default:
          guard let t = try TensorValues.operand(v) else { throw nonInteger(v.typeName, r) }
          out.append(t.isBool ? .mask(t) : .array(t))
        }
      }
    }
    return out
  }

  /// NumPy's IndexError for an index that is neither an integer, a slice, `...`, `None` nor an array.
  static func nonInteger(_ got: String, _ r: SourceRange) -> TesselError {
    TesselError(
      "IndexError",
      "only integers, slices (`:`), ellipsis (`...`), None and integer or boolean arrays are valid indices; got \(got)",
      at: r)
  }

  static func get(_ t: Tensor, _ items: [IndexItem], _ r: SourceRange) throws(TesselError) -> Tensor {
    let index = try indices(items, r)
    do throws(TensorError) {
      return try t.get(index)
    } catch {
      throw TensorValues.lift(error, r)
    }
  }

  static func set(_ t: inout Tensor, _ items: [IndexItem], _ value: Value, _ r: SourceRange) throws(TesselError) {
    let index = try indices(items, r)
    guard let v = try TensorValues.operand(value) else {
      throw .type("cannot assign a \(value.typeName) into a tensor; assign numbers or tensors", at: r)
    }
    do throws(TensorError) {
      try t.set(index, v)
    } catch {
      throw TensorValues.lift(error, r)
    }
  }
}
