"""`import-spec`: upstream prose is dropped, structure is kept, the output is canonical."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from generator.load import validate_document
from generator.spec_import import canonical_spec, clean_node, import_spec

UPSTREAM = {
    "openapi": "3.1.0",
    "info": {"title": "Upstream title", "version": "2024-01-01", "description": "Upstream prose."},
    "tags": [{"name": "Messages", "description": "About messages."}],
    "paths": {
        "/v1/things/{id}": {
            "summary": "A path item summary.",
            "get": {
                "operationId": "get_thing",
                "summary": "Get a thing.",
                "description": "Long prose.",
                "externalDocs": {"url": "https://example.com"},
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "The thing's ID.",
                        "example": "thing_1",
                        "schema": {"type": "string", "title": "Id"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The thing.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "examples": {"one": {"value": {"id": "x"}}},
                            }
                        },
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            },
        }
    },
    "components": {
        "responses": {"NotFound": {"description": "Not found."}},
        "schemas": {
            "Thing": {
                "type": "object",
                "title": "Thing",
                "description": "A thing.",
                "required": ["id", "description", "title"],
                "x-stainless-deprecation-message": "Use Other.",
                "properties": {
                    # Declaration order of properties is meaningful: kept as is.
                    "id": {"type": "string", "examples": ["thing_1"]},
                    "description": {"type": "string", "description": "The thing's own description field."},
                    "title": {"type": "string", "title": "Title"},
                    "kind": {
                        "enum": ["description", "summary"],
                        "default": "description",
                        "type": "string",
                        "description": "Enum values are data, not prose.",
                    },
                    "meta": {"type": "object", "default": {"description": "a literal default"}},
                },
                "example": {"id": "thing_1"},
            },
            "Union": {
                "oneOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null", "description": "nothing"}],
                "discriminator": {"propertyName": "type", "mapping": {"thing": "#/components/schemas/Thing"}},
                "x-stainless-naming": {"go": {"model_name": "Z", "a_first": 1}},
            },
            "Header": {
                "type": "string",
                "x-stainless-override-schema": {
                    "type": "array",
                    "description": "Override prose.",
                    "items": {"type": "string", "title": "Beta"},
                    "x-stainless-param": "betas",
                },
            },
        },
    },
}


def _all_keys(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            found |= _all_keys(value)
    elif isinstance(node, list):
        for item in node:
            found |= _all_keys(item)
    return found


def test_prose_keywords_are_dropped() -> None:
    result = canonical_spec(UPSTREAM, "upstream.json")
    thing = result["components"]["schemas"]["Thing"]
    assert "title" not in thing and "description" not in thing and "example" not in thing
    assert "x-stainless-deprecation-message" not in thing
    operation = result["paths"]["/v1/things/{id}"]["get"]
    assert set(operation) == {"operationId", "parameters", "responses"}
    assert "summary" not in result["paths"]["/v1/things/{id}"]
    assert result["paths"]["/v1/things/{id}"]["get"]["parameters"][0] == {
        "in": "path",
        "name": "id",
        "required": True,
        "schema": {"type": "string"},
    }
    media = operation["responses"]["200"]["content"]["application/json"]
    assert media == {"schema": {"$ref": "#/components/schemas/Thing"}}
    assert result["tags"] == [{"name": "Messages"}]
    # Prose inside a schema-valued extension is dropped too.
    override = result["components"]["schemas"]["Header"]["x-stainless-override-schema"]
    assert override == {"items": {"type": "string"}, "type": "array", "x-stainless-param": "betas"}


def test_properties_named_like_prose_keywords_are_kept() -> None:
    thing = canonical_spec(UPSTREAM, "upstream.json")["components"]["schemas"]["Thing"]
    assert list(thing["properties"]) == ["id", "description", "title", "kind", "meta"]
    assert thing["properties"]["description"] == {"type": "string"}
    assert thing["properties"]["title"] == {"type": "string"}
    assert thing["required"] == ["id", "description", "title"]


def test_literal_values_are_kept_verbatim() -> None:
    schemas = canonical_spec(UPSTREAM, "upstream.json")["components"]["schemas"]
    assert schemas["Thing"]["properties"]["kind"] == {
        "default": "description",
        "enum": ["description", "summary"],
        "type": "string",
    }
    assert schemas["Thing"]["properties"]["meta"]["default"] == {"description": "a literal default"}
    assert schemas["Union"]["discriminator"]["mapping"] == {"thing": "#/components/schemas/Thing"}
    # Other extensions are facts, kept as they are.
    assert schemas["Union"]["x-stainless-naming"] == {"go": {"model_name": "Z", "a_first": 1}}
    # A `{type: null}` variant loses its prose but stays a variant.
    assert schemas["Union"]["oneOf"][1] == {"type": "null"}


def test_component_parameters_named_like_prose_keywords_are_kept() -> None:
    upstream = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "parameters": {
                "description": {"name": "description", "in": "query", "schema": {"type": "string"}},
                "summary": {"name": "summary", "in": "query", "schema": {"type": "string"}},
            }
        },
    }
    parameters = canonical_spec(upstream, "u.json")["components"]["parameters"]
    assert sorted(parameters) == ["description", "summary"]


def test_response_descriptions_are_kept_empty_so_the_result_stays_valid() -> None:
    result = canonical_spec(UPSTREAM, "upstream.json")
    responses = result["paths"]["/v1/things/{id}"]["get"]["responses"]
    assert responses["200"]["description"] == ""
    assert responses["404"] == {"$ref": "#/components/responses/NotFound"}
    assert result["components"]["responses"]["NotFound"] == {"description": ""}
    validate_document(result, "imported.yaml")  # raises on any problem


def test_info_is_replaced_by_our_own() -> None:
    info = canonical_spec(UPSTREAM, "upstream.json")["info"]
    assert info == {"title": "Upstream title", "version": "2024-01-01", "x-imported-from": "upstream.json"}


def test_ordering_is_canonical_and_independent_of_the_upstream_order() -> None:
    result = canonical_spec(UPSTREAM, "upstream.json")
    assert list(result) == ["openapi", "info", "tags", "paths", "components"]
    thing = result["components"]["schemas"]["Thing"]
    assert list(thing) == sorted(thing)
    assert list(result["components"]["schemas"]) == ["Header", "Thing", "Union"]

    def reversed_keys(node: object) -> object:
        if isinstance(node, dict):
            return {k: reversed_keys(node[k]) for k in reversed(list(node))}
        if isinstance(node, list):
            return [reversed_keys(v) for v in node]
        return node

    shuffled = reversed_keys(UPSTREAM)
    again = canonical_spec(shuffled, "upstream.json")  # type: ignore[arg-type]
    # Same content and the same order everywhere, except `properties`, which keeps the
    # upstream declaration order on purpose.
    assert again == result
    assert list(again["components"]["schemas"]) == list(result["components"]["schemas"])
    assert list(again["components"]["schemas"]["Thing"]) == list(thing)
    assert list(again["components"]["schemas"]["Thing"]["properties"]) == list(reversed(list(thing["properties"])))


def test_clean_node_does_not_modify_its_input() -> None:
    before = json.dumps(UPSTREAM, sort_keys=False)
    clean_node(UPSTREAM)
    assert json.dumps(UPSTREAM, sort_keys=False) == before


def test_import_writes_a_header_and_yaml(tmp_path: Path) -> None:
    source = tmp_path / "upstream.json"
    source.write_text(json.dumps(UPSTREAM), encoding="utf-8")
    destination = tmp_path / "out" / "spec.yaml"
    text = import_spec(source, destination)
    assert destination.read_text(encoding="utf-8") == text
    assert text.startswith(
        "# Our description of the Upstream title, imported by `make import-spec` from upstream.json\n"
    )
    assert "sha256 " in text.splitlines()[1]
    loaded = yaml.safe_load(text)
    assert loaded == canonical_spec(UPSTREAM, "upstream.json")
    assert "description: The thing" not in text and "Long prose" not in text


def test_import_is_deterministic_and_idempotent(tmp_path: Path) -> None:
    source = tmp_path / "a" / "upstream.json"
    source.parent.mkdir()
    source.write_text(json.dumps(UPSTREAM), encoding="utf-8")
    first = import_spec(source, tmp_path / "first.yaml")
    second = import_spec(source, tmp_path / "second.yaml")
    assert (tmp_path / "first.yaml").read_bytes() == (tmp_path / "second.yaml").read_bytes()
    assert first == second

    # Importing our own output again changes nothing but the header's digest.
    reimport_source = tmp_path / "b" / "upstream.yaml"
    reimport_source.parent.mkdir()
    reimport_source.write_text(first, encoding="utf-8")
    again = import_spec(reimport_source, tmp_path / "again.yaml")

    def body(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if not line.startswith("#"))

    assert body(again) == body(first).replace("x-imported-from: upstream.json", "x-imported-from: upstream.yaml")


def test_import_keeps_unicode_and_awkward_strings(tmp_path: Path) -> None:
    upstream = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "S": {
                    "type": "string",
                    "enum": ["é", "yes", "null", "1.0", "a: b", "- x", "#hash", ""],
                    "pattern": "^[a-z]+$",
                }
            }
        },
    }
    source = tmp_path / "u.json"
    source.write_text(json.dumps(upstream), encoding="utf-8")
    text = import_spec(source, tmp_path / "s.yaml")
    assert yaml.safe_load(text)["components"]["schemas"]["S"] == upstream["components"]["schemas"]["S"]
    assert "é" in text


def test_imported_spec_has_no_prose_keys_left() -> None:
    result = canonical_spec(UPSTREAM, "upstream.json")
    schemas = result["components"]["schemas"]
    keys = _all_keys({k: v for k, v in schemas["Thing"].items() if k != "properties"})
    assert not keys & {"description", "title", "example", "examples", "summary", "externalDocs"}
