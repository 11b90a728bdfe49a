"""Turning API names into Python names."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY = re.compile(r"[^0-9A-Za-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

# Names a Pydantic model field must not take (they shadow BaseModel's own members).
RESERVED_MODEL_FIELDS = frozenset(
    {"model_config", "model_fields", "model_computed_fields", "copy", "json", "dict", "schema"}
)


def snake_case(name: str) -> str:
    spaced = _CAMEL.sub("_", name)
    parts = [p for p in _WORD_BOUNDARY.split(spaced) if p]
    return "_".join(p.lower() for p in parts)


def pascal_case(name: str) -> str:
    parts = [p for p in _WORD_BOUNDARY.split(name) if p]
    return "".join(p[:1].upper() + p[1:] for p in parts)


def python_identifier(name: str) -> str:
    """A valid, non-keyword identifier for a wire name (`x-request-id` -> `x_request_id`)."""
    candidate = re.sub(r"[^0-9A-Za-z_]+", "_", name)
    if candidate != name:  # `created_at[gte]` -> `created_at_gte`, not `created_at_gte_`
        candidate = candidate.strip("_") or "_"
    if not candidate or candidate[0].isdigit():
        candidate = "_" + candidate
    if keyword.iskeyword(candidate):
        candidate += "_"
    return candidate


def module_file(module: str) -> str:
    """`types.beta.beta_message` -> `types/beta/beta_message.py`."""
    return module.replace(".", "/") + ".py"
