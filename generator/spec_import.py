"""`import-spec`: turn an upstream OpenAPI document into our own canonical `spec/` file.

The import keeps the API's structure (paths, operations, parameters, schemas, enums,
constraints, discriminators and the `x-stainless-*` facts) and drops the upstream prose:
descriptions, summaries, titles, examples and deprecation messages. Our own short
descriptions are added back by the overlay. Keys are ordered canonically so that a newer
upstream spec shows up as a small diff.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .yamlio import dump_yaml, load_document

# Keywords that carry the upstream authors' prose rather than API facts.
PROSE_KEYWORDS = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "externalDocs",
        "x-stainless-deprecation-message",
    }
)

# Keywords whose value is a map from *names* (property names, status codes, media types...)
# to nodes. Their own keys are never prose, even a property called "description".
NAMED_CHILDREN = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "schemas",
        "paths",
        "webhooks",
        "pathItems",
        "parameters",
        "dependentSchemas",
        "responses",
        "headers",
        "content",
        "securitySchemes",
        "requestBodies",
        "callbacks",
        "links",
        "encoding",
    }
)

# Keywords whose value is literal data (never descended into, never reordered).
LITERAL_VALUES = frozenset({"default", "enum", "const", "required", "mapping", "x-stainless-renameMap"})

# Extensions whose value is itself a schema and must be cleaned like one.
SCHEMA_EXTENSIONS = frozenset({"x-stainless-override-schema"})

# Mappings whose insertion order is meaningful to readers of the generated SDK.
ORDERED_CHILDREN = frozenset({"properties"})

TOP_LEVEL_ORDER = ("openapi", "info", "servers", "security", "tags", "paths", "components")


def clean_node(node: Any) -> Any:
    """Return a copy of an OpenAPI node without prose, with canonically ordered keys."""
    if isinstance(node, list):
        return [clean_node(item) for item in node]
    if not isinstance(node, dict):
        return node
    cleaned: dict[str, Any] = {}
    for key in sorted(node):
        value = node[key]
        if key in PROSE_KEYWORDS:
            continue
        if key in LITERAL_VALUES:
            cleaned[key] = value
        elif key in NAMED_CHILDREN and isinstance(value, dict):
            names = value.keys() if key in ORDERED_CHILDREN else sorted(value)
            cleaned[key] = {name: clean_node(value[name]) for name in names}
            if key == "responses":
                for response in cleaned[key].values():
                    _keep_required_description(response)
        elif key.startswith("x-") and key not in SCHEMA_EXTENSIONS:
            cleaned[key] = value
        else:
            cleaned[key] = clean_node(value)
    return cleaned


def _keep_required_description(response: Any) -> None:
    # OpenAPI requires a Response Object to have a description; an empty one keeps the
    # document valid without carrying the upstream text (the overlay may add ours).
    if isinstance(response, dict) and "$ref" not in response:
        response.setdefault("description", "")
        ordered = dict(sorted(response.items()))
        response.clear()
        response.update(ordered)


def canonical_spec(upstream: dict[str, Any], source_name: str) -> dict[str, Any]:
    body = clean_node({k: v for k, v in upstream.items() if k != "info"})
    upstream_info = upstream.get("info") or {}
    body["info"] = {
        "title": str(upstream_info.get("title") or "API"),
        "version": str(upstream_info.get("version", "0")),
        "x-imported-from": source_name,
    }
    ordered = {key: body[key] for key in TOP_LEVEL_ORDER if key in body}
    ordered.update({key: body[key] for key in sorted(body) if key not in ordered})
    return ordered


HEADER = (
    "# Our description of the {title}, imported by `make import-spec` from {source}\n"
    "# (sha256 {digest}). Structure only: our descriptions and fixes live in overlays/.\n"
    "# Do not edit by hand; re-run the import instead.\n"
)


def import_spec(source: Path, destination: Path) -> str:
    """Write the canonical YAML for `source` to `destination`; returns the text written."""
    raw = source.read_bytes()
    upstream = load_document(source)
    spec = canonical_spec(upstream, source.name)
    digest = hashlib.sha256(raw).hexdigest()
    text = HEADER.format(title=spec["info"]["title"], source=source.name, digest=digest) + dump_yaml(spec)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(text, encoding="utf-8")
    return text
