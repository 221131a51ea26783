import Foundation

/// The one gate every array allocation of a user-controlled size passes: the element count with overflow
/// checks, and the bytes against a memory budget, before anything is allocated.
///
/// NumPy's errors and wording: a size past what an address can hold is `ValueError: array is too big; …`;
/// a size past the budget is `MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000,
/// 1000000) and data type float64`. The budget is the memory the machine has available now
/// (`MemAvailable` in `/proc/meminfo`, read only for requests above `cheapBytes`), or `TESSEL_MEMORY_LIMIT`
/// bytes (`K`, `M`, `G` suffixes allowed) when that is set.
public enum MemoryBudget {
  /// Requests below this many bytes are checked for overflow only: too small to matter, too frequent to
  /// read `/proc/meminfo` for.
  static let cheapBytes = 1 << 26

  /// The element count of `shape`, checked as `reserve` does; returns it.
  @discardableResult
  public static func reserve(_ shape: [Int], itemSize: Int = 8, dtype: String = "float64") throws(TensorError)
    -> Int
  {
    if shape.count > 64 {
      throw TensorError(.value, "maximum supported dimension for an ndarray is currently 64, found \(shape.count)")
    }
    var count = 1
    var overflow = false
    for d in shape {
      guard d >= 0 else {
        throw TensorError(.value, "negative dimensions are not allowed")
      }
      let (p, o) = count.multipliedReportingOverflow(by: d)
      count = p
      overflow = overflow || o
    }
    if shape.contains(0) { return 0 }
    let (bytes, o) = count.multipliedReportingOverflow(by: itemSize)
    guard !overflow && !o && bytes <= Int.max / 2 else {
      throw TensorError(
        .value, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
    }
    if bytes >= cheapBytes, bytes > limit() {
      throw TensorError(
        .memory,
        "Unable to allocate \(sizeDescription(bytes)) for an array with shape \(Tensor.describe(shape)) "
          + "and data type \(dtype)")
    }
    return count
  }

  /// `reserve` for a 1-d array of `count` elements (list growth, flat buffers).
  @discardableResult
  public static func reserve(count: Int, itemSize: Int = 8, dtype: String = "float64") throws(TensorError) -> Int {
    try reserve([count], itemSize: itemSize, dtype: dtype)
  }

  /// The bytes a request may take now.
  static func limit() -> Int {
    if let fixed = configuredLimit { return fixed }
    return availableBytes() ?? Int.max
  }

  /// `TESSEL_MEMORY_LIMIT`, read once.
  static let configuredLimit: Int? = ProcessInfo.processInfo.environment["TESSEL_MEMORY_LIMIT"].flatMap(parseBytes)

  /// `123`, `512M`, `4G`, `1.5G` → bytes.
  static func parseBytes(_ text: String) -> Int? {
    let t = text.trimmingCharacters(in: .whitespaces).uppercased()
    let units: [Character: Double] = ["K": 0x1p10, "M": 0x1p20, "G": 0x1p30, "T": 0x1p40]
    var number = Substring(t)
    var scale = 1.0
    if let last = t.last, let u = units[last] {
      scale = u
      number = t.dropLast()
    }
    guard let v = Double(number), v.isFinite, v >= 0, v * scale < 9e18 else { return nil }
    return Int(v * scale)
  }

  /// `MemAvailable` from `/proc/meminfo`, in bytes; nil where there is no such file.
  static func availableBytes() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
      let fields = line.split(separator: " ")
      guard fields.count >= 2, let kib = Int(fields[1]) else { return nil }
      return kib * 1024
    }
    return nil
  }

  /// NumPy's `_ArrayMemoryError._size_to_string`: binary units, three significant figures below 1000 units.
  static func sizeDescription(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    let bitLength = Int.bitWidth - bytes.leadingZeroBitCount
    var unit = Swift.max(bitLength - 1, 1) / 10
    var amount = Double(bytes) / Double(1 << (unit * 10))
    if amount.rounded() == 1024 {
      unit += 1
      amount /= 1024
    }
    if unit >= units.count {
      amount *= Double(1 << ((unit - units.count + 1) * 10))
      unit = units.count - 1
    }
    if unit == 0 { return "\(Int(amount.rounded())) \(units[0])" }
    if amount.rounded() < 1000 { return "\(threeSignificant(amount)) \(units[unit])" }
    return "\(Int(amount.rounded())). \(units[unit])"
  }

  /// Python's `'{:#.3g}'` for 1 ≤ x < 1000: three significant digits, the point always shown.
  static func threeSignificant(_ x: Double) -> String {
    let decimals = x.rounded() >= 100 || x >= 99.95 ? 0 : (x >= 9.995 ? 1 : 2)
    let s = String(format: "%.\(decimals)f", x)
    return decimals == 0 ? s + "." : s
  }
}
