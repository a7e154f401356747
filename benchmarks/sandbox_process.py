"""A `masiv sandbox` in its own process, as a real gateway would be (it does not share the
benchmark's GIL). Shared by the benchmark scripts; not a benchmark itself."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def sandbox_process(*arguments: str) -> Iterator[str]:
    """Start `masiv sandbox --port 0 ARGUMENTS…`; yields its base URL, stops it after."""
    process = subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop", "sandbox", "--port", "0", *arguments],
        stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        if not base_url.startswith("http://"):
            raise RuntimeError(f"the sandbox did not start: {base_url!r}")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)
