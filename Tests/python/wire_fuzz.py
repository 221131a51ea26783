"""A seeded wire fuzzer for a running kernel: garbage frames, bad and replayed signatures, broken
headers, and validly signed requests whose fields have random types and values.

Checks, for every run: the kernel stays alive and answers kernel_info after every batch, and nothing
is ever sent in reply to (or published for) a message whose signature was wrong.

    python Tests/python/wire_fuzz.py --messages 1000000 --seed 1      # `make fuzz`
"""
import argparse
import hashlib
import hmac
import json
import random
import sys
import time
import uuid

import zmq

REQUEST_TYPES = [
    "execute_request", "complete_request", "inspect_request", "is_complete_request", "history_request",
    "kernel_info_request", "comm_info_request", "comm_open", "comm_msg", "comm_close", "no_such_request",
    "interrupt_request", "debug_request", "input_reply",
]
FIELDS = [
    "code", "silent", "store_history", "allow_stdin", "stop_on_error", "user_expressions", "cursor_pos",
    "detail_level", "hist_access_type", "n", "session", "start", "stop", "pattern", "unique", "output",
    "raw", "comm_id", "target_name", "data", "value",
]
# Code that ends quickly whatever else a message says (no input(), no endless loops).
CODE = [
    "1 + 1", "x = 3", "print('a' * 10)", "undefined_name", "1 / 0", "[1, 2][5]", "", "def f(:", "zeros(3)",
    "'\\ud800'", "ones((2, 2)) @ ones((2, 2))", "x?", "%time 1", "help()", "exit", "sum(range(100))",
]


def random_json(rng, depth=0):
    kind = rng.randrange(10 if depth < 3 else 7)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.choice([0, -1, 1, 2**31, -2**63, 2**63 - 1, 2**64, 10**30, rng.randrange(-1000, 1000)])
    if kind == 3:
        return rng.choice([0.5, -0.0, 1e308, -1e-308, 3.0])
    if kind in (4, 5, 6):
        pool = CODE + ["\u00e9\U0001F600", "\x00", "a" * rng.randrange(0, 3000), "tail", "range", "search", "*"]
        return rng.choice(pool)
    if kind in (7, 8):
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(FIELDS): random_json(rng, depth + 1) for _ in range(rng.randrange(4))}


class Fuzzer:
    def __init__(self, connection, seed):
        self.rng = random.Random(seed)
        key = connection["key"]
        self.key = key if isinstance(key, bytes) else key.encode()
        self.ctx = zmq.Context()
        ip = connection["ip"]
        self.shell = self.ctx.socket(zmq.DEALER)
        self.shell.setsockopt(zmq.IDENTITY, uuid.uuid4().hex.encode())
        self.shell.setsockopt(zmq.LINGER, 0)
        self.shell.connect(f"tcp://{ip}:{connection['shell_port']}")
        self.control = self.ctx.socket(zmq.DEALER)
        self.control.setsockopt(zmq.LINGER, 0)
        self.control.connect(f"tcp://{ip}:{connection['control_port']}")
        self.iopub = self.ctx.socket(zmq.SUB)
        self.iopub.setsockopt(zmq.SUBSCRIBE, b"")
        self.iopub.setsockopt(zmq.LINGER, 0)
        self.iopub.connect(f"tcp://{ip}:{connection['iopub_port']}")
        self.session = uuid.uuid4().hex
        self.bad_ids = set()
        self.sent_valid = []
        self.stats = {"messages": 0, "badly_signed": 0, "garbage": 0, "valid": 0, "replayed": 0, "replies": 0}
        self.violations = []

    def sign(self, frames):
        if not self.key:
            return b""
        h = hmac.new(self.key, digestmod=hashlib.sha256)
        for f in frames:
            h.update(f)
        return h.hexdigest().encode()

    def header(self, msg_type):
        return {
            "msg_id": uuid.uuid4().hex, "session": self.session, "username": "fuzz", "msg_type": msg_type,
            "version": "5.4", "date": "2026-11-25T00:00:00.000000Z",
        }

    def frames(self, msg_type, content):
        header = self.header(msg_type)
        body = [json.dumps(header).encode(), b"{}", b"{}", json.dumps(content).encode("utf-8", "surrogatepass")]
        return header["msg_id"], body

    def one(self):
        rng = self.rng
        kind = rng.randrange(8)
        socket = self.control if rng.random() < 0.1 else self.shell
        if kind == 0:  # garbage frames
            self.stats["garbage"] += 1
            socket.send_multipart([rng.randbytes(rng.randrange(0, 64)) for _ in range(rng.randrange(1, 8))])
        elif kind == 1:  # a good message with a wrong signature
            msg_id, body = self.frames(rng.choice(REQUEST_TYPES[:5]), {"code": rng.choice(CODE)})
            signature = bytearray(self.sign(body) or b"00")
            signature[rng.randrange(len(signature))] ^= 1
            self.bad_ids.add(msg_id)
            self.stats["badly_signed"] += 1
            socket.send_multipart([b"<IDS|MSG>", bytes(signature)] + body)
        elif kind == 2:  # unsigned or truncated
            msg_id, body = self.frames("execute_request", {"code": "print('unsigned')"})
            self.bad_ids.add(msg_id)
            self.stats["badly_signed"] += 1
            cut = body[: rng.randrange(0, 4)]
            socket.send_multipart([b"<IDS|MSG>", b"" if rng.random() < 0.5 else self.sign(cut)] + cut)
        elif kind == 3:  # signed, but the header is not a message header
            header = rng.choice([b"{", b"[]", b"null", b'{"msg_type": 5}', json.dumps(random_json(rng)).encode()])
            body = [header, b"{}", b"{}", b"{}"]
            self.stats["garbage"] += 1
            socket.send_multipart([b"<IDS|MSG>", self.sign(body)] + body)
        elif kind == 4 and self.sent_valid:  # replay of an earlier valid message
            self.stats["replayed"] += 1
            socket.send_multipart(rng.choice(self.sent_valid))
        else:  # validly signed, random field types
            msg_type = rng.choice(REQUEST_TYPES)
            content = {f: random_json(rng) for f in rng.sample(FIELDS, rng.randrange(0, 5))}
            if msg_type == "execute_request" and rng.random() < 0.7:
                content["code"] = rng.choice(CODE)
            content["allow_stdin"] = False  # input() would wait for a reply that never comes
            msg_id, body = self.frames(msg_type, content)
            frames = [b"<IDS|MSG>", self.sign(body)] + body
            if rng.random() < 0.1:
                frames.append(rng.randbytes(rng.randrange(0, 32)))  # a binary buffer
            self.stats["valid"] += 1
            if len(self.sent_valid) < 64:
                self.sent_valid.append(frames)
            socket.send_multipart(frames)
        self.stats["messages"] += 1

    def drain(self, timeout_ms=0, control=True):
        for socket in (self.shell, self.control, self.iopub) if control else (self.shell, self.iopub):
            while socket.poll(timeout_ms):
                frames = socket.recv_multipart()
                self.stats["replies"] += 1
                try:
                    parent = json.loads(frames[frames.index(b"<IDS|MSG>") + 3])
                except (ValueError, IndexError):
                    self.violations.append("undecodable frames from the kernel")
                    continue
                if parent.get("msg_id") in self.bad_ids:
                    self.violations.append(f"answered a badly signed message: {frames[:4]!r}")

    def alive(self, timeout=20):
        """kernel_info over control answers within `timeout` seconds."""
        msg_id, body = self.frames("kernel_info_request", {})
        self.control.send_multipart([b"<IDS|MSG>", self.sign(body)] + body)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.control.poll(200):
                frames = self.control.recv_multipart()
                parent = json.loads(frames[frames.index(b"<IDS|MSG>") + 3])
                if parent.get("msg_id") == msg_id:
                    return True
                if parent.get("msg_id") in self.bad_ids:
                    self.violations.append(f"answered a badly signed message: {frames[:4]!r}")
            self.drain(control=False)  # the reply must not be drained away here
        return False

    def run(self, messages, batch=200, alive=lambda: True):
        time.sleep(0.3)  # let the subscription settle
        for k in range(messages):
            self.one()
            if k % 8 == 0:
                self.drain()
            if (k + 1) % batch == 0:
                self.drain(5)
                if not alive() or not self.alive():
                    self.violations.append(f"kernel dead after {k + 1} messages")
                    break
        self.drain(300)
        return self.stats, self.violations

    def close(self):
        self.ctx.destroy(linger=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kernel", default="tessel")
    args = parser.parse_args()
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=args.kernel, startup_timeout=60)
    kc.stop_channels()
    fuzzer = Fuzzer(km.get_connection_info(), args.seed)
    start = time.time()
    try:
        stats, violations = fuzzer.run(args.messages, alive=km.is_alive)
    finally:
        fuzzer.close()
        alive = km.is_alive()
        km.shutdown_kernel(now=True)
    stats["seconds"] = round(time.time() - start, 1)
    print(json.dumps(stats), "alive" if alive else "DEAD")
    for v in violations[:20]:
        print("violation:", v)
    sys.exit(0 if alive and not violations else 1)


if __name__ == "__main__":
    main()
