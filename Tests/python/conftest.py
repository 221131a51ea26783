"""Shared fixtures: a fresh Tessel kernel per test, driven by jupyter_client."""
import time

import pytest
from jupyter_client.manager import start_new_kernel

KERNEL = "tessel"


@pytest.fixture
def kernel():
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def collect(kc, msg_id, timeout=10):
    """IOPub messages for one request, busy to idle, as (type, content)."""
    out = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return out
        out.append((msg["msg_type"], msg["content"]))
    raise AssertionError("no idle for %s" % msg_id)


def execute(kc, code, timeout=10, **kwargs):
    """Runs code; returns (reply content, iopub outputs without status)."""
    msg_id = kc.execute(code, **kwargs)
    reply = shell_reply(kc, msg_id, timeout)
    outputs = [(t, c) for t, c in collect(kc, msg_id, timeout) if t != "status"]
    return reply["content"], outputs


def shell_reply(kc, msg_id, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        msg = kc.get_shell_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise AssertionError("no reply for %s" % msg_id)
