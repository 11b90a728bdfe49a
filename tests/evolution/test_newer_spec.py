"""A newer upstream spec becomes a complete SDK with no hand edit (see conftest.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.build.infer import TreeInference, configured_operations
from generator.config import load_configuration
from generator.diagnostics import DiagnosticSink
from generator.load import load_spec
from generator.overlay import apply_overlays, load_overlay_documents
from tests.conftest import ROOT

from .conftest import METHODS, NewerSDK

HERE = Path(__file__).resolve().parent


def _official(version: str) -> dict[str, dict[str, list[str]]]:
    path = METHODS / f"official-{version}.json"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return json.loads(path.read_text(encoding="utf-8"))["methods"]  # type: ignore[no-any-return]


def _ours(sdk: NewerSDK) -> dict[str, dict[str, list[str]]]:
    """The method tree of the newer package, dumped by the shared tool in its own process."""
    tool = ROOT.parent / "shared" / "tools" / "methods.py"
    env = {**os.environ, "PYTHONPATH": str(sdk.src)}
    done = subprocess.run([sys.executable, str(tool)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["methods"]  # type: ignore[no-any-return]


def _patched(sdk: NewerSDK) -> dict[str, Any]:
    return apply_overlays(load_spec(sdk.spec), load_overlay_documents(ROOT / "overlays" / "openapi"), DiagnosticSink())


def test_the_newer_spec_imports_and_generates_without_an_edit(newer_sdk: NewerSDK) -> None:
    # The upstream flaw is reported at import (file, pointer, reason) and repaired by the overlay.
    assert "input_examples/items/additionalProperties/type: warning: invalid OpenAPI" in newer_sdk.import_log
    log = newer_sdk.generate_log
    assert "gets no method" not in log
    warnings = [line for line in log.splitlines() if ": warning: " in line]
    # What is left: entries of the overlay that this spec no longer needs, and hand-written
    # helpers that do not take the parameters the spec added to the method they mirror.
    for line in warnings:
        assert (
            "is not in the spec any more" in line or "matches nothing in the spec" in line or "lacks parameter" in line
        ), line
    assert (
        "overlays/modules/lib/_helpers/messages.py: warning: the helper 'stream' lacks parameter(s) cache_control "
        "of messages.create (the spec has them): add them to it"
    ) in log
    assert "the helper 'tool_runner' lacks parameter(s) cache_control, user_profile_id" in log
    assert re.search(r"generated \d+ files into out/", log)
    print(f"regenerated from the newer spec in {newer_sdk.seconds:.1f}s")


def test_every_operation_of_the_newer_spec_is_a_method_or_skipped(newer_sdk: NewerSDK) -> None:
    spec = _patched(newer_sdk)
    config = load_configuration(ROOT / "overlays")
    sink = DiagnosticSink()
    placement = TreeInference(spec, config, "spec", sink).place()
    operations = {f"{verb} {path}" for path, item in spec["paths"].items() for verb in item if verb != "parameters"}
    assert operations == set(placement.methods)
    configured = {key for key, _, _ in configured_operations(config.sdk.resources)}
    assert placement.inferred == operations - configured
    assert not sink.warnings


def test_the_methods_new_in_the_newer_spec_are_where_the_official_has_them(newer_sdk: NewerSDK) -> None:
    official, before = _official("0.99.0"), _official("0.79.0")
    ours = _ours(newer_sdk)
    new = sorted(set(official) - set(before))
    assert len(new) >= 56
    missing = [name for name in new if name not in ours]
    assert not missing
    for name in new:
        assert ours[name]["required"] == official[name]["required"], name
        assert ours[name]["optional"] == official[name]["optional"], name
    # ...and every method of the official tree is there with its required parameters.
    for name, params in official.items():
        assert name in ours, name
        assert ours[name]["required"] == params["required"], name


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_operation_of_the_newer_spec_answers_a_call_against_the_mock_server(
    newer_sdk: NewerSDK, newer_servers: dict[str, str], mode: str, tmp_path: Path
) -> None:
    spec = _patched(newer_sdk)
    config = load_configuration(ROOT / "overlays")
    placement = TreeInference(spec, config, "spec", DiagnosticSink()).place()
    spec_file = tmp_path / "patched.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    operations = [
        {"operation": key, "method": "client." + ".".join((*chain, name))}
        for key, (chain, name) in sorted(placement.methods.items())
    ]
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"spec": str(spec_file), "urls": newer_servers, "operations": operations}))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(newer_sdk.src), str(ROOT)))}
    done = subprocess.run(
        [sys.executable, str(HERE / "call_every_operation.py"), str(plan), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout)
    assert len(results) == len(operations) == len(spec_operations(spec))
    failed = [f"{r['operation']} -> {r['method']}: {r['detail']}" for r in results if not r["ok"]]
    assert not failed, "\n".join(failed)
    streams = [r for r in results if r["detail"].startswith("stream of") and not r["detail"].startswith("stream of 0")]
    pages = [r for r in results if r["detail"].startswith("page of")]
    assert streams and pages, [r for r in results if "stream" in r["operation"] or "stream" in r.get("extra", {})]


def spec_operations(spec: dict[str, Any]) -> list[str]:
    return [f"{verb} {path}" for path, item in spec["paths"].items() for verb in item if verb != "parameters"]
