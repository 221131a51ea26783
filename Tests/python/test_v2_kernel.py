"""The Python engine behind the Jupyter protocol: results, streams, errors with positions,
completion, is_complete, inspection and magics, over real sockets."""
import os

import pytest
from jupyter_client.manager import start_new_kernel

from conftest import execute


@pytest.fixture
def v2():
    km, kc = start_new_kernel(kernel_name="tessel", startup_timeout=60, env=dict(os.environ))
    try:
        yield kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def result_text(outputs):
    return [c["data"]["text/plain"] for t, c in outputs if t == "execute_result"]


def stream_text(outputs, name="stdout"):
    return "".join(c["text"] for t, c in outputs if t == "stream" and c["name"] == name)


def test_aliasing_and_printing(v2):
    reply, outputs = execute(v2, "x = [1, 2]\ny = x\ny.append(3)\nprint(0.1 + 0.2, 8.0)\nx")
    assert reply["status"] == "ok"
    assert stream_text(outputs) == "0.30000000000000004 8.0\n"
    assert result_text(outputs) == ["[1, 2, 3]"]
    reply, outputs = execute(v2, "class P:\n    def __init__(self, v):\n        self.v = v\nP(4).v * 2;")
    assert reply["status"] == "ok" and result_text(outputs) == []


def test_error_has_kind_message_and_caret(v2):
    reply, outputs = execute(v2, "d = {}\nd['missing']")
    assert reply["status"] == "error"
    assert reply["ename"] == "KeyError" and reply["evalue"] == "'missing'"
    tb = reply["traceback"]
    assert any("line 2, column 1" in l for l in tb) and any(set(l.strip()) == {"^"} for l in tb)
    # The session goes on with its globals.
    reply, outputs = execute(v2, "d['k'] = 1\nd")
    assert result_text(outputs) == ["{'k': 1}"]


def test_completion_inspection_and_is_complete(v2):
    execute(v2, "import math\nlearning_rate = 0.1")
    msg = v2.complete("learn", 5)
    reply = v2.get_shell_msg(timeout=10)
    assert "learning_rate" in reply["content"]["matches"]
    v2.complete("math.sq", 7)
    reply = v2.get_shell_msg(timeout=10)
    assert reply["content"]["matches"] == ["math.sqrt"]
    v2.is_complete("for i in range(3):")
    reply = v2.get_shell_msg(timeout=10)
    assert reply["content"]["status"] == "incomplete"
    v2.is_complete("x = (1,")
    assert v2.get_shell_msg(timeout=10)["content"]["status"] == "incomplete"
    v2.is_complete("x = 1")
    assert v2.get_shell_msg(timeout=10)["content"]["status"] == "complete"
    v2.inspect("learning_rate", 5)
    reply = v2.get_shell_msg(timeout=10)
    assert reply["content"]["found"] and "0.1" in reply["content"]["data"]["text/plain"]


def test_magics(v2):
    reply, outputs = execute(v2, "%time s = sum(range(100))\ns")
    assert reply["status"] == "ok"
    text = stream_text(outputs)
    assert text.startswith("CPU times: user ") and "Wall time: " in text
    assert result_text(outputs) == ["4950"]
    reply, outputs = execute(v2, "%timeit -n 5 -r 2 sum(range(10))")
    assert " per loop (mean ± std. dev. of 2 runs, 5 loops each)" in stream_text(outputs)
    reply, outputs = execute(v2, "%who")
    assert "s" in stream_text(outputs).split()
