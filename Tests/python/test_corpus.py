"""The differential corpus: every program in Tests/corpus runs under the pinned CPython (+ NumPy) and under
`tessel run`, specialised and not; stdout must be byte-identical, and a program that fails must fail in
both with the same last line (`Kind: message`). Expected output is CPython's, produced here, never typed."""
import os
import pathlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "Tests" / "corpus"
TESSEL = ROOT / ".build" / "release" / "tessel"
PROGRAMS = sorted(CORPUS.glob("*.py"))


def run(argv, cwd, hash_seed=None):
    env = dict(os.environ)
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = str(hash_seed)
    p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=120, env=env)
    return p.returncode, p.stdout, p.stderr


@pytest.fixture(scope="module")
def results():
    """Runs every program three ways, two at a time."""
    def all_runs(path):
        return (
            run([sys.executable, path.name], CORPUS, hash_seed=0),
            run([str(TESSEL), "run", path.name], CORPUS),
            run([str(TESSEL), "run", "--no-specialise", path.name], CORPUS),
            run([sys.executable, path.name], CORPUS, hash_seed=1),
        )
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(PROGRAMS, pool.map(all_runs, PROGRAMS)))


def last_line(stderr):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def test_corpus_size():
    assert len(PROGRAMS) >= 200


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_same_output_as_cpython(results, path):
    (code, out, err), (tcode, tout, terr), (gcode, gout, gerr), (_, out_other_seed, _) = results[path]
    # A program whose output follows str hash order (a set of strings printed as is) differs between CPython runs.
    assert out == out_other_seed, "CPython's output depends on PYTHONHASHSEED: sort sets of strings before printing"
    assert tout.decode("utf-8", "replace") == out.decode("utf-8", "replace"), terr.decode("utf-8", "replace")[-2000:]
    assert (tcode == 0) == (code == 0), terr.decode("utf-8", "replace")[-2000:]
    if code != 0:
        assert last_line(terr) == last_line(err)
    assert gout == tout and gcode == tcode, "the unspecialised engine differs: " + gerr.decode("utf-8", "replace")[-2000:]


# The programs that sort, partition or compare into masks, run again with Tessel's vector code turned off
# (TESSEL_DISABLE_CPU_FEATURES, its counterpart of NumPy's NPY_DISABLE_CPU_FEATURES): with AVX2 off (the portable
# kernels) and with AVX-512 off (so an AVX-512 machine checks what an AVX2 one runs). Where NumPy's own result
# depends on the processor (the order of equal values after argsort or partition), the reference is NumPy with
# the same builds turned off: on every processor Tessel must print what NumPy prints on that processor.
PORTABLE = [p for p in PROGRAMS if any(word in p.stem for word in ("sort", "mask", "partition", "cpu_paths"))]
PATHS = {"AVX2": "X86_V3 X86_V4 AVX512_ICL AVX512_SPR", "AVX512": "X86_V4 AVX512_ICL AVX512_SPR"}


def test_portable_programs_exist():
    assert any("numpy" in p.stem for p in PORTABLE)


@pytest.mark.parametrize("feature", sorted(PATHS))
@pytest.mark.parametrize("path", PORTABLE, ids=lambda p: p.stem)
def test_portable_path_same_output(path, feature):
    env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=PATHS[feature], PYTHONHASHSEED="0")
    ref = subprocess.run([sys.executable, path.name], cwd=CORPUS, capture_output=True, timeout=120, env=env)
    env = dict(os.environ, TESSEL_DISABLE_CPU_FEATURES=feature)
    p = subprocess.run([str(TESSEL), "run", path.name], cwd=CORPUS, capture_output=True, timeout=120, env=env)
    assert p.stdout.decode("utf-8", "replace") == ref.stdout.decode("utf-8", "replace"), p.stderr.decode()[-2000:]
    assert (p.returncode == 0) == (ref.returncode == 0)
