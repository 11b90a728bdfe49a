"""Start and stop the spec-driven mock API server (Prism) on 127.0.0.1.

The server is fed the same patched spec the generator reads (spec + overlay actions), so
the mock always answers with the shapes the SDK was generated from.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PRISM = HERE / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 90.0


class MockServerUnavailable(RuntimeError):
    """Prism is not installed (run `make mock-server`) or Node.js is missing."""


class MockServerFailed(RuntimeError):
    """Prism is installed but did not start."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def patched_spec(directory: Path) -> Path:
    from generator.load import load_spec
    from generator.overlay import apply_overlays, load_overlay_documents

    spec = load_spec(ROOT / "spec" / "anthropic.openapi.yaml")
    patched = apply_overlays(spec, load_overlay_documents(ROOT / "overlays" / "openapi"))
    path = directory / "openapi.json"
    path.write_text(json.dumps(patched), encoding="utf-8")
    return path


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise MockServerFailed(f"prism exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise MockServerFailed(f"prism did not start listening within {STARTUP_TIMEOUT:.0f}s")


@contextmanager
def running_mock_server() -> Iterator[str]:
    """Yield the base URL of a fresh Prism process; always stop it by its PID afterwards."""
    if not PRISM.exists():
        raise MockServerUnavailable(f"{PRISM} is missing: run `make mock-server` (needs npm)")
    if shutil.which("node") is None:
        raise MockServerUnavailable("Node.js is not installed")
    with tempfile.TemporaryDirectory(prefix="prism-") as scratch:
        spec = patched_spec(Path(scratch))
        port = free_port()
        log = Path(scratch) / "prism.log"
        with log.open("wb") as sink:
            process = subprocess.Popen(
                [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)],
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env={**os.environ, "NODE_OPTIONS": os.environ.get("NODE_OPTIONS", "")},
            )
            try:
                _wait_until_listening(process, port, log)
                yield f"http://127.0.0.1:{port}"
            finally:
                _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
