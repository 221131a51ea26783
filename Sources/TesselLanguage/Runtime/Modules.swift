/// The modules pasted NumPy/SciPy/scikit-learn code imports, as namespaces over the same builtins.
///
/// A module lists member names; members not (yet) in the registry are left out, so a module grows as
/// builtins are added.
enum Modules {
  static let members: [String: [String]] = [
    "numpy": [
      "array", "asarray", "zeros", "ones", "full", "eye", "identity", "arange", "linspace", "zeros_like", "ones_like",
      "full_like", "diag", "reshape", "transpose", "concatenate", "stack", "hstack", "vstack", "flatten", "ravel",
      "squeeze", "expand_dims", "tril", "triu", "where", "exp", "log", "log2", "log10", "log1p", "expm1", "sqrt",
      "square", "abs", "absolute", "sin", "cos", "tan", "tanh", "arctan", "clip", "maximum", "minimum", "sign",
      "floor", "ceil", "round", "isnan", "isfinite", "isinf", "sum", "mean", "var", "std", "median", "quantile",
      "percentile", "min", "max", "amin", "amax", "argmin", "argmax", "cumsum", "cumprod", "prod", "all", "any",
      "sort", "argsort", "unique", "bincount", "histogram", "cov", "corrcoef", "dot", "matmul", "outer", "inner",
      "trace", "allclose", "isclose", "array_equal", "copy", "logical_and", "logical_or", "logical_not",
      "count_nonzero", "nonzero", "diff", "power", "add", "subtract", "multiply", "divide", "pi", "e", "inf", "nan",
      "newaxis", "shape", "ndim", "size", "float64", "mean_squared_error", "nanmean", "nansum", "ptp", "average",
      "searchsorted", "meshgrid", "repeat", "tile", "flip", "roll", "einsum", "vdot", "cross", "kron",
      "sinh", "cosh", "arcsin", "arccos", "arcsinh", "arccosh", "arctanh", "arctan2", "hypot", "exp2", "cbrt",
      "reciprocal", "negative", "sinc", "deg2rad", "rad2deg", "degrees", "radians", "trunc", "fix", "rint", "around",
      "round_", "signbit", "copysign", "heaviside", "logaddexp", "fmax", "fmin", "true_divide", "floor_divide", "mod",
      "remainder", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_xor", "nanprod",
      "nanmax", "nanmin", "nanargmax", "nanargmin", "nanvar", "nanstd", "nanmedian", "nanquantile", "nanpercentile",
      "column_stack", "swapaxes", "moveaxis", "atleast_1d", "atleast_2d", "broadcast_to", "split", "array_split",
      "empty", "empty_like", "logspace", "argwhere", "digitize", "interp", "polyfit", "polyval", "convolve",
      "gradient", "trapezoid", "trapz", "unravel_index", "nan_to_num", "int64", "float32", "int32", "bool_",
    ],
    "numpy.linalg": [
      "inv", "pinv", "solve", "det", "slogdet", "eig", "eigh", "eigvals", "eigvalsh", "svd", "qr", "cholesky", "lstsq",
      "norm", "matrix_rank", "matrix_power", "trace", "LinAlgError", "cond", "multi_dot",
    ],
    "numpy.random": [
      "seed", "rand", "randn", "normal", "uniform", "integers", "randint", "choice", "permutation", "shuffle",
      "binomial", "poisson", "exponential", "random",
    ],
    "scipy": [],
    "scipy.stats": [
      "ttest_1samp", "ttest_ind", "ttest_rel", "chi2_contingency", "kstest", "ks_1samp", "ks_2samp", "mannwhitneyu",
      "pearsonr",
      "spearmanr", "bootstrap", "permutation_test", "entropy", "norm", "t", "chi2", "binom", "poisson", "uniform",
      "expon", "beta", "gamma", "f", "describe", "zscore", "sem",
    ],
    "scipy.spatial": [],
    "scipy.spatial.distance": ["jensenshannon"],
    "statsmodels": [],
    "statsmodels.stats": [],
    "statsmodels.stats.proportion": ["proportions_ztest"],
    "statsmodels.stats.multitest": ["multipletests"],
    "sklearn": [],
    "sklearn.metrics": [
      "mean_squared_error", "root_mean_squared_error", "mean_absolute_error", "r2_score", "accuracy_score",
      "precision_score", "recall_score",
      "f1_score", "confusion_matrix", "roc_auc_score", "roc_curve", "log_loss", "brier_score_loss",
    ],
    "sklearn.calibration": ["calibration_curve"],
    "sklearn.model_selection": ["train_test_split"],
    "math": [
      "sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "tanh", "floor", "ceil", "pi", "e",
      "inf", "nan", "isnan", "isfinite", "isinf", "fabs",
    ],
    "time": ["perf_counter", "time", "sleep"],
  ]

  /// Namespaces bound in every cell without an import.
  static let preBound: [String: String] = ["np": "numpy", "stats": "scipy.stats", "metrics": "sklearn.metrics"]

  static func build(_ prelude: [String: Value]) -> [String: Namespace] {
    var modules: [String: Namespace] = [:]
    // Deepest first, so a parent can hold its children.
    for path in members.keys.sorted(by: { $0.split(separator: ".").count > $1.split(separator: ".").count }) {
      var table: [String: Value] = [:]
      for name in members[path]! {
        if let v = aliasTargets[name].flatMap({ prelude[$0] }) ?? prelude[name] { table[name] = v }
      }
      for (childPath, child) in modules where childPath.hasPrefix(path + ".") {
        let rest = childPath.dropFirst(path.count + 1)
        if !rest.contains(".") { table[String(rest)] = .namespace(child) }
      }
      modules[path] = Namespace(path, table)
    }
    return modules
  }

  /// Module members that are another builtin under NumPy's or Python's other name.
  static let aliasTargets: [String: String] = [
    "absolute": "abs", "fabs": "abs", "amin": "min", "amax": "max", "asarray": "array", "ravel": "flatten",
    "identity": "eye", "randint": "integers", "random": "rand", "degrees": "rad2deg", "radians": "deg2rad",
    "fix": "trunc", "rint": "round", "around": "round", "round_": "round", "true_divide": "divide", "remainder": "mod",
    "trapz": "trapezoid", "float64": "float", "float32": "float", "int64": "int", "int32": "int", "bool_": "bool",
  ]

  static func namespace(_ path: String, registry: BuiltinRegistry, at r: SourceRange) throws(TesselError) -> Namespace {
    if let m = registry.modules[path] { return m }
    let known = registry.modules.keys.filter { !$0.contains(".") || $0.hasPrefix("numpy") }.sorted()
    var message = "No module named '\(path)'"
    if let s = Suggest.closest(to: path, among: Array(registry.modules.keys)) {
      message += ". Did you mean: '\(s)'?"
    } else {
      message += "."
    }
    message += " Tessel has: \(known.joined(separator: ", ")) and their submodules"
    throw TesselError("ModuleNotFoundError", message, at: r)
  }

  static func submodule(_ path: String, _ registry: BuiltinRegistry) -> Value? {
    registry.modules[path].map(Value.namespace)
  }
}
