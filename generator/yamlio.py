"""Deterministic YAML and JSON reading/writing shared by every stage.

libyaml (C) is used when present: the imported spec is large and the pure-Python codec is
an order of magnitude slower.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loading that refuses a key given twice in one mapping (YAML would silently keep
    the last one, hiding a mistake in a hand-edited overlay)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: dict[object, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                line = key_node.start_mark.line + 1
                first = seen[key].start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (line {line}; first given on line {first})", key_node.start_mark
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


class DocumentError(Exception):
    """A file could not be read or parsed; `file` and `reason` are shown to the user."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


def load_document(path: Path) -> Any:
    """Load a YAML or JSON document (JSON is valid YAML, but the JSON parser is faster)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read file: {exc.strerror}") from None
    try:
        if path.suffix == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=_Loader)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise DocumentError(str(path), f"not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {exc}") from None


def dump_yaml(data: Any) -> str:
    """Dump with the mapping order given by the caller (callers canonicalise first)."""
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return text
