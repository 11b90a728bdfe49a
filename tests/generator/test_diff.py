"""`python -m generator diff`: spec changes as they affect SDK users, each breaking or not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diff import Change, spec_changes
from tests.conftest import ROOT

SHARED_SPECS = ROOT.parent / "shared" / "reference" / "openapi"


def _op(body: dict[str, Any] | None = None, params: list[Any] | None = None, answer: str = "Item") -> dict[str, Any]:
    operation: dict[str, Any] = {
        "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{answer}"}}}}}
    }  # fmt: skip
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    if params:
        operation["parameters"] = params
    return operation


def _spec(paths: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": {"Item": item}},
    }


OLD = _spec(
    {
        "/items": {"post": _op({"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "size": {"type": "integer"}}})},
        "/items/{id}": {"get": _op(params=[{"name": "view", "in": "query", "schema": {"type": "string"}}])},
        "/old": {"get": _op()},
    },
    {"type": "object", "required": ["id", "kind"], "properties": {"id": {"type": "string"}, "kind": {"enum": ["a", "b"]}, "note": {"type": "string"}}},
)  # fmt: skip
NEW = _spec(
    {
        "/items": {"post": _op({"type": "object", "required": ["name", "owner"], "properties": {"name": {"type": "string"}, "owner": {"type": "string"}, "colour": {"type": "string"}}})},
        "/items/{id}": {"get": _op(params=[{"name": "view", "in": "query", "required": True, "schema": {"type": "string"}}, {"name": "lang", "in": "query", "schema": {"type": "string"}}])},
        "/new": {"get": _op()},
    },
    {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}, "kind": {"enum": ["a", "c"]}, "extra": {"type": "string"}}},
)  # fmt: skip


def test_added_renamed_and_removed_operations_parameters_and_fields_are_classified() -> None:
    found = {(c.area, c.where, c.what): c.breaking for c in spec_changes(OLD, NEW)}
    expected = {
        ("operation", "get /old", "removed"): True,
        ("operation", "get /new", "added"): False,
        ("parameter", "get /items/{id} query view", "now required"): True,
        ("parameter", "get /items/{id} query lang", "added"): False,
        ("request field", "post /items body.size", "removed"): True,
        ("request field", "post /items body.owner", "added (required)"): True,
        ("request field", "post /items body.colour", "added"): False,
        ("response field", "Item.note", "removed"): True,
        ("response field", "Item.extra", "added"): False,
        ("response field", "Item.kind", "now optional"): True,
        ("response field", "Item.id", "type string -> integer"): True,
        ("response field", "Item.kind", 'enum value "c" added'): False,
        ("response field", "Item.kind", 'enum value "b" removed'): False,
    }
    for key, breaking in expected.items():
        assert found.get(key) is breaking, key


def test_a_request_union_that_gains_a_member_is_not_breaking() -> None:
    before = _spec({"/x": {"post": _op({"type": "object", "properties": {"v": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}})}}, {"type": "object"})  # fmt: skip
    after = _spec({"/x": {"post": _op({"type": "object", "properties": {"v": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]}}})}}, {"type": "object"})  # fmt: skip
    assert spec_changes(before, after) == [
        Change(False, "request field", "post /x body.v", "union member boolean added")
    ]
    assert spec_changes(after, before) == [
        Change(True, "request field", "post /x body.v", "union member boolean removed")
    ]


def test_the_cli_prints_text_and_json_and_fails_on_breaking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.json"
    old.write_text(yaml.safe_dump(OLD), encoding="utf-8")
    new.write_text(json.dumps(NEW), encoding="utf-8")
    overlays = tmp_path / "overlays"
    (overlays / "openapi").mkdir(parents=True)
    args = ["diff", str(old), str(new), "--root", str(ROOT), "--overlays", str(overlays)]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "BREAKING (" in text and "operation: get /old: removed" in text
    assert main([*args, "--json", "--fail-on-breaking"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["breaking"] == sum(c["breaking"] for c in report["changes"]) > 0
    # Without an sdk.yaml the SDK view is missing, and the report says why.
    assert report["sdk_error"]


def test_the_two_shared_specs(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = SHARED_SPECS / "anthropic-2026-02-12.openapi.json", SHARED_SPECS / "anthropic-2026-05-05.openapi.yml"
    if not old.exists() or not new.exists():
        pytest.skip(f"{SHARED_SPECS} is absent (the shared reference material is not here)")
    assert main(["diff", str(old), str(new), "--root", str(ROOT), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sdk_error"] is None
    changes = {(c["area"], c["where"], c["what"]): c["breaking"] for c in report["changes"]}
    # The SDK view: the new managed-agents methods appear; the skipped first-party Files
    # operations disappear from the spec without taking a method with them.
    assert changes[("method", "client.beta.sessions.create", "added")] is False
    assert changes[("method", "client.beta.sessions.events.stream", "added")] is False
    assert changes[("operation", "get /v1/files", "removed")] is True
    assert not any(c["area"] == "method" and c["what"] == "removed" for c in report["changes"])
    assert changes[("method", "client.beta.files.list", "parameter scope_id added")] is False
