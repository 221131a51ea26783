"""Nothing a user types can stop the v2 engine: corpus programs mutated at random (deleted spans, inserted
tokens, duplicated fragments) either run or stop with a Python error, never a crash. Seeded, so a failure
reproduces; `python Tests/python/test_v2_fuzz.py SEED N` runs a longer campaign."""
import pathlib
import random
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
TESSEL = ROOT / ".build" / "release" / "tessel"
TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "lambda", "yield", "*", "**", "'", '"', "f'{", "}", "\\",
          "\n", "    ", "class ", "def ", "for ", "in ", "if ", "else", "not ", "%", "@", "...", "0x", "1e", "j",
          "\t", "#", "$", "?", "await ", "nonlocal x", "global y", "del ", "import ", "try:", "except:",
          "finally:", "with ", "raise ", "return", "1/0", "[]*", "{}[0]", "b'", "r'", "\x00", "é", "😀",
          "10**30", "-2**63", "range(2**62)", "*a", "**k"]


def mutate(rng, text):
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randrange(len(chars) + 1)
        if op < 0.4 and chars:
            del chars[min(pos, len(chars) - 1):min(pos + rng.randint(1, 20), len(chars))]
        elif op < 0.8:
            chars[pos:pos] = list(rng.choice(TOKENS))
        else:
            a = rng.randrange(len(chars))
            chars[pos:pos] = chars[a:min(len(chars), a + rng.randint(1, 60))]
    return "".join(chars)


def campaign(seed, n, workdir):
    rng = random.Random(seed)
    texts = [p.read_text() for p in sorted((ROOT / "Tests" / "corpus").glob("*.py"))]
    crashes = []
    for k in range(n):
        src = mutate(rng, rng.choice(texts))
        path = pathlib.Path(workdir) / f"case_{k}.py"
        path.write_text(src)
        try:
            p = subprocess.run([str(TESSEL), "run", str(path)], capture_output=True, timeout=5,
                               stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            continue  # a mutation can make a loop endless; that is not a crash
        if p.returncode not in (0, 1):
            crashes.append((path, p.returncode, p.stderr.decode(errors="replace")[-500:]))
        else:
            path.unlink()
    return crashes


def test_mutated_programs_never_crash(tmp_path):
    crashes = campaign(seed=12, n=120, workdir=tmp_path)
    assert not crashes, crashes[:3]


if __name__ == "__main__":
    import tempfile
    found = campaign(int(sys.argv[1]), int(sys.argv[2]), tempfile.mkdtemp())
    print(len(found), "crashes", *found[:5], sep="\n")
