"""The libraries' answers against the default engine: Tests/fixtures/numpy.json (written from
the pinned NumPy by Tests/fixtures/make_numpy_fixtures.py) and scipy.json (SciPy, scikit-learn and statsmodels,
by make_scipy_fixtures.py). Every expression runs in one `tessel run` program per document over the same inputs,
with the generator's own imports and helpers; each result must equal the library's within the fixture suite's
tolerance (|a - b| <= 1e-12 + 1e-9 |b|, or the case's stated rtol), with the library's shape.

numpy_not_yet.txt and scipy_not_yet.txt list the expressions whose names the engine does not have yet. They are
a ratchet, not a waiver: each listed expression must still fail with an error (so it is never a silent wrong
answer), and once one passes the test asks for it to come off the list."""
import json
import math
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "fixtures"
TESSEL = ROOT / ".build" / "release" / "tessel"
DOCUMENTS = ["numpy", "scipy"]

# The names make_scipy_fixtures.py evaluates its expressions with, and its `psi` (plain Python over NumPy).
SCIPY_IMPORTS = [
    "from scipy import stats",
    "from scipy.spatial.distance import jensenshannon",
    "from sklearn import metrics",
    "from sklearn.calibration import calibration_curve",
    "from statsmodels.stats.multitest import multipletests",
    "from statsmodels.stats.proportion import proportions_ztest",
]
# Each import on its own: a module the engine lacks fails only the expressions that use it.
SCIPY_PRELUDE = "".join(f"try:\n    {line}\nexcept ImportError:\n    pass\n" for line in SCIPY_IMPORTS)


def scipy_psi_source():
    source = (ROOT / "Tests" / "fixtures" / "make_scipy_fixtures.py").read_text()
    start = source.index("def psi(")
    return source[start:source.index("\n\n\n", start)] + "\n"

HELPER = '''import numpy as np
def _flat(r, fields=None):
    if fields is not None:
        return ["R"] + [_flat(getattr(r, f)) for f in fields]
    if isinstance(r, np.ndarray):
        return [list(r.shape), [float(v) for v in r.ravel().tolist()]]
    if hasattr(r, "__iter__"):
        return ["T"] + [_flat(x) for x in r]
    return [[], [float(r)]]
'''


def literal(x):
    if isinstance(x, str):
        return {"nan": "np.nan", "inf": "np.inf", "-inf": "-np.inf"}[x]
    return repr(float(x))


def program(doc, name):
    lines = [HELPER] + ([SCIPY_PRELUDE, scipy_psi_source()] if name == "scipy" else [])
    for name, v in doc["inputs"].items():
        dtype = ", dtype=bool" if v.get("dtype") == "bool" else ""
        data = ", ".join(literal(x) for x in v["data"])
        lines.append(f"{name} = np.array([{data}]{dtype}).reshape({tuple(v['shape'])})")
    for i, case in enumerate(doc["cases"]):
        lines += [
            "try:",
            f"    print({i}, 'OK', _flat({case['expression']}, {record_fields(case['expected'])!r}))",
            "except Exception as _e:",
            f"    print({i}, 'ERR', type(_e).__name__ + ': ' + str(_e).replace(chr(10), ' '))",
        ]
    return "\n".join(lines) + "\n"


def parse(printed):
    """A printed result: nested lists of floats, where nan and inf print bare."""
    return eval(printed, {"__builtins__": {}}, {"nan": math.nan, "inf": math.inf})


def record_fields(expected):
    return sorted(expected["record"]) if "record" in expected else None


def flatten(expected):
    if "record" in expected:
        return ["R"] + [flatten(expected["record"][f]) for f in sorted(expected["record"])]
    if "tuple" in expected:
        return ["T"] + [flatten(e) for e in expected["tuple"]]
    data = [float(x) if not isinstance(x, str) else float(x.replace("inf", "Infinity")) for x in expected["data"]]
    return [expected["shape"], data]


def mismatch(got, want, rtol=None):
    if want and want[0] in ("T", "R"):
        if not got or got[0] != want[0] or len(got) != len(want):
            return f"expected a tuple of {len(want) - 1}, got {got!r:.200}"
        for g, w in zip(got[1:], want[1:]):
            m = mismatch(g, w, rtol)
            if m:
                return m
        return None
    if not got or got[0] in ("T", "R"):
        return f"expected an array, got {got!r:.200}"
    (gshape, gdata), (wshape, wdata) = got, want
    if list(gshape) != list(wshape):
        return f"shape {gshape} != the library's {wshape}"
    for k, (a, b) in enumerate(zip(gdata, wdata)):
        if math.isnan(b) and math.isnan(a):
            continue
        if a == b:
            continue
        if math.isnan(a) or math.isnan(b) or math.isinf(b) or not close(a, b, rtol):
            return f"element {k}: {a!r} != the library's {b!r}"
    return None


def close(a, b, rtol):
    """|a - b| <= 1e-12 + 1e-9 |b|, or within the case's rtol (1e-8 of a tiny b; nothing below 1e-300)."""
    if rtol is not None:
        return abs(a - b) <= max((max(rtol, 1e-8) if abs(b) < 1e-15 else rtol) * abs(b), 1e-300)
    return abs(a - b) <= 1e-12 + 1e-9 * abs(b)


def run_document(name, directory, specialise=True):
    doc = json.loads((FIXTURES / f"{name}.json").read_text())
    path = directory / f"{name}_fixtures.py"
    path.write_text(program(doc, name))
    flags = [] if specialise else ["--no-specialise"]
    p = subprocess.run([str(TESSEL), "run", *flags, path.name], cwd=directory, capture_output=True, timeout=600)
    assert p.returncode == 0, p.stderr.decode()[-3000:]
    results = {}
    for line in p.stdout.decode().splitlines():
        index, status, rest = line.split(" ", 2)
        results[int(index)] = (status, rest)
    return doc, results


def not_yet(name):
    path = pathlib.Path(__file__).with_name(f"{name}_not_yet.txt")
    return {l for l in path.read_text().splitlines() if l.strip() and not l.startswith("#")}


def problems(doc, results, listed):
    failures, now_passing = [], []
    for i, case in enumerate(doc["cases"]):
        expr = case["expression"]
        status, rest = results.get(i, ("ERR", "no output"))
        problem = mismatch(parse(rest), flatten(case["expected"]), case.get("rtol")) if status == "OK" else rest
        if expr in listed:
            if problem is None:
                now_passing.append(expr)
            elif status == "OK":
                failures.append(f"{expr}: listed as not yet, but computes a different answer: {problem}")
            continue
        if problem is not None:
            failures.append(f"{expr}: {problem}")
    return failures, now_passing


@pytest.mark.parametrize("specialise", [True, False], ids=["specialised", "unspecialised"])
@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_expression_matches_the_library_or_is_listed_as_not_yet(name, specialise, tmp_path):
    """Both ways the engine runs: with its specialised paths and with them switched off (`--no-specialise`)."""
    doc, results = run_document(name, tmp_path, specialise)
    listed = not_yet(name)
    assert listed <= {c["expression"] for c in doc["cases"]}, "the list names expressions the fixture lacks"
    failures, now_passing = problems(doc, results, listed)
    assert not failures, "\n".join(failures)
    assert not now_passing, f"these pass now; take them off {name}_not_yet.txt:\n" + "\n".join(now_passing)
