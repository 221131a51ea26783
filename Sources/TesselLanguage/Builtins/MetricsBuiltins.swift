import StatisticsModule
import TensorModule

/// scikit-learn's metrics with its names, defaults and edge cases: `mean_squared_error
/// mean_absolute_error root_mean_squared_error r2_score accuracy_score precision_score recall_score
/// f1_score confusion_matrix roc_auc_score roc_curve log_loss brier_score_loss calibration_curve`.
enum MetricsBuiltins {
  /// A class label: a number (or bool, as 0/1) or a string; numbers sort before strings.
  enum Label: Hashable, Comparable {
    case number(Double)
    case text(String)

    var value: Value {
      switch self {
      case .number(let d): .number(d)
      case .text(let s): .string(s)
      }
    }
  }

  static func labels(_ c: BuiltinCall, _ name: String) throws(TesselError) -> [Label] {
    let v = c.value(name)
    if case .tensor(let t) = v { return t.data.map(Label.number) }
    guard let items = try Operators.elements(of: v) else { throw c.bad(name, expected: "labels (a tensor or a list)") }
    var out: [Label] = []
    for item in items {
      switch item {
      case .number(let d): out.append(.number(d))
      case .bool(let b): out.append(.number(b ? 1 : 0))
      case .string(let s): out.append(.text(s))
      default: throw c.bad(name, expected: "numbers or strings as labels", got: item.typeName)
      }
    }
    return out
  }

  /// Two equally long, non-empty vectors of numbers.
  static func pairOfVectors(_ c: BuiltinCall, _ a: String, _ b: String) throws(TesselError) -> ([Double], [Double]) {
    let (x, y) = (try c.tensor(a).data, try c.tensor(b).data)
    try consistent(c, x.count, y.count, a, b)
    return (x, y)
  }

  static func consistent(_ c: BuiltinCall, _ n: Int, _ m: Int, _ a: String, _ b: String) throws(TesselError) {
    guard n == m else {
      throw TesselError(
        "ValueError", "\(c.builtin.name): \(a) and \(b) have inconsistent numbers of samples: [\(n), \(m)]", at: c.range
      )
    }
    guard n > 0 else { throw TesselError("ValueError", "\(c.builtin.name): \(a) is empty", at: c.range) }
  }

  static let sampleWeightParameter = Parameter("sample_weight", .optional(.none))

  /// `sample_weight`, one per sample, or nil when not given; weights that average must not sum to zero.
  static func sampleWeights(_ c: BuiltinCall, count: Int, averaged: Bool = true) throws(TesselError) -> [Double]? {
    guard c.isGiven("sample_weight") else { return nil }
    let w = try c.tensor("sample_weight").data
    try consistent(c, count, w.count, "y_true", "sample_weight")
    if averaged && Moments.sum(w) == 0 {
      throw TesselError("ZeroDivisionError", "\(c.builtin.name): the sample weights sum to zero", at: c.range)
    }
    return w
  }

  /// Which samples are positive: y_true must be {0, 1} or {−1, 1} unless pos_label says which class is.
  static func positives(_ c: BuiltinCall, _ name: String) throws(TesselError) -> [Bool] {
    let y = try labels(c, name)
    let classes = Set(y)
    if c.builtin.parameters.contains(where: { $0.name == "pos_label" }), c.isGiven("pos_label") {
      let pos: Label =
        switch c.value("pos_label") {
        case .string(let s): .text(s)
        case let v: .number(v.numeric ?? .nan)
        }
      return y.map { $0 == pos }
    }
    let allowed: [Set<Label>] = [[.number(0), .number(1)], [.number(-1), .number(1)]]
    guard allowed.contains(where: { classes.isSubset(of: $0) }) else {
      let shown = classes.sorted().map { Repr.repr($0.value) }.joined(separator: ", ")
      throw TesselError(
        "ValueError", "\(c.builtin.name): y_true takes value in {\(shown)} and pos_label is not specified", at: c.range)
    }
    return y.map { $0 == .number(1) }
  }

  static func probabilities(_ c: BuiltinCall, _ name: String) throws(TesselError) -> [Double] {
    let p = try c.tensor(name).data
    for v in p where !(v >= 0 && v <= 1) {
      throw c.bad(name, expected: "probabilities in [0, 1]", got: Repr.number(v), kind: "ValueError")
    }
    return p
  }

  /// y_true and y_pred coded by their sorted union of classes.
  static func coded(_ c: BuiltinCall) throws(TesselError) -> (truth: [Int], predicted: [Int], classes: [Label]) {
    let (t, p) = (try labels(c, "y_true"), try labels(c, "y_pred"))
    try consistent(c, t.count, p.count, "y_true", "y_pred")
    let classes = Set(t + p).sorted()
    let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    return (t.map { index[$0]! }, p.map { index[$0]! }, classes)
  }

  static let averageParameters = [
    Parameter("average", .optional(.string("binary"))), Parameter("pos_label", .optional(.number(1))),
    Parameter("zero_division", .optional(.string("warn"))),
  ]

  /// precision_score, recall_score, f1_score: binary by default (pos_label=1), or averaged.
  static func score(
    _ name: String, _ pick: @escaping @Sendable (ClassificationMetrics.Scores) -> [Double], _ summary: String
  )
    -> Builtin
  {
    Builtin(
      name, [Parameter("y_true"), Parameter("y_pred")] + averageParameters + [sampleWeightParameter], summary,
      details:
        "average: 'binary' (pos_label's class), 'micro', 'macro', 'weighted' or None (one per class).\nzero_division: 'warn' (0), 0, 1 or nan for an undefined ratio.\nExample: \(name)(y, y_hat)"
    ) { c throws(TesselError) in
      let (truth, predicted, classes) = try coded(c)
      let zero: Double
      switch c.value("zero_division") {
      case .string("warn"): zero = 0
      case let v:
        guard let d = v.numeric, d == 0 || d == 1 || d.isNaN else {
          throw c.bad("zero_division", expected: "'warn', 0, 1 or nan", kind: "ValueError")
        }
        zero = d
      }
      let m = ClassificationMetrics.confusion(
        truth, predicted, classes: classes.count, weights: try sampleWeights(c, count: truth.count, averaged: false))
      let scores = ClassificationMetrics.scores(m, zeroDivision: zero)
      let values = pick(scores)
      switch c.value("average") {
      case .none: return .tensor(Tensor(values))
      case .string("binary"):
        guard classes.count <= 2 else {
          throw TesselError(
            "ValueError",
            "Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted'].",
            at: c.range)
        }
        let pos: Label =
          if case .string(let s) = c.value("pos_label") { .text(s) } else { .number(try c.number("pos_label")) }
        guard let k = classes.firstIndex(of: pos) else {
          if classes.count < 2 { return .number(zero) }
          throw TesselError(
            "ValueError",
            "pos_label=\(Repr.repr(pos.value)) is not a valid label. It should be one of [\(classes.map { Repr.repr($0.value) }.joined(separator: ", "))]",
            at: c.range)
        }
        return .number(values[k])
      case .string("micro"):
        let (p, r, f) = ClassificationMetrics.micro(m, zeroDivision: zero)
        return .number(name.hasPrefix("precision") ? p : name.hasPrefix("recall") ? r : f)
      case .string("macro"): return .number(Moments.mean(values))
      case .string("weighted"):
        let total = scores.support.reduce(0, +)
        return .number(zip(values, scores.support).reduce(0) { $0 + $1.0 * $1.1 } / total)
      default:
        throw c.bad("average", expected: "'binary', 'micro', 'macro', 'weighted' or None", kind: "ValueError")
      }
    }
  }

  /// A regression metric of (y_true, y_pred), weighted by `sample_weight` if given.
  static func regression(
    _ name: String, _ summary: String, example: String,
    _ metric: @escaping @Sendable ([Double], [Double], [Double]?) -> Double
  ) -> Builtin {
    Builtin(
      name, [Parameter("y_true"), Parameter("y_pred"), sampleWeightParameter],
      "\(summary) (weighted by sample_weight if given).", details: "Example: \(name)(y, \(example))"
    ) { c throws(TesselError) in
      let (y, yhat) = try pairOfVectors(c, "y_true", "y_pred")
      return .number(metric(y, yhat, try sampleWeights(c, count: y.count)))
    }
  }

  static let all: [Builtin] = [
    regression("mean_squared_error", "The mean of (y − ŷ)²", example: "y_hat") { y, yhat, w in
      RegressionMetrics.meanSquaredError(y, yhat, weights: w)
    },
    regression("root_mean_squared_error", "√(mean of (y − ŷ)²)", example: "y_hat") { y, yhat, w in
      RegressionMetrics.meanSquaredError(y, yhat, weights: w).squareRoot()
    },
    regression("mean_absolute_error", "The mean of |y − ŷ|", example: "y_hat") { y, yhat, w in
      RegressionMetrics.meanAbsoluteError(y, yhat, weights: w)
    },
    regression(
      "r2_score",
      "R² = 1 − Σ(y − ŷ)²/Σ(y − ȳ)² (a constant y gives 1 for a perfect fit, else 0, as scikit-learn)",
      example: "X @ w"
    ) { y, yhat, w in RegressionMetrics.r2(y, yhat, weights: w) },
    Builtin(
      "accuracy_score",
      [
        Parameter("y_true"), Parameter("y_pred"), Parameter("normalize", .optional(.bool(true))), sampleWeightParameter,
      ],
      "The fraction of predictions equal to the truth (the count with normalize=False).",
      details: "Example: accuracy_score(y, y_hat)"
    ) { c throws(TesselError) in
      let (t, p) = (try labels(c, "y_true"), try labels(c, "y_pred"))
      try consistent(c, t.count, p.count, "y_true", "y_pred")
      let hits = zip(t, p).map { $0 == $1 ? 1.0 : 0 }
      let weights = try sampleWeights(c, count: t.count, averaged: try c.bool("normalize"))
      if try c.bool("normalize") { return .number(Moments.average(hits, weights: weights)) }
      // scikit-learn: the count, or with weights np.dot(hits, weights).
      return .number(weights.map { Linalg.dot(hits, $0) } ?? hits.reduce(0, +))
    },
    score("precision_score", { $0.precision }, "Precision TP/(TP + FP): how many predicted positives are right."),
    score("recall_score", { $0.recall }, "Recall TP/(TP + FN): how many actual positives are found."),
    score("f1_score", { $0.f1 }, "F1 = 2TP/(2TP + FP + FN), the harmonic mean of precision and recall."),
    Builtin(
      "confusion_matrix", [Parameter("y_true"), Parameter("y_pred"), sampleWeightParameter],
      "Counts of (true class, predicted class): rows are the truth, columns the prediction, classes sorted.",
      details: "Binary: [[TN, FP], [FN, TP]].\nExample: confusion_matrix(y, y_hat)"
    ) { c throws(TesselError) in
      let (truth, predicted, classes) = try coded(c)
      let m = ClassificationMetrics.confusion(
        truth, predicted, classes: classes.count, weights: try sampleWeights(c, count: truth.count, averaged: false))
      return .tensor(Tensor(shape: [classes.count, classes.count], data: Array(m.joined())))
    },
    Builtin(
      "roc_curve",
      [
        Parameter("y_true"), Parameter("y_score"), Parameter("pos_label", .optional(.none)),
        Parameter("drop_intermediate", .optional(.bool(true))), sampleWeightParameter,
      ],
      "The ROC curve (fpr, tpr, thresholds): one point per distinct score, from (0, 0) at threshold inf.",
      details: "Example: fpr, tpr, thr = roc_curve(y, scores)"
    ) { c throws(TesselError) in
      let positive = try positives(c, "y_true")
      let scores = try c.tensor("y_score").data
      try consistent(c, positive.count, scores.count, "y_true", "y_score")
      let curve = RankingMetrics.rocCurve(
        positive, scores, weights: try sampleWeights(c, count: positive.count, averaged: false),
        dropIntermediate: try c.bool("drop_intermediate"))
      return .tuple([.tensor(Tensor(curve.fpr)), .tensor(Tensor(curve.tpr)), .tensor(Tensor(curve.thresholds))])
    },
    Builtin(
      "roc_auc_score", [Parameter("y_true"), Parameter("y_score"), sampleWeightParameter],
      "The area under the ROC curve: P(score of a positive > score of a negative), ties counting ½.",
      details: "NaN when y_true holds one class only (scikit-learn 1.9).\nExample: roc_auc_score(y, p_hat)"
    ) { c throws(TesselError) in
      let positive = try positives(c, "y_true")
      let scores = try c.tensor("y_score").data
      try consistent(c, positive.count, scores.count, "y_true", "y_score")
      guard !scores.contains(where: \.isNaN) else {
        throw c.bad("y_score", expected: "scores without NaN", kind: "ValueError")
      }
      return .number(
        RankingMetrics.rocAUC(positive, scores, weights: try sampleWeights(c, count: positive.count, averaged: false)))
    },
    Builtin(
      "log_loss",
      [
        Parameter("y_true"), Parameter("y_proba", .optional(.none)), Parameter("normalize", .optional(.bool(true))),
        sampleWeightParameter, Parameter("labels", .optional(.none)),
        Parameter("y_pred", .optional(.none)),
      ],
      "Cross-entropy: the mean of −ln p(true class), p clipped to [eps, 1 − eps] (scikit-learn's).",
      details: """
        y_proba: one column per class (classes in sorted order, from y_true or labels=), or for two classes \
        the probability of the larger one. sample_weight weights the mean; normalize=False sums instead. \
        y_pred is y_proba's old name.
        Example: log_loss(y, model_probabilities, labels=[0, 1, 2])
        """
    ) { c throws(TesselError) in
      let name = c.isGiven("y_proba") ? "y_proba" : "y_pred"
      guard c.isGiven(name) else { throw c.bad("y_proba", expected: "probabilities", got: "nothing") }
      let y = try labels(c, "y_true")
      let proba = try c.tensor(name)
      guard proba.ndim == 1 || proba.ndim == 2 else {
        throw c.bad(name, expected: "a 1-d or 2-d tensor of probabilities", got: "shape \(proba.shapeDescription)")
      }
      let p = try probabilities(c, name)
      let n = proba.ndim == 1 ? p.count : proba.shape[0]
      try consistent(c, y.count, n, "y_true", name)
      let weights = try sampleWeights(c, count: y.count, averaged: try c.bool("normalize"))
      let given = c.isGiven("labels") ? try labels(c, "labels") : nil
      let classes = Set(given ?? y).sorted()
      if let given, let stray = Set(y).subtracting(given).sorted().first {
        throw c.bad(
          "labels", expected: "every label of y_true", got: "no \(Repr.repr(stray.value))", kind: "ValueError")
      }
      guard classes.count >= 2 else {
        throw TesselError(
          "ValueError",
          given == nil
            ? "log_loss: y_true contains only one label (\(Repr.repr(classes.first?.value ?? .none))); pass all the classes with labels="
            : "log_loss: labels must hold at least two classes", at: c.range)
      }
      let columns = proba.ndim == 1 ? 2 : proba.shape[1]
      guard columns == classes.count else {
        throw TesselError(
          "ValueError",
          "log_loss: \(given == nil ? "y_true" : "labels") has \(classes.count) classes but y_proba has \(columns) columns\(given == nil ? "; pass all the classes with labels=" : "")",
          at: c.range)
      }
      // One column for two classes is the larger class's probability: rows [1 − p, p].
      let rows = proba.ndim == 1 ? p.flatMap { [1 - $0, $0] } : p
      let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
      return .number(
        ProbabilisticMetrics.logLoss(
          trueClass: y.map { index[$0]! }, probabilities: rows, classes: columns, weights: weights,
          normalize: try c.bool("normalize")))
    },
    Builtin(
      "brier_score_loss",
      [Parameter("y_true"), Parameter("y_proba"), Parameter("pos_label", .optional(.none)), sampleWeightParameter],
      "The mean squared difference between the outcome (1 or 0) and its predicted probability.",
      details: "Example: brier_score_loss(y, p_hat)"
    ) { c throws(TesselError) in
      let positive = try positives(c, "y_true")
      let p = try probabilities(c, "y_proba")
      try consistent(c, positive.count, p.count, "y_true", "y_proba")
      return .number(
        ProbabilisticMetrics.brier(positive, p, weights: try sampleWeights(c, count: positive.count)))
    },
    Builtin(
      "calibration_curve",
      [
        Parameter("y_true"), Parameter("y_prob"), Parameter("pos_label", .optional(.none)),
        Parameter("n_bins", .optional(.number(5))), Parameter("strategy", .optional(.string("uniform"))),
      ],
      "(prob_true, prob_pred): the fraction of positives and the mean prediction in each non-empty bin.",
      details:
        "strategy 'uniform' cuts [0, 1] evenly, 'quantile' at the predictions' percentiles; a value on an edge goes to the lower bin.\nExample: frac_pos, mean_pred = calibration_curve(y, p_hat, n_bins=10)"
    ) { c throws(TesselError) in
      let positive = try positives(c, "y_true")
      let p = try probabilities(c, "y_prob")
      try consistent(c, positive.count, p.count, "y_true", "y_prob")
      let bins = try c.integer("n_bins")
      guard bins >= 1 else {
        throw c.bad("n_bins", expected: "a positive number of bins", got: "\(bins)", kind: "ValueError")
      }
      let strategy = try c.string("strategy")
      var edges: [Double]? = nil
      switch strategy {
      case "uniform": break
      case "quantile":
        var sorted = p
        Tensor.sortValues(&sorted)
        let qs = CreateBuiltins.linspace(0, 1, bins + 1, endpoint: true).map { $0 * 100 / 100 }
        edges = Tensor.quantiles(ofSorted: sorted, qs)
      default: throw c.bad("strategy", expected: "'uniform' or 'quantile'", got: "'\(strategy)'", kind: "ValueError")
      }
      let r = ProbabilisticMetrics.calibration(positive, p, bins: bins, quantile: strategy == "quantile", edges: edges)
      return .tuple([.tensor(Tensor(r.fractionPositive)), .tensor(Tensor(r.meanPredicted))])
    },
  ]
}
