"""Turning API names into Python names."""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from pathlib import Path

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


def overlay_file(module: str, copies: Mapping[str, Path]) -> Path | None:
    """The hand-written file that becomes the package module `module`, given what the overlay
    copies where (package-relative target -> source file or directory); None if none does."""
    relative = module_file(module)
    for target, source in copies.items():
        target = target.rstrip("/")
        if relative == target:
            return source if source.is_file() else None
        if relative.startswith(target + "/") and source.is_dir():
            candidate = source / relative[len(target) + 1 :]
            if candidate.is_file():
                return candidate
    return None
