"""Constructs Tessel does not support stop with a named error at their line and column, never silently.

Each program in Tests/corpus_unsupported says in its header what Tessel must print last (`# expect:` or
`# expect-prefix:`) and where (`# at: line L, column C`). These messages are Tessel's own, so they are written
in the files; CPython runs the programs without error."""
import pathlib
import re
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "Tests" / "corpus_unsupported").glob("*.py"))
TESSEL = ROOT / ".build" / "release" / "tessel"


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_named_error_with_position(path):
    header = path.read_text().splitlines()[:3]
    expect = next((l.split(": ", 1)[1] for l in header if l.startswith("# expect")), None)
    prefix = header[0].startswith("# expect-prefix:")
    at = next(re.search(r"line (\d+), column (\d+)", l) for l in header if l.startswith("# at:"))
    p = subprocess.run([str(TESSEL), "run", path.name], cwd=path.parent, capture_output=True, timeout=60)
    assert p.returncode == 1
    lines = [l for l in p.stderr.decode().splitlines() if l.strip()]
    assert lines, "no error printed"
    if prefix:
        assert lines[-1].startswith(expect), lines[-1]
    else:
        assert lines[-1] == expect
    places = [l for l in lines if l.strip().startswith("Cell ")]
    assert places, "no position in the traceback"
    assert f"line {at.group(1)}, column {at.group(2)}" in places[-1], places[-1]
    # A caret under the span.
    assert any(set(l.strip()) == {"^"} for l in lines)


def counted_runs(prog):
    """`prog` run with its counters, specialised and not; both must print the same."""
    on = subprocess.run([str(TESSEL), "run", "--counters", prog.name], cwd=prog.parent, capture_output=True)
    off = subprocess.run(
        [str(TESSEL), "run", "--counters", "--no-specialise", prog.name], cwd=prog.parent, capture_output=True)
    assert on.stdout == off.stdout
    return on, off


def test_specialised_paths_ran(tmp_path):
    """The fast forms run where they should: counters from a specialised run are non-zero, and a run with
    specialisations off takes none of them and prints the same."""
    prog = tmp_path / "calls.py"
    prog.write_text(
        "def step(x, acc):\n"
        "    if x % 3 == 0:\n"
        "        return acc + x\n"
        "    return acc - 1\n"
        "acc = 0\n"
        "for i in range(5000):\n"
        "    acc = step(i, acc)\n"
        "print(acc)\n")
    on, off = counted_runs(prog)
    count = lambda out, name: int(re.search(rf"^{name} (\d+)$", out.decode(), re.M).group(1))
    for name in ["plainCalls", "arithmetic", "comparisons"]:
        assert count(on.stderr, name) > 1000, name
        assert count(off.stderr, name) == 0, name
    vec = ROOT / "bench" / "programs" / "vector_class.py"
    on = subprocess.run([str(TESSEL), "run", "--counters", vec.name], cwd=vec.parent, capture_output=True)
    assert count(on.stderr, "attributeHits") > 1000
    assert count(on.stderr, "plainConstructions") > 1000
    rich = ROOT / "bench" / "programs" / "richards.py"
    on = subprocess.run([str(TESSEL), "run", "--counters", rich.name], cwd=rich.parent, capture_output=True)
    assert count(on.stderr, "methodHits") > 1000
    # `self.x` reads the instance where the frame holds it (the value layout SlotPeek measures holds here).
    assert count(on.stderr, "borrowedReads") > 1000
    spectral = ROOT / "bench" / "programs" / "spectral_norm.py"
    on, off = counted_runs(spectral)
    assert count(on.stderr, "inlineStreams") > 1000
    assert count(off.stderr, "inlineStreams") == 0
    # Its inner sums run in the numeric tier, with eval_A inlined.
    assert count(on.stderr, "numericLoops") > 1000
    assert count(off.stderr, "numericLoops") == 0
    # The numeric tier runs each idiom of a loop over array elements, and hands back where Python must decide.
    for name in ["matmul_loops", "dot_range_len", "monte_carlo"]:
        prog = ROOT / "bench" / "programs" / f"{name}.py"
        on, off = counted_runs(prog)
        assert count(on.stderr, "numericLoops") >= 1, name
        assert count(on.stderr, "numericHandBacks") == 0, name
        assert count(off.stderr, "numericLoops") == 0, name
    corpus = ROOT / "Tests" / "corpus"
    # `xs[a:b]` with int bounds makes no slice object; `reversed(range(...))` counts down in a machine integer.
    prog = corpus / "slices_and_reversed_ranges.py"
    on, off = counted_runs(prog)
    assert count(on.stderr, "plainSlices") >= 20
    assert count(on.stderr, "rangeLoops") >= 8
    assert count(off.stderr, "plainSlices") == 0
    # A generator's loops that hold no `yield` run as in any function, numeric tier included.
    prog = corpus / "generators_with_plain_inner_statements.py"
    on, off = counted_runs(prog)
    assert count(on.stderr, "numericLoops") >= 10
    assert count(off.stderr, "numericLoops") == 0
    on = subprocess.run(
        [str(TESSEL), "run", "--counters", "numeric_tier_handback.py"], cwd=corpus, capture_output=True)
    assert count(on.stderr, "numericHandBacks") >= 10
    # Loops with break/continue, number-function calls, powers, walks over items and over unpacked items enter the
    # tier (each
    # program's loops, counted when this was written).
    for name, loops in [("numeric_tier_jumps", 17), ("numeric_tier_calls", 24), ("numeric_tier_items", 12),
                        ("numeric_tier_inlining", 9), ("numeric_tier_sums", 100),
                        ("numeric_tier_rows", 24), ("numeric_tier_bools", 8),
                        ("numeric_tier_enumerate_start", 5), ("numeric_tier_append", 7),
                        ("numeric_tier_comprehensions", 14), ("numeric_tier_walks", 8)]:
        on = subprocess.run([str(TESSEL), "run", "--counters", f"{name}.py"], cwd=corpus, capture_output=True)
        assert count(on.stderr, "numericLoops") >= loops, name
    # Recursive functions of ints run whole on machine integers, and leave it to the generic engine where Python
    # must decide (big ints, errors, the recursion limit); with specialisation off they never do.
    for name, calls in [("integer_recursion", 12)]:
        on, off = counted_runs(corpus / f"{name}.py")
        assert count(on.stderr, "integerCalls") >= calls, name
        assert count(off.stderr, "integerCalls") == 0, name
    fib = ROOT / "bench" / "programs" / "fib.py"
    on = subprocess.run([str(TESSEL), "run", "--counters", fib.name], cwd=fib.parent, capture_output=True)
    assert count(on.stderr, "integerCalls") == 1 and count(on.stderr, "plainCalls") == 1


def test_traceback_places_match_cpython(tmp_path):
    """A traceback lists the same places as CPython's, in order (line and function), through calls, generators
    resumed by `for`, `list()` and `yield from`, an inlined generator expression and a comprehension."""
    import sys
    prog = tmp_path / "places.py"
    prog.write_text(
        "def gen(n):\n"
        "    for i in range(n):\n"
        "        if i == 2:\n"
        "            raise ValueError('bad')\n"
        "        yield i\n"
        "\n"
        "def inner():\n"
        "    yield from gen(5)\n"
        "\n"
        "def consume(k):\n"
        "    if k == 2:\n"
        "        return [1 / (x - 1) for x in range(3)]\n"
        "    if k:\n"
        "        return list(inner())\n"
        "    return sum(x for x in gen(4))\n"
        "\n"
        "try:\n"
        "    consume(K)\n"
        "except ValueError:\n"
        "    pass\n"
        "for x in gen(3):\n"
        "    consume(0)\n")
    text = prog.read_text()
    for k in ["2", "1", "0"]:
        prog.write_text(text.replace("consume(K)", f"consume({k})"))
        py = subprocess.run([sys.executable, prog.name], cwd=tmp_path, capture_output=True, timeout=60)
        ts = subprocess.run([str(TESSEL), "run", prog.name], cwd=tmp_path, capture_output=True, timeout=60)
        expected = re.findall(r'line (\d+), in (\S+)', py.stderr.decode())
        got = [(m[0], m[1] or "<module>") for m in re.findall(r"line (\d+), column \d+(?:, in (\S+))?",
                                                                ts.stderr.decode())]
        assert expected and got == expected, (ts.stderr.decode(), py.stderr.decode())
