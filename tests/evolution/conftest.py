"""A newer upstream spec (`../shared/reference/openapi/anthropic-2026-05-05.openapi.yml`)
imported and generated the way a maintainer does it (`import-spec`, then `generate`), with
the committed overlays and no edit, into a cache directory shared by the test workers.

The committed `generated/` stays the 0.79.0 package; this only proves a newer spec regenerates
into a complete SDK.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

SHARED = ROOT.parent / "shared"
NEWER_SPEC = SHARED / "reference" / "openapi" / "anthropic-2026-05-05.openapi.yml"
METHODS = SHARED / "reference" / "methods"
CACHE = ROOT / ".cache" / "evolution"
SPEC_NAME = "spec/anthropic.openapi.yaml"


@dataclass(frozen=True)
class NewerSDK:
    root: Path  # the scratch project: spec/ holds the imported spec
    src: Path  # the generated package's parent directory
    import_log: str
    generate_log: str
    seconds: float

    @property
    def spec(self) -> Path:
        return self.root / SPEC_NAME


def _inputs_digest() -> str:
    digest = hashlib.sha256(NEWER_SPEC.read_bytes())
    for folder in ("generator", "overlays", "templates", "runtime"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise AssertionError(f"`python -m generator {' '.join(args)}` failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


def _generate(root: Path) -> NewerSDK:
    import time

    (root / "spec").mkdir(parents=True, exist_ok=True)
    import_log = _run("import-spec", "--root", str(root), "--spec", SPEC_NAME, str(NEWER_SPEC))
    started = time.perf_counter()
    generate_log = _run(
        "generate",
        "--root", str(root),
        "--spec", SPEC_NAME,
        "--overlays", str(ROOT / "overlays"),
        "--templates", str(ROOT / "templates"),
        "--out", "out",
        "--verbose",
    )  # fmt: skip
    seconds = time.perf_counter() - started
    record = {"import_log": import_log, "generate_log": generate_log, "seconds": seconds}
    (root / "run.json").write_text(json.dumps(record), encoding="utf-8")
    return NewerSDK(root, root / "out" / "src", import_log, generate_log, seconds)


@pytest.fixture(scope="session")
def newer_sdk() -> NewerSDK:
    if not NEWER_SPEC.exists():
        pytest.skip(f"{NEWER_SPEC} is absent (the shared reference material is not here)")
    root = CACHE / _inputs_digest()
    CACHE.mkdir(parents=True, exist_ok=True)
    # One test worker generates; the others wait for it and reuse the result.
    with (CACHE / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            record_file = root / "run.json"
            if record_file.exists():
                record = json.loads(record_file.read_text(encoding="utf-8"))
                return NewerSDK(
                    root, root / "out" / "src", record["import_log"], record["generate_log"], record["seconds"]
                )
            return _generate(root)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def newer_servers(newer_sdk: NewerSDK, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Prism serving the imported newer spec, patched by the committed overlays."""
    from tests.mock_server.prism import MockServerUnavailable, patched_specs, serving

    scratch = tmp_path_factory.mktemp("newer-spec")
    documents = patched_specs(scratch, newer_sdk.spec, ROOT / "overlays" / "openapi", _streams_as_events)
    try:
        with serving(documents) as urls:
            yield urls
    except MockServerUnavailable as exc:
        if os.environ.get("REQUIRE_MOCK_SERVER") == "1":
            raise
        pytest.skip(f"mock API server unavailable: {exc}")


def _streams_as_events(spec: dict[str, Any]) -> None:
    """The mock answers what the spec describes; where the spec describes a stream of events
    as one JSON event (`inference.stream_methods`), let it answer with a short event stream."""
    import yaml

    from tests.evolution.samples import sample

    config = yaml.safe_load((ROOT / "overlays" / "sdk.yaml").read_text(encoding="utf-8"))
    names = set(config.get("inference", {}).get("stream_methods", []))
    for path, item in spec["paths"].items():
        last = path.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        operation = item.get("get") or item.get("post")
        if last not in names or not isinstance(operation, dict):
            continue
        content = operation["responses"]["200"]["content"]
        schema = content.pop("application/json")["schema"]
        events = [sample(spec, schema) for _ in range(3)]
        body = "".join(f"event: {e.get('type', 'message')}\ndata: {json.dumps(e)}\n\n" for e in events)
        content["text/event-stream"] = {"schema": {"type": "string"}, "example": body}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
