"""`transform_schema`: a JSON schema reduced to what structured outputs accept.

The API takes a subset of JSON Schema. Everything it takes is kept as it is; keywords it
rejects are handled one of two ways:

* constraints that say something about the value (`minLength`, `maximum`, a `format` the
  API does not know, a `pattern` with look-around, ...) are moved into the node's
  `description`, so the model still reads them;
* keywords that only annotate a schema (`examples`, `deprecated`, pydantic's
  `discriminator`, ...) are dropped.

Every object gets `additionalProperties: false`, which the API requires; `oneOf` becomes
`anyOf` and a one-item `allOf` is merged into its node.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["transform_schema", "SUPPORTED_STRING_FORMATS"]

SUPPORTED_STRING_FORMATS = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)

# Keywords kept as they are (their sub-schemas are transformed where they have any).
_KEPT = frozenset(
    {
        "type",
        "title",
        "description",
        "enum",
        "const",
        "default",
        "required",
        "properties",
        "items",
        "prefixItems",
        "anyOf",
        "allOf",
        "$ref",
        "$defs",
        "definitions",
        "$schema",
        "$id",
        "additionalProperties",
        "format",
        "pattern",
        "minItems",
    }
)

# Constraints the API does not enforce: kept for the model to read, in the description.
_DESCRIBED = (
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "maxItems",
    "uniqueItems",
    "contains",
    "minContains",
    "maxContains",
    "minProperties",
    "maxProperties",
    "patternProperties",
    "propertyNames",
    "dependentRequired",
    "contentEncoding",
    "contentMediaType",
)

# Regular-expression features structured outputs do not support.
_UNSUPPORTED_PATTERN = re.compile(r"\\[1-9]|\\k<|\(\?[=!]|\(\?<[=!]|\\[bB]")


def transform_schema(json_schema: Any) -> dict[str, Any]:
    """A copy of `json_schema` (a dict, or a Pydantic model class) that the API accepts.

    Unsupported constraints move into descriptions, unknown annotations are dropped and every
    object gets `additionalProperties: false`; the input is not modified.
    """
    if isinstance(json_schema, dict):
        schema: Any = json_schema
    elif isinstance(json_schema, type) and hasattr(json_schema, "model_json_schema"):
        schema = json_schema.model_json_schema()
    else:
        raise TypeError(
            f"transform_schema() takes a JSON schema dict or a Pydantic model class, not {type(json_schema).__name__}"
        )
    transformed: dict[str, Any] = _node(schema)
    return transformed


def _node(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    notes: list[tuple[str, Any]] = []

    for key, value in schema.items():
        if key in ("properties", "$defs", "definitions"):
            if isinstance(value, dict):
                out[key] = {name: _node(sub) for name, sub in value.items()}
            else:
                out[key] = value
        elif key in ("anyOf", "oneOf", "prefixItems"):
            items = [_node(sub) for sub in value] if isinstance(value, list) else value
            target = "anyOf" if key == "oneOf" else key
            if target in out and isinstance(out[target], list) and isinstance(items, list):
                out[target] = out[target] + items
            else:
                out[target] = items
        elif key == "allOf":
            if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
                # pydantic (older versions) wraps a described `$ref` in a one-item allOf.
                for sub_key, sub_value in _node(value[0]).items():
                    out.setdefault(sub_key, sub_value)
            else:
                out[key] = [_node(sub) for sub in value] if isinstance(value, list) else value
        elif key == "items":
            out[key] = _node(value) if isinstance(value, dict) else value
        elif key == "additionalProperties":
            if isinstance(value, dict) and value:
                notes.append(("additional properties", _compact(value)))
        elif key == "format":
            if value in SUPPORTED_STRING_FORMATS:
                out[key] = value
            else:
                notes.append(("format", value))
        elif key == "pattern":
            if isinstance(value, str) and not _UNSUPPORTED_PATTERN.search(value):
                out[key] = value
            else:
                notes.append(("pattern", value))
        elif key == "minItems":
            if value in (0, 1):
                out[key] = value
            else:
                notes.append(("minItems", value))
        elif key in _KEPT:
            out[key] = value
        elif key in _DESCRIBED:
            notes.append((key, _compact(value) if isinstance(value, (dict, list)) else value))
        # anything else only annotates the schema: dropped

    if _is_object(out):
        out["additionalProperties"] = False
    if notes:
        extra = ", ".join(f"{name}: {_render(value)}" for name, value in sorted(notes, key=lambda note: note[0]))
        description = out.get("description")
        out["description"] = f"{description}\n\n{{{extra}}}" if description else f"{{{extra}}}"
    return out


def _is_object(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "object" or (isinstance(kind, list) and "object" in kind):
        return True
    return kind is None and "properties" in schema and "$ref" not in schema


def _compact(value: Any) -> Any:
    return _node(value) if isinstance(value, dict) else value


def _render(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(", ", ": "), sort_keys=True)
