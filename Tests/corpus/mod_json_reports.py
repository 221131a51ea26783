# json.dumps for experiment reports: indentation, sorted keys, separators, escapes, special floats, errors.
import json
import numpy as np

metrics = {"model": "logreg", "accuracy": 0.9125, "loss": 0.21, "epochs": 20, "classes": ["cat", "dog"],
           "params": {"C": 1.0, "penalty": "l2", "tol": 1e-4}, "converged": True, "notes": None}
print(json.dumps(metrics))
print(json.dumps(metrics, indent=2))
print(json.dumps(metrics, sort_keys=True, indent="\t"))
print(json.dumps(metrics["params"], separators=(",", ":")), json.dumps([1, [2, [3, []]], {}], indent=1))
print(json.dumps({"text": 'quote " backslash \\ newline \n tab \t', "unicode": "café 日本 😀"}))
print(json.dumps({"unicode": "café 日本 😀"}, ensure_ascii=False), json.dumps("\x00\x1f\x7f"))
print(json.dumps([float("inf"), float("-inf"), float("nan"), -0.0, 1e16, 1e-7, 2 ** 70, 0.1 + 0.2]))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(False), json.dumps(np.float64(0.25)))
scores = np.array([0.5, 0.75])
print(json.dumps({"scores": scores.tolist(), "mean": float(scores.mean()), "best": int(scores.argmax())}))
for bad in [{"a": {1, 2}}, [np.int64(3)], {(1, 2): "tuple key"}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
