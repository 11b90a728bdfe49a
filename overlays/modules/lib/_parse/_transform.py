"""`transform_schema`: a JSON schema reduced to what structured outputs accept.

Each node keeps only what the API reads, in a fixed order: its `$defs`, then its shape (a
union's `anyOf` (also from `oneOf`) or `allOf`, else its `type`), its `description` and
`title`, and what its type allows: an object's `properties` (always present),
`additionalProperties: false` (always) and `required`; an array's `items` and a `minItems`
of 0 or 1; a string's `format` when the API knows it. Every other keyword (bounds, lengths,
patterns, enums, defaults, examples, unknown keys, ...) moves into the node's description as
`{keyword: value, ...}`, in the order the schema gave them, so the model still reads them.

A `$ref` node is kept as the reference alone. A node with neither a type nor a union is
refused (`ValueError`), as the API would refuse it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["transform_schema", "SUPPORTED_STRING_FORMATS"]

SUPPORTED_STRING_FORMATS = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)

_UNIONS = (("anyOf", "anyOf"), ("oneOf", "anyOf"), ("allOf", "allOf"))


def transform_schema(json_schema: Any) -> dict[str, Any]:
    """A copy of `json_schema` (a dict, or a Pydantic model class) that the API accepts.

    Unsupported keywords move into descriptions and every object gets
    `additionalProperties: false`; the input is not modified.
    """
    if isinstance(json_schema, dict):
        schema: Any = json_schema
    elif isinstance(json_schema, type) and hasattr(json_schema, "model_json_schema"):
        schema = json_schema.model_json_schema()
    else:
        raise TypeError(
            f"transform_schema() takes a JSON schema dict or a Pydantic model class, not {type(json_schema).__name__}"
        )
    return _node(schema)


def _node(schema: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(schema, dict):
        raise TypeError(f"a JSON schema node must be an object, not {type(schema).__name__}: {schema!r}")
    out: dict[str, Any] = {}
    used = {"$defs", "$ref", "description", "title"}
    defs = schema.get("$defs")
    if isinstance(defs, dict):
        out["$defs"] = {name: _node(sub) for name, sub in defs.items()}
    if "$ref" in schema:
        # A reference stands for its target: nothing beside it is kept.
        out["$ref"] = schema["$ref"]
        return out

    union = next(((source, target) for source, target in _UNIONS if source in schema), None)
    kind = schema.get("type")
    if union is not None:
        source, target = union
        out[target] = [_node(sub) for sub in schema[source]]
        used.update({source, "type"})
    elif kind is not None:
        out["type"] = kind
        used.add("type")
    else:
        raise ValueError(f"a schema node needs a `type`, `anyOf`, `oneOf` or `allOf`: {schema!r}")
    if "description" in schema:
        out["description"] = schema["description"]
    if "title" in schema:
        out["title"] = schema["title"]

    if union is None:
        shape = _single_kind(kind)
        if shape == "object":
            properties = schema.get("properties") or {}
            out["properties"] = {name: _node(sub) for name, sub in properties.items()}
            out["additionalProperties"] = False
            used.update({"properties", "additionalProperties"})
            if "required" in schema:
                out["required"] = schema["required"]
                used.add("required")
        elif shape == "array":
            if isinstance(schema.get("items"), dict):
                out["items"] = _node(schema["items"])
                used.add("items")
            if schema.get("minItems") in (0, 1):
                out["minItems"] = schema["minItems"]
                used.add("minItems")
        elif shape == "string" and schema.get("format") in SUPPORTED_STRING_FORMATS:
            out["format"] = schema["format"]
            used.add("format")

    notes = [f"{key}: {value}" for key, value in schema.items() if key not in used]
    if notes:
        text = "{" + ", ".join(notes) + "}"
        described = out.get("description")
        out["description"] = f"{described}\n\n{text}" if described else text
    return out


def _single_kind(kind: Any) -> Any:
    """The kind a node's rules follow: its type, or the one non-null type of a type list."""
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if len(kinds) == 1 else None
    return kind
