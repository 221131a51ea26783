import StatisticsModule
import TensorModule

/// scikit-learn's `metrics` (and `calibration.calibration_curve`) with its names, defaults, result types (Python
/// floats, int64 confusion counts) and edge cases, over StatisticsModule's kernels.
enum SklearnMetrics {
  /// A class label: a number (or bool, as 0/1) or a string; numbers sort before strings.
  enum Label: Hashable, Comparable {
    case number(Double)
    case text(String)

    var value: Value {
      switch self {
      case .number(let d): d == d.rounded() && d.magnitude < 9e15 ? .int(Int(d)) : .float(d)
      case .text(let s): .str(s)
      }
    }
  }

  static func labels(_ rt: Runtime, _ v: Value?, _ name: String) throws(PyError) -> [Label] {
    var out: [Label] = []
    for item in try rt.collect(v ?? .none) {
      switch item {
      case .int(let i), .i64(let i): out.append(.number(Double(i)))
      case .float(let d), .f64(let d): out.append(.number(d))
      case .bool(let b), .npBool(let b): out.append(.number(b ? 1 : 0))
      default:
        guard rt.isString(item) else {
          throw PyError("ValueError", "\(name): labels must be numbers or strings, not '\(rt.typeName(item))'")
        }
        out.append(.text(try rt.string(item, name)))
      }
    }
    return out
  }

  static func numbers(_ rt: Runtime, _ v: Value?) throws(PyError) -> [Double] {
    try NumPyFunctions.floats(rt, v ?? .none).data
  }

  /// The truth as positive/negative and the scores of a ranking metric, checked for equal length (and NaN).
  static func rankedSample(_ rt: Runtime, _ truth: Value?, _ score: Value?, posLabel: Value?, allowNaN: Bool)
    throws(PyError) -> ([Bool], [Double])
  {
    let positive = try positives(rt, truth, posLabel: posLabel)
    let scores = try numbers(rt, score)
    try consistent(positive.count, scores.count)
    if !allowNaN, scores.contains(where: \.isNaN) { throw PyError("ValueError", "Input contains NaN.") }
    return (positive, scores)
  }

  static func consistent(_ n: Int, _ m: Int) throws(PyError) {
    guard n == m else {
      throw PyError("ValueError", "Found input variables with inconsistent numbers of samples: [\(n), \(m)]")
    }
    guard n > 0 else { throw PyError("ValueError", "Found empty input array") }
  }

  /// `sample_weight`, one per sample, or nil; weights that average must not sum to zero.
  static func weights(_ rt: Runtime, _ v: Value?, count: Int, averaged: Bool = true) throws(PyError) -> [Double]? {
    guard let v, !v.isNone else { return nil }
    let w = try numbers(rt, v)
    try consistent(count, w.count)
    if averaged && Moments.sum(w) == 0 {
      throw PyError("ZeroDivisionError", "Weights sum to zero, can't be normalized")
    }
    return w
  }

  /// Which samples are positive: y_true must be {0, 1} or {−1, 1} unless pos_label says which class is.
  static func positives(_ rt: Runtime, _ v: Value?, posLabel: Value?) throws(PyError) -> [Bool] {
    let y = try labels(rt, v, "y_true")
    if let posLabel, !posLabel.isNone {
      let pos = try labels(rt, .list([posLabel]), "pos_label")[0]
      return y.map { $0 == pos }
    }
    let classes = Set(y)
    let allowed: [Set<Label>] = [[.number(0), .number(1)], [.number(-1), .number(1)]]
    guard allowed.contains(where: { classes.isSubset(of: $0) }) else {
      var shown: [String] = []
      for c in classes.sorted() { shown.append(try rt.repr(c.value)) }
      throw PyError(
        "ValueError",
        "y_true takes value in {\(shown.joined(separator: ", "))} and pos_label is not specified: either make y_true take value in {0, 1} or {-1, 1} or pass pos_label explicitly."
      )
    }
    return y.map { $0 == .number(1) }
  }

  static func probabilities(_ rt: Runtime, _ v: Value?) throws(PyError) -> [Double] {
    let p = try numbers(rt, v)
    if p.contains(where: { !($0 >= 0 && $0 <= 1) }) {
      throw PyError("ValueError", "y_prob contains values outside of [0, 1].")
    }
    return p
  }

  /// y_true and y_pred coded by their sorted union of classes.
  static func coded(_ rt: Runtime, _ t: Value?, _ p: Value?) throws(PyError) -> ([Int], [Int], [Label]) {
    let (truth, predicted) = (try labels(rt, t, "y_true"), try labels(rt, p, "y_pred"))
    try consistent(truth.count, predicted.count)
    let classes = Set(truth + predicted).sorted()
    var index: [Label: Int] = [:]
    for (k, c) in classes.enumerated() { index[c] = k }
    return (truth.map { index[$0] ?? 0 }, predicted.map { index[$0] ?? 0 }, classes)
  }

  static func regression(_ name: String, _ metric: @escaping @Sendable ([Double], [Double], [Double]?) -> Double)
    -> PyBuiltin
  {
    .general(name, "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["y_true", "y_pred"], required: 2, keywordOnly: ["sample_weight"])
      let (y, yhat) = (try numbers(rt, p[0]), try numbers(rt, p[1]))
      try consistent(y.count, yhat.count)
      return .float(metric(y, yhat, try weights(rt, p[2], count: y.count)))
    }
  }

  /// precision_score, recall_score, f1_score: binary by default (pos_label=1), or averaged.
  static func score(_ name: String, _ pick: @escaping @Sendable (ClassificationMetrics.Scores) -> [Double])
    -> PyBuiltin
  {
    .general(name, "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        name, ["y_true", "y_pred"], required: 2,
        keywordOnly: ["labels", "pos_label", "average", "sample_weight", "zero_division"])
      try NumPyFunctions.unsupported(name, ["labels"], [p[2]])
      let (truth, predicted, classes) = try coded(rt, p[0], p[1])
      var zero = 0.0
      if let z = p[6], try !isWarn(rt, z) {
        let d = try rt.double(z)
        guard d == 0 || d == 1 || d.isNaN else {
          throw PyError("ValueError", "zero_division must be 'warn', 0.0, 1.0 or np.nan")
        }
        zero = d
      }
      let m = ClassificationMetrics.confusion(
        truth, predicted, classes: classes.count, weights: try weights(rt, p[5], count: truth.count, averaged: false))
      let scores = ClassificationMetrics.scores(m, zeroDivision: zero)
      let values = pick(scores)
      let average =
        try p[4].map { (v) throws(PyError) -> String? in v.isNone ? nil : try rt.string(v, "average") }
        ?? "binary"
      switch average {
      case nil: return .object(NDArray(doubles: values, shape: [values.count]))
      case "binary":
        guard classes.count <= 2 else {
          throw PyError(
            "ValueError",
            "Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted']."
          )
        }
        let pos = try labels(rt, .list([p[3] ?? .int(1)]), "pos_label")[0]
        guard let k = classes.firstIndex(of: pos) else {
          if classes.count < 2 { return .float(zero) }
          var shown: [String] = []
          for c in classes { shown.append(try rt.repr(c.value)) }
          throw PyError(
            "ValueError",
            "pos_label=\(try rt.repr(pos.value)) is not a valid label. It should be one of [\(shown.joined(separator: ", "))]"
          )
        }
        return .float(values[k])
      case "micro":
        let (precision, recall, f) = ClassificationMetrics.micro(m, zeroDivision: zero)
        return .float(name.hasPrefix("precision") ? precision : name.hasPrefix("recall") ? recall : f)
      case "macro": return .float(Moments.mean(values))
      case "weighted":
        let total = scores.support.reduce(0, +)
        return .float(zip(values, scores.support).reduce(0) { $0 + $1.0 * $1.1 } / total)
      default:
        throw PyError("ValueError", "average has to be one of (None, 'micro', 'macro', 'weighted', 'samples')")
      }
    }
  }

  static func isWarn(_ rt: Runtime, _ v: Value) throws(PyError) -> Bool {
    guard rt.isString(v) else { return false }
    return try rt.string(v, "zero_division") == "warn"
  }

  static let functions: [PyBuiltin] = [
    regression("mean_squared_error") { y, yhat, w in RegressionMetrics.meanSquaredError(y, yhat, weights: w) },
    regression("root_mean_squared_error") { y, yhat, w in
      RegressionMetrics.meanSquaredError(y, yhat, weights: w).squareRoot()
    },
    regression("mean_absolute_error") { y, yhat, w in RegressionMetrics.meanAbsoluteError(y, yhat, weights: w) },
    regression("r2_score") { y, yhat, w in RegressionMetrics.r2(y, yhat, weights: w) },
    .general("accuracy_score", "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "accuracy_score", ["y_true", "y_pred"], required: 2, keywordOnly: ["normalize", "sample_weight"])
      let (t, q) = (try labels(rt, p[0], "y_true"), try labels(rt, p[1], "y_pred"))
      try consistent(t.count, q.count)
      let hits = zip(t, q).map { $0 == $1 ? 1.0 : 0 }
      let normalize = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      let w = try weights(rt, p[3], count: t.count, averaged: normalize)
      if normalize { return .float(Moments.average(hits, weights: w)) }
      // scikit-learn: the count, or with weights np.dot(hits, weights).
      return .float(w.map { Linalg.dot(hits, $0) } ?? hits.reduce(0, +))
    },
    score("precision_score") { $0.precision },
    score("recall_score") { $0.recall },
    score("f1_score") { $0.f1 },
    .general("confusion_matrix", "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "confusion_matrix", ["y_true", "y_pred"], required: 2, keywordOnly: ["labels", "sample_weight", "normalize"])
      try NumPyFunctions.unsupported("confusion_matrix", ["labels", "normalize"], [p[2], p[4]])
      let (truth, predicted, classes) = try coded(rt, p[0], p[1])
      let w = try weights(rt, p[3], count: truth.count, averaged: false)
      let m = ClassificationMetrics.confusion(truth, predicted, classes: classes.count, weights: w)
      let k = classes.count
      if w != nil { return .object(NDArray(doubles: Array(m.joined()), shape: [k, k])) }
      return .object(NDArray(ints: m.joined().map { Int($0) }, shape: [k, k]))
    },
    .general("roc_curve", "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "roc_curve", ["y_true", "y_score"], required: 2,
        keywordOnly: ["pos_label", "sample_weight", "drop_intermediate"])
      let (positive, scores) = try rankedSample(rt, p[0], p[1], posLabel: p[2], allowNaN: true)
      let curve = RankingMetrics.rocCurve(
        positive, scores, weights: try weights(rt, p[3], count: positive.count, averaged: false),
        dropIntermediate: try p[4].map { (v) throws(PyError) in try rt.truthy(v) } ?? true)
      return .tuple([
        .object(NDArray(doubles: curve.fpr, shape: [curve.fpr.count])),
        .object(NDArray(doubles: curve.tpr, shape: [curve.tpr.count])),
        .object(NDArray(doubles: curve.thresholds, shape: [curve.thresholds.count])),
      ])
    },
    .general("roc_auc_score", "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "roc_auc_score", ["y_true", "y_score"], required: 2,
        keywordOnly: ["average", "sample_weight", "max_fpr", "multi_class", "labels"])
      try NumPyFunctions.unsupported("roc_auc_score", ["max_fpr", "labels"], [p[4], p[6]])
      let (positive, scores) = try rankedSample(rt, p[0], p[1], posLabel: nil, allowNaN: false)
      return .float(
        RankingMetrics.rocAUC(positive, scores, weights: try weights(rt, p[3], count: positive.count, averaged: false)))
    },
    .general("average_precision_score", "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "average_precision_score", ["y_true", "y_score"], required: 2,
        keywordOnly: ["average", "pos_label", "sample_weight"])
      let (positive, scores) = try rankedSample(rt, p[0], p[1], posLabel: p[3], allowNaN: false)
      return .float(
        RankingMetrics.averagePrecision(
          positive, scores, weights: try weights(rt, p[4], count: positive.count, averaged: false)))
    },
    .general("log_loss", "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "log_loss", ["y_true", "y_pred"], required: 2, keywordOnly: ["normalize", "sample_weight", "labels"])
      let y = try labels(rt, p[0], "y_true")
      let proba = try NumPyFunctions.floats(rt, p[1] ?? .none)
      guard proba.ndim == 1 || proba.ndim == 2 else {
        throw PyError("ValueError", "y_pred must be 1-d or 2-d, not \(proba.ndim)-d")
      }
      let probs = try probabilities(rt, p[1])
      let n = proba.ndim == 1 ? probs.count : proba.shape[0]
      try consistent(y.count, n)
      let normalize = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      let w = try weights(rt, p[3], count: y.count, averaged: normalize)
      let given = try p[4].flatMap { (v) throws(PyError) -> [Label]? in v.isNone ? nil : try labels(rt, v, "labels") }
      let classes = Set(given ?? y).sorted()
      if let given, let stray = Set(y).subtracting(given).sorted().first {
        throw PyError(
          "ValueError", "y_true contains values \(try rt.repr(stray.value)) not belonging to the passed labels")
      }
      guard classes.count >= 2 else {
        throw PyError(
          "ValueError",
          "y_true contains only one label (\(try rt.repr(classes.first?.value ?? .none))). Please provide the list of all expected class labels explicitly through the labels argument."
        )
      }
      let columns = proba.ndim == 1 ? 2 : proba.shape[1]
      guard columns == classes.count else {
        throw PyError(
          "ValueError",
          "The number of classes in labels is different from that in y_pred. Classes found in labels: \(classes.count), columns in y_pred: \(columns)"
        )
      }
      // One column for two classes is the larger class's probability: rows [1 − p, p].
      let rows = proba.ndim == 1 ? probs.flatMap { [1 - $0, $0] } : probs
      var index: [Label: Int] = [:]
      for (k, c) in classes.enumerated() { index[c] = k }
      return .float(
        ProbabilisticMetrics.logLoss(
          trueClass: y.map { index[$0] ?? 0 }, probabilities: rows, classes: columns, weights: w, normalize: normalize))
    },
    .general("brier_score_loss", "sklearn.metrics") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "brier_score_loss", ["y_true", "y_proba"], required: 2, keywordOnly: ["sample_weight", "pos_label"])
      let positive = try positives(rt, p[0], posLabel: p[3])
      let probs = try probabilities(rt, p[1])
      try consistent(positive.count, probs.count)
      return .float(ProbabilisticMetrics.brier(positive, probs, weights: try weights(rt, p[2], count: positive.count)))
    },
  ]

  static let calibrationCurve = PyBuiltin.general("calibration_curve", "sklearn.calibration") {
    (rt, a) throws(PyError) in
    let p = try a.bind(
      "calibration_curve", ["y_true", "y_prob"], required: 2, keywordOnly: ["pos_label", "n_bins", "strategy"])
    let positive = try positives(rt, p[0], posLabel: p[2])
    let probs = try probabilities(rt, p[1])
    try consistent(positive.count, probs.count)
    let bins = try p[3].map { (v) throws(PyError) in try rt.index(v) } ?? 5
    guard bins >= 1 else { throw PyError("ValueError", "n_bins must be a positive integer, got \(bins)") }
    let strategy = try p[4].map { (v) throws(PyError) in try rt.string(v, "strategy") } ?? "uniform"
    var edges: [Double]? = nil
    switch strategy {
    case "uniform": break
    case "quantile":
      var sorted = probs
      Tensor.sortValues(&sorted)
      // sklearn: np.percentile(y_prob, np.linspace(0, 1, n_bins + 1) * 100), so each q is ×100 then ÷100.
      let step = 1 / Double(bins)
      edges = Tensor.quantiles(ofSorted: sorted, (0...bins).map { Double($0) * step * 100 / 100 })
    default:
      throw PyError(
        "ValueError", "Invalid entry to 'strategy' input. Strategy must be either 'quantile' or 'uniform'.")
    }
    let r = ProbabilisticMetrics.calibration(
      positive, probs, bins: bins, quantile: strategy == "quantile", edges: edges)
    return .tuple([
      .object(NDArray(doubles: r.fractionPositive, shape: [r.fractionPositive.count])),
      .object(NDArray(doubles: r.meanPredicted, shape: [r.meanPredicted.count])),
    ])
  }
}
