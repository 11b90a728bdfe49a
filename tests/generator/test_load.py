"""Stage 1: loading the spec; every `$ref` resolves; the document is valid OpenAPI."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, GeneratorError
from generator.load import check_refs, iter_refs, load_spec, resolve_pointer, validate_document

from .helpers import ok, spec, write_yaml


def _errors(excinfo: pytest.ExceptionInfo[GeneratorError]) -> list[Diagnostic]:
    return excinfo.value.diagnostics


def test_a_valid_spec_loads_and_validates(tmp_path: Path) -> None:
    document = spec(
        {"/a": {"get": {"responses": ok("A")}}}, {"A": {"type": "object", "properties": {"x": {"type": "string"}}}}
    )
    path = write_yaml(tmp_path / "spec.yaml", document)
    loaded = load_spec(path)
    assert loaded == document
    validate_document(loaded, str(path))


def test_json_specs_load_too(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text('{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}', encoding="utf-8")
    assert load_spec(path)["openapi"] == "3.1.0"


def test_broken_ref_names_file_pointer_and_target(tmp_path: Path) -> None:
    document = spec(
        {"/v1/things": {"get": {"responses": ok("Missing")}}},
        {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/Nope"}}}},
    )
    with pytest.raises(GeneratorError) as excinfo:
        validate_document(document, "spec.yaml")
    found = {(d.file, d.pointer) for d in _errors(excinfo)}
    assert found == {
        ("spec.yaml", "/paths/~1v1~1things/get/responses/200/content/application~1json/schema/$ref"),
        ("spec.yaml", "/components/schemas/A/properties/b/$ref"),
    }
    messages = sorted(d.message for d in _errors(excinfo))
    assert messages == [
        "broken $ref: '#/components/schemas/Missing' does not exist in the document",
        "broken $ref: '#/components/schemas/Nope' does not exist in the document",
    ]
    # Printed as `file#pointer: error: reason`.
    assert str(_errors(excinfo)[-1]) == (
        "spec.yaml#/components/schemas/A/properties/b/$ref: error: "
        "broken $ref: '#/components/schemas/Nope' does not exist in the document"
    )


def test_broken_refs_are_reported_before_openapi_validation() -> None:
    # The document is also invalid OpenAPI (no info.version), but the broken ref comes first
    # and alone: the OpenAPI validator cannot report broken refs cleanly.
    document = spec({}, {"A": {"$ref": "#/components/schemas/B"}})
    del document["info"]["version"]
    with pytest.raises(GeneratorError) as excinfo:
        validate_document(document, "spec.yaml")
    assert [d.pointer for d in _errors(excinfo)] == ["/components/schemas/A/$ref"]


def test_external_refs_are_rejected() -> None:
    document = spec({}, {"A": {"$ref": "other.yaml#/components/schemas/B"}})
    sink_errors = _check(document)
    assert [(d.pointer, d.message) for d in sink_errors] == [
        ("/components/schemas/A/$ref", "only local references are supported, got 'other.yaml#/components/schemas/B'")
    ]


def _check(document: dict) -> list[Diagnostic]:
    from generator.diagnostics import DiagnosticSink

    sink = DiagnosticSink()
    check_refs(document, "spec.yaml", sink)
    return sink.diagnostics


def test_escaped_refs_resolve() -> None:
    document = spec({"/a/{b}": {"get": {"responses": ok()}}}, {"A~B": {"type": "string"}})
    document["components"]["schemas"]["C"] = {"$ref": "#/components/schemas/A~0B"}
    document["components"]["schemas"]["D"] = {"$ref": "#/paths/~1a~1{b}/get"}
    assert _check(document) == []
    assert resolve_pointer(document, "#/components/schemas/A~0B") == {"type": "string"}
    assert resolve_pointer(document, "#/paths/~1a~1{b}/get/responses/200/description") == ""


def test_resolve_pointer_into_lists_and_failures() -> None:
    document = {"a": [{"b": 1}, {"b": 2}]}
    assert resolve_pointer(document, "#/a/1/b") == 2
    assert resolve_pointer(document, "#") == document
    for bad in ("#/a/2", "#/a/x", "#/c", "a/b", "#/a/0/b/c"):
        with pytest.raises(KeyError):
            resolve_pointer(document, bad)


def test_iter_refs_yields_every_location() -> None:
    document = {"x": [{"$ref": "#/a"}, {"y": {"$ref": "#/b", "z": {"$ref": "#/c"}}}]}
    assert list(iter_refs(document)) == [(("x", "0"), "#/a"), (("x", "1", "y"), "#/b"), (("x", "1", "y", "z"), "#/c")]


def test_invalid_openapi_names_the_pointer_and_reason() -> None:
    document = spec({"/a": {"get": {"responses": {"200": {}}}}})
    del document["info"]["version"]
    with pytest.raises(GeneratorError) as excinfo:
        validate_document(document, "spec.yaml")
    found = sorted((d.file, d.pointer, d.message) for d in _errors(excinfo))
    assert found == [
        ("spec.yaml", "/info", "invalid OpenAPI: 'version' is a required property"),
        ("spec.yaml", "/paths/~1a/get/responses/200", "invalid OpenAPI: 'description' is a required property"),
    ]


def test_invalid_openapi_30_is_checked_with_the_30_rules() -> None:
    document = spec({"/a": {"get": {"responses": ok()}}})
    document["openapi"] = "3.0.3"
    document["paths"]["/a"]["get"]["parameters"] = [{"name": "q", "in": "nowhere", "schema": {"type": "string"}}]
    with pytest.raises(GeneratorError) as excinfo:
        validate_document(document, "spec.yaml")
    assert all(d.pointer.startswith("/paths/~1a/get/parameters/0") for d in _errors(excinfo))
    assert all(d.message.startswith("invalid OpenAPI: ") for d in _errors(excinfo))
    assert all("\n" not in d.message for d in _errors(excinfo))


def test_not_yaml_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as excinfo:
        load_spec(path)
    (diagnostic,) = _errors(excinfo)
    assert diagnostic.file == str(path)
    assert diagnostic.message.startswith("not valid YAML")


def test_not_json_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text('{"openapi": ', encoding="utf-8")
    with pytest.raises(GeneratorError) as excinfo:
        load_spec(path)
    (diagnostic,) = _errors(excinfo)
    assert (diagnostic.file, diagnostic.message.startswith("not valid JSON")) == (str(path), True)


def test_missing_file_and_non_openapi_documents(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as excinfo:
        load_spec(tmp_path / "nope.yaml")
    assert _errors(excinfo)[0].message.startswith("cannot read file")

    for content in ("- a list\n", "swagger: '2.0'\n", "just text\n"):
        path = tmp_path / "other.yaml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(GeneratorError) as excinfo:
            load_spec(path)
        assert [(d.file, d.message) for d in _errors(excinfo)] == [
            (str(path), "not an OpenAPI document (no 'openapi' key)")
        ]
