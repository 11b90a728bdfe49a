"""Small values that JSON schemas of a spec accept (for calls against the mock server)."""

from __future__ import annotations

from typing import Any


def resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 50:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


def sample(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A small value the schema accepts (required properties only, first variants)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 12:
        return "x"
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    if "example" in schema and not isinstance(schema["example"], (dict, list)):
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            variants = [v for v in schema[key] if resolve(spec, v).get("type") != "null"]
            if variants:
                return sample(spec, variants[0], depth + 1)
    if "allOf" in schema:
        if len(schema["allOf"]) == 1:
            return sample(spec, schema["allOf"][0], depth + 1)
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {name: sample(spec, props.get(name, {}), depth + 1) for name in schema.get("required") or []}
    if kind == "array":
        return [sample(spec, schema.get("items", {}), depth + 1) for _ in range(max(int(schema.get("minItems", 0)), 0))]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2026-01-01T00:00:00Z"
    if fmt in ("uri", "url"):
        return "https://example.com/"
    if fmt == "binary":
        return b"content"
    return "x" * max(int(schema.get("minLength", 1)), 1)
