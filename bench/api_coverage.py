"""Which public names of the libraries Tessel mirrors it has, and which it still lacks: read from the modules
themselves (`dir()` under the pinned CPython venv and under Tessel), not from memory.

    .venv/bin/python bench/api_coverage.py [--all] [--seeds ../shared/seeds]

Prints a Markdown table per module (names the library has, names Tessel has, names missing), then the
missing names that the curriculum's seed documents mention as words (the exercises' own vocabulary: `eig`,
`logsumexp`, `cov`, ...), then, with --all, every missing name.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
TESSEL = ROOT / ".build/release/tessel"

# (label, import statement, expression whose dir() is listed)
MODULES = [
    ("numpy", "import numpy", "numpy"),
    ("numpy.ndarray", "import numpy", "numpy.ndarray"),
    ("numpy.linalg", "import numpy.linalg", "numpy.linalg"),
    ("numpy.random", "import numpy.random", "numpy.random"),
    ("numpy.random.Generator", "import numpy", "numpy.random.default_rng(0)"),
    ("scipy.stats", "import scipy.stats", "scipy.stats"),
    ("scipy.special", "import scipy.special", "scipy.special"),
    ("scipy.optimize", "import scipy.optimize", "scipy.optimize"),
    ("sklearn.metrics", "import sklearn.metrics", "sklearn.metrics"),
    ("math", "import math", "math"),
    ("random", "import random", "random"),
    ("statistics", "import statistics", "statistics"),
    ("collections", "import collections", "collections"),
    ("itertools", "import itertools", "itertools"),
    ("functools", "import functools", "functools"),
]

PROBE = """
import json
out = {}
%s
print(json.dumps(out))
"""


def probe_source():
    parts = []
    for label, imp, expr in MODULES:
        parts.append(
            "try:\n    %s\n    out[%r] = sorted(n for n in dir(%s) if not n.startswith('_'))\n"
            "except Exception as e:\n    out[%r] = None\n" % (imp, label, expr, label)
        )
    return PROBE % "".join(parts)


def names_under(command, tmp):
    script = tmp / "api_probe.py"
    script.write_text(probe_source())
    done = subprocess.run(command + [str(script)], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        sys.exit("probe failed under %s:\n%s" % (command[0], done.stderr))
    return json.loads(done.stdout.strip().splitlines()[-1])


def seed_words(folder):
    words = set()
    if folder.is_dir():
        for f in folder.iterdir():
            words |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", f.read_text(errors="replace")))
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="list every missing name")
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared/seeds"))
    args = ap.parse_args()
    tmp = pathlib.Path("/tmp")
    real = names_under([sys.executable], tmp)
    ours = names_under([str(TESSEL), "run"], tmp)
    words = seed_words(pathlib.Path(args.seeds))
    print("| module | library names | Tessel has | missing |")
    print("|---|---|---|---|")
    missing = {}
    for label, _, _ in MODULES:
        lib = set(real.get(label) or [])
        have = set(ours.get(label) or []) & lib
        missing[label] = sorted(lib - have)
        print("| %s | %d | %d | %d |" % (label, len(lib), len(have), len(missing[label])))
    print()
    print("Missing names that the seed documents mention (%s):" % args.seeds)
    print()
    for label, _, _ in MODULES:
        hits = [n for n in missing[label] if n in words and len(n) > 2]
        if hits:
            print("- %s: %s" % (label, ", ".join("`%s`" % n for n in hits)))
    if args.all:
        print()
        for label, _, _ in MODULES:
            print("- %s (%d): %s" % (label, len(missing[label]), " ".join(missing[label])))


if __name__ == "__main__":
    main()
