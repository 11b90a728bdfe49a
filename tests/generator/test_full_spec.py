"""The generator on the real inputs (slow: each generation takes about ten seconds).

- generating twice from spec/ and overlays/ gives byte-identical trees;
- the upstream spec in ../shared/reference/openapi/ goes through `import-spec` and then
  generates with the project's overlays without errors.
"""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest

from generator import cli
from generator.pipeline import Inputs, generate, generate_files
from generator.write import MANIFEST

from .helpers import ROOT, TEMPLATES, snapshot

pytestmark = pytest.mark.slow

SPEC = ROOT / "spec" / "anthropic.openapi.yaml"
OVERLAYS = ROOT / "overlays"
UPSTREAM_DIR = ROOT.parent / "shared" / "reference" / "openapi"
UPSTREAM = sorted(UPSTREAM_DIR.glob("*.json")) + sorted(UPSTREAM_DIR.glob("*.yaml")) if UPSTREAM_DIR.is_dir() else []


def _first_difference(a: dict[str, str], b: dict[str, str]) -> str:
    for name in sorted(set(a) | set(b)):
        if a.get(name) != b.get(name):
            diff = difflib.unified_diff(
                a.get(name, "").splitlines(keepends=True),
                b.get(name, "").splitlines(keepends=True),
                fromfile=f"first/{name}",
                tofile=f"second/{name}",
            )
            return "".join(list(diff)[:80])
    return ""


def test_generating_twice_gives_identical_trees(tmp_path: Path) -> None:
    # A snapshot of the inputs: other work in this checkout must not change them between runs.
    shutil.copy2(SPEC, tmp_path / "spec.yaml")
    shutil.copytree(OVERLAYS, tmp_path / "overlays", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    inputs = Inputs(
        spec=tmp_path / "spec.yaml", overlays=tmp_path / "overlays", templates=tmp_path / "templates", root=tmp_path
    )
    first = generate_files(inputs, strict=True).files
    second = generate_files(inputs, strict=True).files
    assert first.keys() == second.keys()
    # The manifest also hashes the generator's own source, which may be edited meanwhile:
    # compare its file hashes and the hashes of the snapshot inputs.
    manifests = [json.loads(files.pop(MANIFEST)) for files in (first, second)]
    assert manifests[0]["files"] == manifests[1]["files"]
    snapshot_inputs = [{k: v for k, v in m["inputs"].items() if not k.startswith("/")} for m in manifests]
    assert snapshot_inputs[0] == snapshot_inputs[1]
    assert first == second, _first_difference(first, second)
    # Nothing in the output depends on where the inputs were.
    assert not any(str(tmp_path) in text for text in first.values())


@pytest.mark.skipif(
    not UPSTREAM, reason=f"no upstream spec: {UPSTREAM_DIR} is absent (it lives in the shared checkout)"
)
@pytest.mark.parametrize("upstream", UPSTREAM, ids=[p.name for p in UPSTREAM])
def test_the_upstream_spec_imports_and_generates(
    tmp_path: Path, upstream: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["import-spec", str(upstream), "--root", str(tmp_path), "--spec", "spec/anthropic.openapi.yaml"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    imported = tmp_path / "spec" / "anthropic.openapi.yaml"
    out = tmp_path / "out"
    files = generate(Inputs(spec=imported, overlays=OVERLAYS, templates=TEMPLATES, root=tmp_path), out).files
    assert snapshot(out).keys() == files.keys()
    assert "src/anthropic/types/message.py" in files
    for name, text in files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
