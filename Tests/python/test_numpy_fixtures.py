"""NumPy's answers (Tests/TesselLanguageTests/Fixtures/numpy.json, written from the pinned NumPy by
Tests/fixtures/make_numpy_fixtures.py) against the default engine: every expression runs in one `tessel run`
program over the same inputs, and each result must equal NumPy's within |a - b| <= 1e-12 + 1e-9 |b| (the
fixture suite's tolerance), with NumPy's shape.

NOT_YET lists the expressions whose names the engine does not have yet. It is a ratchet, not a waiver: each
listed expression must still fail with an error naming what is missing (so it is never a silent wrong answer),
and once one passes the test asks for it to come off the list."""
import json
import math
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "Tests" / "TesselLanguageTests" / "Fixtures" / "numpy.json"
TESSEL = ROOT / ".build" / "release" / "tessel"
NOT_YET_FILE = pathlib.Path(__file__).with_name("numpy_not_yet.txt")

HELPER = '''import numpy as np
def _flat(r):
    if isinstance(r, np.ndarray):
        return [list(r.shape), [float(v) for v in r.ravel().tolist()]]
    if isinstance(r, (tuple, list)):
        return ["T"] + [_flat(x) for x in r]
    return [[], [float(r)]]
'''


def literal(x):
    if isinstance(x, str):
        return {"nan": "np.nan", "inf": "np.inf", "-inf": "-np.inf"}[x]
    return repr(float(x))


def program(doc):
    lines = [HELPER]
    for name, v in doc["inputs"].items():
        dtype = ", dtype=bool" if v.get("dtype") == "bool" else ""
        data = ", ".join(literal(x) for x in v["data"])
        lines.append(f"{name} = np.array([{data}]{dtype}).reshape({tuple(v['shape'])})")
    for i, case in enumerate(doc["cases"]):
        lines += [
            "try:",
            f"    print({i}, 'OK', _flat({case['expression']}))",
            "except Exception as _e:",
            f"    print({i}, 'ERR', type(_e).__name__ + ': ' + str(_e).replace(chr(10), ' '))",
        ]
    return "\n".join(lines) + "\n"


def parse(printed):
    """A printed result: nested lists of floats, where nan and inf print bare."""
    return eval(printed, {"__builtins__": {}}, {"nan": math.nan, "inf": math.inf})


def flatten(expected):
    if "tuple" in expected:
        return ["T"] + [flatten(e) for e in expected["tuple"]]
    data = [float(x) if not isinstance(x, str) else float(x.replace("inf", "Infinity")) for x in expected["data"]]
    return [expected["shape"], data]


def mismatch(got, want):
    if want and want[0] == "T":
        if not got or got[0] != "T" or len(got) != len(want):
            return f"expected a tuple of {len(want) - 1}, got {got!r:.200}"
        for g, w in zip(got[1:], want[1:]):
            m = mismatch(g, w)
            if m:
                return m
        return None
    if not got or got[0] == "T":
        return f"expected an array, got {got!r:.200}"
    (gshape, gdata), (wshape, wdata) = got, want
    if list(gshape) != list(wshape):
        return f"shape {gshape} != NumPy's {wshape}"
    for k, (a, b) in enumerate(zip(gdata, wdata)):
        if math.isnan(b) and math.isnan(a):
            continue
        if a == b:
            continue
        if math.isnan(a) or math.isnan(b) or math.isinf(b) or abs(a - b) > 1e-12 + 1e-9 * abs(b):
            return f"element {k}: {a!r} != NumPy's {b!r}"
    return None


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    doc = json.loads(FIXTURE.read_text())
    path = tmp_path_factory.mktemp("fixtures") / "numpy_fixtures.py"
    path.write_text(program(doc))
    p = subprocess.run([str(TESSEL), "run", path.name], cwd=path.parent, capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr.decode()[-3000:]
    results = {}
    for line in p.stdout.decode().splitlines():
        index, status, rest = line.split(" ", 2)
        results[int(index)] = (status, rest)
    return doc, results


def not_yet():
    return {l for l in NOT_YET_FILE.read_text().splitlines() if l.strip() and not l.startswith("#")}


def test_every_expression_matches_numpy_or_is_listed_as_not_yet(outcome):
    doc, results = outcome
    listed = not_yet()
    failures, now_passing = [], []
    for i, case in enumerate(doc["cases"]):
        expr = case["expression"]
        status, rest = results.get(i, ("ERR", "no output"))
        problem = mismatch(parse(rest), flatten(case["expected"])) if status == "OK" else rest
        if expr in listed:
            if problem is None:
                now_passing.append(expr)
            elif status == "OK":
                failures.append(f"{expr}: listed as not yet, but computes a different answer: {problem}")
            continue
        if problem is not None:
            failures.append(f"{expr}: {problem}")
    assert not failures, "\n".join(failures)
    assert not now_passing, "these pass now; take them off numpy_not_yet.txt:\n" + "\n".join(now_passing)


def test_not_yet_list_names_only_fixture_expressions(outcome):
    doc, _ = outcome
    expressions = {c["expression"] for c in doc["cases"]}
    assert not_yet() <= expressions
