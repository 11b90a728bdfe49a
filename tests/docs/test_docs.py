"""The generated README and api.md: every Python block compiles, every name they mention
exists in the package, every link has its anchor, every block marked runnable runs against
the mock server, and the facts they state (error table, benchmark rows, coverage of the API)
are the package's and the benchmark's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SDK_SRC
from tests.docs._markdown import Block, NameChecker, broken_links, code_blocks, prose

GENERATED = ROOT / "generated"
README = (GENERATED / "README.md").read_text(encoding="utf-8")
API = (GENERATED / "api.md").read_text(encoding="utf-8")
DOCS = {"README.md": README, "api.md": API}
PYTHON = [(name, block) for name, text in DOCS.items() for block in code_blocks(text) if block.language == "python"]
RUNNABLE = [block for block in code_blocks(README) if block.run is not None]


def checker() -> NameChecker:
    import anthropic

    return NameChecker("anthropic", anthropic.Anthropic(api_key="docs-test", base_url="http://127.0.0.1:9"))


@pytest.mark.parametrize(("doc", "block"), PYTHON, ids=[f"{name}:{block.id}" for name, block in PYTHON])
def test_python_block_compiles(doc: str, block: Block) -> None:
    compile(block.code, f"{doc}:{block.line}", "exec")


def test_there_are_blocks_to_check() -> None:
    # The parametrized tests above would pass vacuously on an empty document.
    assert sum(doc == "README.md" for doc, _ in PYTHON) >= 20
    assert sum(doc == "api.md" for doc, _ in PYTHON) >= 300
    assert len(RUNNABLE) >= 10


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_name_mentioned_exists(doc: str) -> None:
    names = checker()
    checked = sum(names.check_code(block.code) for block in code_blocks(DOCS[doc]) if block.language == "python")
    checked += names.check_prose(prose(DOCS[doc]))
    assert checked > 50


def test_a_missing_name_is_caught() -> None:
    names = checker()
    with pytest.raises(AssertionError):
        names.check_code("from anthropic import NoSuchThing\n")
    with pytest.raises(AssertionError):
        names.check_code("client.messages.no_such_method()\n")
    with pytest.raises(AssertionError):
        names.check_prose("see `anthropic.types.NoSuchType`")


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_link_has_its_anchor(doc: str) -> None:
    assert broken_links(DOCS[doc]) == []


def test_api_md_lists_every_method_and_type() -> None:
    # The IR without the (slow) schema validation of the spec: `make test` validates it elsewhere.
    from generator.build import build_sdk
    from generator.config import load_configuration
    from generator.load import load_spec
    from generator.overlay import apply_overlays, load_overlay_documents

    spec_file = ROOT / "spec" / "anthropic.openapi.yaml"
    patched = apply_overlays(load_spec(spec_file), load_overlay_documents(ROOT / "overlays" / "openapi"))
    sdk = build_sdk(patched, load_configuration(ROOT / "overlays"), str(spec_file))
    from generator.render.docs_view import type_anchor

    def visit(resources: list, prefix: str) -> int:
        count = 0
        for resource in resources:
            path = f"{prefix}{resource.attr}"
            assert f"### `client.{path}`" in API
            for method in resource.methods:
                heading = f"#### `client.{path}.{method.name}()`"
                section = API.split(heading, 1)[1].split("\n#### ", 1)[0]
                assert f"`{method.http_method.upper()} {method.path}`" in section, heading
                count += 1
            count += visit(resource.children, path + ".")
        return count

    assert visit(sdk.resources, "") >= 30
    for module in sdk.type_modules:
        for decl in module.declarations:
            target = getattr(decl, "target", None)
            if getattr(target, "ref", None) is not None and target.ref.name == decl.id.name:
                continue  # a re-export of a type listed under its own module
            assert f'<a id="{type_anchor(decl.id)}"></a>' in API, decl.id
    # The hand-written helpers are listed too.
    for helper in ("messages.stream", "messages.parse", "beta.messages.tool_runner"):
        assert f"#### `client.{helper}()`" in API


def test_error_table_is_the_packages() -> None:
    from anthropic import _exceptions

    section = README.split('<a id="errors"></a>', 1)[1].split("<a id=", 1)[0]
    rows = [line.split("|")[1:3] for line in section.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) >= 10
    for status_text, class_text in rows:
        status = status_text.strip()
        name = class_text.strip().strip("`").rpartition(".")[2]
        code = {"other 5xx": 599, "other 4xx": 418}.get(status) or int(status)
        assert _exceptions.status_error_class(code).__name__ == name, status


def test_benchmark_rows_are_the_measured_ones() -> None:
    """The package README shows the table the benchmark printed (as recorded in the
    repository README from the same run), with the source stated, not other numbers."""
    docs = yaml.safe_load((ROOT / "overlays" / "docs.yaml").read_text(encoding="utf-8"))
    bench = docs["readme"]["benchmarks"]
    assert "make bench" in bench["source"]
    recorded = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [line for line in bench["table"].splitlines() if line.strip()]
    assert len(rows) >= 10
    for row in rows:
        assert row in recorded, row
        assert row in README, row


def run_block(block: Block, base_url: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "block.py"
    script.write_text(block.code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
    env.update(ANTHROPIC_API_KEY="docs-test-key", ANTHROPIC_BASE_URL=base_url, PYTHONPATH=str(SDK_SRC))
    return subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("block", RUNNABLE, ids=[block.id for block in RUNNABLE])
def test_runnable_block_runs(block: Block, mock_server_urls: dict[str, str], tmp_path: Path) -> None:
    result = run_block(block, mock_server_urls[block.run or "default"], tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    if "print(" in block.code:
        assert result.stdout.strip()
