"""A seeded 10⁴-message run of the wire fuzzer (`make fuzz` runs 10⁶): the kernel survives every
message and never answers one whose signature is wrong."""
from jupyter_client.manager import start_new_kernel

from conftest import KERNEL
from wire_fuzz import Fuzzer


def test_ten_thousand_hostile_messages():
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
    kc.stop_channels()
    fuzzer = Fuzzer(km.get_connection_info(), seed=20261125)
    try:
        stats, violations = fuzzer.run(10_000, alive=km.is_alive)
        assert violations == []
        assert stats["messages"] == 10_000
        assert stats["badly_signed"] > 1000 and stats["valid"] > 3000 and stats["replies"] > 3000
        assert km.is_alive()
    finally:
        fuzzer.close()
        km.shutdown_kernel(now=True)
