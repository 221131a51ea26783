"""`jupyter console` against Tessel, driven through a terminal by pexpect: a cell runs, and `exit`
ends the session as it does in IPython (the kernel's `ask_exit` payload)."""
import os
import sys
import time

import pexpect
import pytest


@pytest.mark.parametrize("command", ["exit", "quit()"])
def test_exit_ends_a_console_session(command):
    jupyter = os.path.join(os.path.dirname(sys.executable), "jupyter")
    child = pexpect.spawn(
        jupyter, ["console", "--kernel", "tessel", "--ZMQTerminalInteractiveShell.simple_prompt=True"],
        encoding="utf-8", timeout=60, dimensions=(40, 200), env={**os.environ, "TERM": "dumb"})
    try:
        child.expect(r"In \[1\]: ")
        assert "[tessel]" not in child.before  # no start-up log line in the console
        # The prompt is printed before the console settles its terminal: a line typed in that moment can be
        # flushed away unread (seen once in CI), so type after a pause, as a person would.
        time.sleep(0.5)
        child.sendline("6 * 7")
        child.expect(r"Out\[1\]: 42")
        child.expect(r"In \[2\]: ")
        time.sleep(0.5)
        child.sendline(command)
        child.expect(pexpect.EOF, timeout=30)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0, (child.exitstatus, child.before)
