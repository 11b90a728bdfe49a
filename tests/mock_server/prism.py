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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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


BETA_QUERY = "?beta=true"


def patched_specs(
    directory: Path,
    spec_path: Path = ROOT / "spec" / "anthropic.openapi.yaml",
    overlays: Path = ROOT / "overlays" / "openapi",
    adjust: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Path]:
    """The patched spec split in two documents: the first-party paths, and the beta paths
    (`/v1/messages?beta=true`) under their plain path. Prism ignores the query part of a
    path key, so in one document a beta request would be checked against the first-party
    operation of the same path."""
    from generator.diagnostics import DiagnosticSink
    from generator.load import load_spec
    from generator.overlay import apply_overlays, load_overlay_documents

    spec = load_spec(spec_path)
    # Actions meant for other spec versions may match nothing here: that is not this
    # function's concern (the generator reports it).
    patched = apply_overlays(spec, load_overlay_documents(overlays), DiagnosticSink())
    if adjust is not None:
        adjust(patched)
    paths = patched["paths"]
    documents = {
        "default": {**patched, "paths": {k: v for k, v in paths.items() if BETA_QUERY not in k}},
        "beta": {**patched, "paths": {k.replace(BETA_QUERY, ""): v for k, v in paths.items() if BETA_QUERY in k}},
    }
    written = {}
    for name, document in documents.items():
        path = directory / f"openapi-{name}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        written[name] = path
    return written


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
def running_mock_servers() -> Iterator[dict[str, str]]:
    """Yield {"default": url, "beta": url}: one fresh Prism process per half of the
    committed spec (patched). Both are always stopped by their PIDs afterwards."""
    with tempfile.TemporaryDirectory(prefix="prism-specs-") as scratch, serving(patched_specs(Path(scratch))) as urls:
        yield urls


@contextmanager
def serving(specs: dict[str, Path]) -> Iterator[dict[str, str]]:
    """One Prism process per spec document ({name: path}); yields {name: url}."""
    if not PRISM.exists():
        raise MockServerUnavailable(f"{PRISM} is missing: run `make mock-server` (needs npm)")
    if shutil.which("node") is None:
        raise MockServerUnavailable("Node.js is not installed")
    with tempfile.TemporaryDirectory(prefix="prism-") as scratch:
        started: list[subprocess.Popen[bytes]] = []
        logs = []
        urls: dict[str, str] = {}
        try:
            waiting = []
            for name, spec in specs.items():
                port = free_port()
                log = Path(scratch) / f"prism-{name}.log"
                logs.append(log.open("wb"))
                process = subprocess.Popen(
                    [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)],
                    stdout=logs[-1],
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
                started.append(process)
                waiting.append((process, port, log))
                urls[name] = f"http://127.0.0.1:{port}"
            for process, port, log in waiting:
                _wait_until_listening(process, port, log)
            yield urls
        finally:
            for process in started:
                _stop(process)
            for sink in logs:
                sink.close()


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
