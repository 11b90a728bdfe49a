"""The foreign fixture API gets a correct README and api.md from the generic templates alone
(no docs.yaml): its code blocks compile and name only what its package has, its links
resolve, and its runnable blocks run against its own mock server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.docs._markdown import NameChecker, broken_links, code_blocks, prose


def documents(orchard_src: Path) -> dict[str, str]:
    root = orchard_src.parent
    return {name: (root / name).read_text(encoding="utf-8") for name in ("README.md", "api.md")}


def test_generic_docs_compile_and_name_what_exists(orchard_src: Path) -> None:
    import orchard

    names = NameChecker("orchard", orchard.Orchard(token="docs-test", base_url="http://127.0.0.1:9"))
    for name, text in documents(orchard_src).items():
        blocks = [block for block in code_blocks(text) if block.language == "python"]
        assert blocks, name
        checked = 0
        for block in blocks:
            compile(block.code, f"{name}:{block.line}", "exec")
            checked += names.check_code(block.code)
        checked += names.check_prose(prose(text))
        assert checked > 5, name
        assert broken_links(text) == [], name


def test_generic_docs_describe_this_api(orchard_src: Path) -> None:
    docs = documents(orchard_src)
    readme, api = docs["README.md"], docs["api.md"]
    assert "pip install orchard-sdk" in readme
    assert "`ORCHARD_TOKEN`" in readme and "`ORCHARD_BASE_URL`" in readme and "ORCHARD_LOG=debug" in readme
    assert "| 418 | `orchard.TeapotError` |" in readme
    assert "client.trees.list()" in readme  # the example call picked from the IR
    assert "Measured performance" not in readme  # no benchmark numbers nobody measured
    for call in ("client.trees.list()", "client.trees.plant()", "client.harvests.create()"):
        assert f"#### `{call}`" in api
    assert "`GET /v2/trees`" in api and "SyncCursorPage" in api


def test_generic_runnable_blocks_run(orchard_src: Path, orchard_server: str, tmp_path: Path) -> None:
    blocks = [block for block in code_blocks(documents(orchard_src)["README.md"]) if block.run is not None]
    assert len(blocks) >= 4
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORCHARD_")}
    env.update(ORCHARD_TOKEN="docs-test-token", ORCHARD_BASE_URL=orchard_server, PYTHONPATH=str(orchard_src))
    for block in blocks:
        script = tmp_path / f"block_{block.line}.py"
        script.write_text(block.code, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, f"README.md:{block.line}\n{block.code}\n{result.stderr[-2000:]}"
        assert result.stdout.strip(), block.code


@pytest.fixture(autouse=True)
def _no_anthropic_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORCHARD_TOKEN", raising=False)
