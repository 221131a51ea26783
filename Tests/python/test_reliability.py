"""Nothing a user types can kill the kernel or leave it unstoppable: oversized arrays are NumPy's
MemoryError (or its ValueError for sizes no address can hold), interrupts stop any cell within
100 ms (or when the one BLAS call it is in returns), flat expressions of any length, shutdown
during BLAS, malformed requests, and a bounded recursion traceback."""
import json
import re
import time

import pytest
import zmq
from jupyter_client.manager import start_new_kernel

from conftest import KERNEL, collect, execute, shell_reply

# Each of these asks for far more memory than any machine has (np.histogram, np.random.choice and np.cov join when
# the v2 engine has them). NumPy raises MemoryError, or ValueError
# ("array is too big") when the byte count overflows; Tessel must too, and live on.
OVERSIZED = [
    ("np.zeros((10**6, 10**6))", "MemoryError"),
    ("np.ones(10**12)", "MemoryError"),
    ("np.empty((10**5, 10**5, 10))", "MemoryError"),
    ("np.full((10**7, 10**6), 2.0)", "MemoryError"),
    ("np.eye(10**6)", "MemoryError"),
    ("np.eye(10**5, 10**7)", "MemoryError"),
    ("np.linspace(0, 1, 10**13)", "MemoryError"),
    ("np.logspace(0, 1, 10**13)", "MemoryError"),
    ("np.arange(10**13)", "MemoryError"),
    ("np.arange(0, 1, 1e-14)", "MemoryError"),
    ("np.tile(np.ones(3), 10**12)", "MemoryError"),
    ("np.tile(np.ones((1000, 1000)), (10**4, 10**4))", "MemoryError"),
    ("np.repeat(np.ones(3), 10**12)", "MemoryError"),
    ("np.repeat(np.ones(10**6), 10**7)", "MemoryError"),
    ("np.outer(np.ones(10**6), np.ones(10**6))", "MemoryError"),
    ("np.kron(np.ones(10**5), np.ones(10**6))", "MemoryError"),
    ("np.zeros((10**6, 1)) + np.zeros(10**6)", "MemoryError"),
    ("np.zeros((10**6, 1)) * np.ones((1, 10**6))", "MemoryError"),
    ("np.zeros((10**6, 1)) < np.zeros(10**6)", "MemoryError"),
    ("np.zeros((10**6, 1)) @ np.zeros((1, 10**6))", "MemoryError"),
    ("np.einsum('i,j->ij', np.ones(10**6), np.ones(10**6))", "MemoryError"),
    ("np.meshgrid(np.ones(10**6), np.ones(10**6))", "MemoryError"),
    ("np.broadcast_to(np.ones(3), (10**12, 3))", "MemoryError"),
    ("list(range(10**12))", "MemoryError"),
    ("np.random.randn(10**5, 10**5)", "MemoryError"),
    ("np.random.rand(10**6, 10**6)", "MemoryError"),
    ("np.random.normal(0, 1, size=(10**6, 10**6))", "MemoryError"),
    ("np.random.uniform(0, 1, size=10**13)", "MemoryError"),
    ("np.diag(np.ones(10**6))", "MemoryError"),
    ("np.bincount([10**12])", "MemoryError"),
    ("np.random.permutation(10**12)", "MemoryError"),
    ("np.concatenate([np.ones(10**6)] * 10**6)", "MemoryError"),
    ("np.stack([np.ones(10**6)] * 10**6)", "MemoryError"),
    ("np.array([np.ones(10**6)] * 10**6)", "MemoryError"),
    ("np.array(range(10**12))", "MemoryError"),
    ("np.random.randn(2**40, 2**40)", "ValueError"),
    ("np.zeros(2**62)", "ValueError"),
]


@pytest.fixture(scope="module")
def shared_kernel():
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    execute(kc, "import numpy as np")
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


@pytest.mark.parametrize("code,ename", OVERSIZED)
def test_oversized_arrays_raise_and_the_kernel_lives(shared_kernel, code, ename):
    km, kc = shared_kernel
    execute(kc, "keep = 41 + 1")
    reply, outputs = execute(kc, "x = " + code, timeout=30)
    assert reply["status"] == "error", reply
    assert reply["ename"] == ename, (reply["ename"], reply["evalue"])
    if ename == "MemoryError" and not code.startswith("list("):
        assert reply["evalue"].startswith("Unable to allocate "), reply["evalue"]
    assert km.is_alive()
    _, outputs = execute(kc, "keep")
    assert outputs[-1][1]["data"]["text/plain"] == "42"


def test_numpy_wording_of_the_memory_error(shared_kernel):
    km, kc = shared_kernel
    reply, _ = execute(kc, "np.zeros((10**6, 10**6))")
    assert reply["evalue"] == (
        "Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64")


def interrupt_after(km, kc, code, delay, timeout=10):
    """Runs code, interrupts it after `delay` s; returns (reply, seconds from interrupt to reply)."""
    msg_id = kc.execute(code)
    time.sleep(delay)
    start = time.monotonic()
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id, timeout=timeout)["content"]
    latency = time.monotonic() - start
    collect(kc, msg_id)
    return reply, latency


INTERRUPTIBLE = [
    ("a 10 ms loop body", "from time import sleep\nfor i in range(10000):\n    sleep(0.01)", 0.5, 0.1),
    ("a heavy BLAS loop body", "A = np.random.randn(1200, 1200)\nfor i in range(10000):\n    C = A @ A", 1.0, 0.5),
    ("a loop of calls", "def f(x):\n    return x + 1\nn = 0\nwhile True:\n    n = f(n)", 0.5, 0.1),
    ("a recursive function of ints",
     "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nfib(60)", 0.5, 0.1),
    ("a huge random fill", "x = np.random.randn(10**9)", 0.5, 0.1),
    ("%timeit", "from time import sleep\n%timeit sleep(0.05)", 0.5, 0.1),
    ("a numeric-tier loop", "x = np.ones(1000)\ns = 0.0\nfor i in range(10**12):\n    s += x[i % 1000]", 0.5, 0.1),
]


@pytest.mark.parametrize("name,code,delay,limit", INTERRUPTIBLE, ids=[c[0] for c in INTERRUPTIBLE])
def test_interrupt_stops_quickly(kernel, name, code, delay, limit):
    km, kc = kernel
    execute(kc, "keep = 7\nimport numpy as np")
    reply, latency = interrupt_after(km, kc, code, delay)
    assert reply["status"] == "error" and reply["ename"] == "KeyboardInterrupt", reply
    assert latency < limit + 0.15, f"{name}: {latency * 1000:.0f} ms"
    _, outputs = execute(kc, "keep")
    assert outputs[-1][1]["data"]["text/plain"] == "7"


def test_interrupted_numeric_loop_keeps_its_variables(kernel):
    """The numeric tier writes its registers back before the interrupt is raised: the loop variable and the sum
    are where CPython would leave them (the sum counts the iterations done, one ahead of `i` or equal to it)."""
    km, kc = kernel
    execute(kc, "import numpy as np\nx = np.ones(1000)\ns = 0.0\ni = -1")
    reply, _ = interrupt_after(km, kc, "for i in range(10**12):\n    s += x[i % 1000]", 0.5)
    assert reply["ename"] == "KeyboardInterrupt", reply
    _, outputs = execute(kc, "(type(s).__name__, i > 1000, s - i in (0.0, 1.0))")
    assert outputs[-1][1]["data"]["text/plain"] == "('float64', True, True)"


def test_interrupt_stops_long_builtins(kernel):
    km, kc = kernel
    execute(kc, "import numpy as np\nx = np.random.rand(10**8)", timeout=60)
    # A radix sort of 10⁸ values takes seconds; it polls the interrupt between chunks of keys.
    # Sorts take seconds; elementwise kernels over 10⁸ values take ~0.5–1 s, in chunks of 2¹⁸ between polls.
    cases = [("s = np.sort(x)", 0.5), ("u = np.unique(x)", 0.5), ("m = np.median(x)", 0.5), ("i = np.argsort(x)", 0.5),
             ("y = x * 2 + 1", 0.15), ("e = np.exp(x)", 0.15), ("n = -x", 0.1)]
    for code, delay in cases:
        reply, latency = interrupt_after(km, kc, code, delay, timeout=30)
        assert reply["ename"] == "KeyboardInterrupt", (code, reply)
        assert latency < 0.25, f"{code}: {latency * 1000:.0f} ms"
    _, outputs = execute(kc, "len(x)")
    assert outputs[-1][1]["data"]["text/plain"] == "100000000"


def test_interrupt_during_one_blas_call_is_reported(kernel):
    km, kc = kernel
    execute(kc, "import numpy as np\nA = np.random.randn(3000, 3000)", timeout=60)
    # One dgemm cannot be stopped; the interrupt is kept and raised when it returns, never lost.
    reply, latency = interrupt_after(km, kc, "C = A @ A", 0.1, timeout=30)
    assert reply["ename"] == "KeyboardInterrupt", reply
    _, outputs = execute(kc, "A.shape")
    assert outputs[-1][1]["data"]["text/plain"] == "(3000, 3000)"


@pytest.mark.parametrize("op", ["+", "and"])
def test_flat_expression_of_a_million_terms(kernel, op):
    """Past 100 000 operators a chain is CPython's RecursionError, at the token, never a stack overflow."""
    km, kc = kernel
    execute(kc, "keep = 5")
    term = "1" if op == "+" else "True"
    reply, _ = execute(kc, "x = " + f" {op} ".join([term] * 10**6), timeout=120)
    assert reply["ename"] == "RecursionError", reply
    assert "maximum recursion depth exceeded during compilation" in reply["evalue"]
    assert all(len(line) < 400 for line in reply["traceback"])  # the excerpt is a window, not 4 MB of source
    reply, _ = execute(kc, "y = " + " + ".join(["1"] * 99_999))
    assert reply["status"] == "ok"
    _, outputs = execute(kc, "keep + y")
    assert outputs[-1][1]["data"]["text/plain"] == "100004"


def test_a_ten_million_term_cell_stops_on_interrupt(kernel):
    """A pasted cell of 10⁷ terms takes seconds to lex (2·10⁷ tokens; the lexer polls the interrupt every
    16 384 tokens) before the parser rejects the chain as too deep.

    How long depends on the machine, so the cell first runs to its RecursionError, and the second run is
    interrupted at 60 % of that time: well inside lexing, after the 40 MB cell has been received, echoed and
    recorded (which is not interruptible)."""
    km, kc = kernel
    code = "x = " + " + ".join(["1"] * 10**7)
    start = time.monotonic()
    reply, _ = execute(kc, code, timeout=120)
    whole = time.monotonic() - start
    assert reply["ename"] == "RecursionError", reply
    reply, latency = interrupt_after(km, kc, code, 0.6 * whole, timeout=120)
    assert reply["ename"] == "KeyboardInterrupt", reply
    assert latency < 0.5, latency


def test_shutdown_during_a_blas_loop_exits_cleanly():
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    try:
        kc.execute("import numpy as np\nA = np.random.randn(1500, 1500)\nfor i in range(100000):\n    C = A @ A")
        time.sleep(1.0)
        start = time.monotonic()
        km.request_shutdown()
        process = km.provisioner.process
        code = process.wait(timeout=5)
        assert time.monotonic() - start < 2.5
        assert code == 0, code
    finally:
        kc.stop_channels()
        km.cleanup_resources()


def test_recursion_traceback_is_short(kernel):
    km, kc = kernel
    reply, _ = execute(kc, "def down(n):\n    return down(n + 1)\ndown(0)")
    assert reply["ename"] == "RecursionError"
    lines = "\n".join(reply["traceback"]).split("\n")
    assert len(lines) < 60, len(lines)
    assert any("[Previous line repeated" in line for line in lines)


def raw_request(kc, msg_type, content_bytes):
    """Sends a signed request whose content frame is exactly `content_bytes`."""
    session = kc.session
    header = session.msg_header(msg_type)
    frames = [
        session.pack(header), b"{}", b"{}", content_bytes,
    ]
    signature = session.sign(frames)
    signature = signature if isinstance(signature, bytes) else signature.encode()
    kc.shell_channel.socket.send_multipart([b"<IDS|MSG>", signature] + frames)
    return header["msg_id"]


@pytest.mark.parametrize("content,field", [
    ({"silent": False}, "'code' must be a string"),
    ({"code": None}, "'code' must be a string"),
    ({"code": 42}, "'code' must be a string"),
    ({"code": "count = 1", "silent": "yes"}, "'silent' must be true or false"),
    ({"code": "count = 1", "allow_stdin": 0}, "'allow_stdin' must be true or false"),
])
def test_malformed_execute_requests_get_an_error_reply(kernel, content, field):
    km, kc = kernel
    execute(kc, "count = 0")
    before = execute(kc, "1")[0]["execution_count"]
    msg_id = raw_request(kc, "execute_request", json.dumps(content).encode())
    reply = shell_reply(kc, msg_id)["content"]
    assert reply["status"] == "error" and reply["ename"] == "ValueError"
    assert field in reply["evalue"]
    after, outputs = execute(kc, "count")
    assert outputs[-1][1]["data"]["text/plain"] == "0"
    assert after["execution_count"] == before + 1


def test_lone_surrogate_keeps_the_next_escape(kernel):
    km, kc = kernel
    content = b'{"code": "s = \'\\ud800\\u0041\'\\nprint(len(s), s[1])", "silent": false}'
    msg_id = raw_request(kc, "execute_request", content)
    assert shell_reply(kc, msg_id)["content"]["status"] == "ok"
    outputs = collect(kc, msg_id)
    assert [c["text"] for t, c in outputs if t == "stream"] == ["2 A\n"]


def test_the_process_allocates_with_mimalloc(tmp_path):
    """The binary links mimalloc ahead of libc, so every malloc in the process (Swift objects, OpenBLAS, libzmq)
    is mimalloc's: the dynamic linker's own record of how `malloc` was bound says which library serves it."""
    import os
    import pathlib
    import subprocess

    tessel = pathlib.Path(__file__).resolve().parents[2] / ".build" / "release" / "tessel"
    script = tmp_path / "empty.py"
    script.write_text("print(sum(len(str(i)) for i in range(1000)))\n")
    env = dict(os.environ, LD_DEBUG="bindings", LD_DEBUG_OUTPUT=str(tmp_path / "ld"))
    p = subprocess.run([str(tessel), "run", str(script)], capture_output=True, env=env, timeout=60)
    assert p.returncode == 0 and p.stdout == b"2890\n"
    log = "".join(f.read_text() for f in tmp_path.glob("ld.*"))
    # Threads starting at the same moment (OpenBLAS's) can interleave their records within a line, so each record
    # is matched whole rather than read line by line; a garbled one is skipped, never misread.
    targets = re.findall(r" to (\S+) \[\d+\]: normal symbol `malloc'", log)
    assert targets, "no binding of malloc was logged"
    assert all("libmimalloc" in t for t in targets), [t for t in targets if "libmimalloc" not in t][:3]
