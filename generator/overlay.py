"""Stage 2: apply OpenAPI Overlay 1.0 documents to the spec.

Each file in `overlays/openapi/` is one Overlay document; they are applied in file-name
order. An action selects nodes with a JSONPath (RFC 9535) `target` and either merges its
`update` into every selected node or removes them (`remove: true`). An action whose target
selects nothing is a warning (an error with `--strict`): it almost always means the spec changed
under the overlay. An action marked `x-optional: true` (a repair of a flaw only some upstream
specs have) may match nothing without a warning.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath

from .diagnostics import Diagnostic, DiagnosticSink, GeneratorError
from .yamlio import DocumentError, load_document

_JSONPATH = jsonpath.JSONPathEnvironment(strict=True)


@dataclass(frozen=True)
class Action:
    file: str
    index: int
    target: str
    update: Any = None
    remove: bool = False
    optional: bool = False  # `x-optional: true`: matching nothing is fine

    @property
    def pointer(self) -> str:
        return f"/actions/{self.index}"


def load_overlay_documents(directory: Path) -> list[Action]:
    sink = DiagnosticSink()
    actions: list[Action] = []
    files = sorted(directory.glob("*.yaml")) if directory.is_dir() else []
    for path in files:
        try:
            document = load_document(path)
        except DocumentError as exc:
            sink.error(exc.file, "", exc.reason)
            continue
        actions.extend(_parse_overlay(document, str(path), sink))
    sink.raise_if_errors()
    return actions


def _parse_overlay(document: Any, file: str, sink: DiagnosticSink) -> list[Action]:
    if not isinstance(document, dict):
        sink.error(file, "", "an overlay document must be a mapping")
        return []
    if not str(document.get("overlay", "")).startswith("1."):
        sink.error(file, "/overlay", "expected 'overlay: 1.0.0' (OpenAPI Overlay 1.0)")
    info = document.get("info")
    if not isinstance(info, dict) or "title" not in info or "version" not in info:
        sink.error(file, "/info", "an overlay needs 'info' with 'title' and 'version'")
    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        sink.error(file, "/actions", "an overlay needs a non-empty list of actions")
        return []
    actions = []
    for index, raw in enumerate(raw_actions):
        pointer = f"/actions/{index}"
        if not isinstance(raw, dict) or not isinstance(raw.get("target"), str):
            sink.error(file, pointer, "an action needs a 'target' JSONPath string")
            continue
        has_update, remove = "update" in raw, raw.get("remove", False)
        if remove is not True and not has_update:
            sink.error(file, pointer, "an action needs 'update' or 'remove: true'")
            continue
        if remove is True and has_update:
            sink.error(file, pointer, "an action cannot both 'update' and 'remove'")
            continue
        unknown = set(raw) - {"target", "update", "remove", "description"} - {k for k in raw if k.startswith("x-")}
        if unknown:
            sink.error(file, pointer, f"unknown action field(s): {', '.join(sorted(unknown))}")
            continue
        try:
            _JSONPATH.compile(raw["target"])
        except jsonpath.JSONPathError as exc:
            first_line = str(exc).splitlines()[0]
            sink.error(file, pointer + "/target", f"invalid JSONPath '{raw['target']}': {first_line}")
            continue
        actions.append(
            Action(file, index, raw["target"], raw.get("update"), remove is True, raw.get("x-optional") is True)
        )
    return actions


def merge(target: Any, update: Any) -> Any:
    """Overlay merge: mappings merge recursively, a list target gets the update appended
    (as one entry), anything else is replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge_property(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.append(copy.deepcopy(update))
        return target
    return copy.deepcopy(update)


def _merge_property(current: Any, value: Any) -> Any:
    # Inside a merged mapping, a list property given a list gets its items appended
    # (`enum: [c]` adds `c`), not the list itself as one more item.
    if isinstance(current, list) and isinstance(value, list):
        current.extend(copy.deepcopy(value))
        return current
    return merge(current, value)


def apply_overlays(
    document: dict[str, Any], actions: list[Action], sink: DiagnosticSink | None = None
) -> dict[str, Any]:
    """Return a patched copy of the document; the input is left untouched. Actions that match
    nothing are reported to `sink` as warnings (errors when no sink is given)."""
    patched = copy.deepcopy(document)
    problems: list[Diagnostic] = []
    for action in actions:
        matches = list(_JSONPATH.finditer(action.target, patched))
        if not matches:
            if action.optional:
                continue
            message = f"target '{action.target}' matches nothing in the spec (the action is not applied)"
            if sink is None:
                problems.append(Diagnostic(action.file, action.pointer, message))
            else:
                sink.warning(action.file, action.pointer, message)
            continue
        if action.remove:
            if any(not match.parts for match in matches):
                problems.append(Diagnostic(action.file, action.pointer, "cannot remove the document root"))
                continue
            # Remove from the deepest paths first so list indexes stay valid.
            for match in sorted(matches, key=_path_order, reverse=True):
                _remove(patched, match.parts)
            continue
        if any(isinstance(match.obj, dict) for match in matches) and not isinstance(action.update, dict):
            message = f"target '{action.target}' selects an object: 'update' must be a mapping to merge into it"
            problems.append(Diagnostic(action.file, action.pointer + "/update", message))
            continue
        for match in matches:
            if not match.parts:
                merge(patched, action.update)
            elif isinstance(match.obj, (dict, list)):
                merge(match.obj, action.update)
            else:
                _set(patched, match.parts, merge(match.obj, action.update))
    if problems:
        raise GeneratorError(problems)
    return patched


def _path_order(match: Any) -> tuple[tuple[int, Any], ...]:
    # Indexes and keys never share a position under one parent, but tag them so that
    # paths through different containers still compare.
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in match.parts)


def _parent(document: Any, parts: tuple[Any, ...]) -> Any:
    node = document
    for part in parts[:-1]:
        node = node[part]
    return node


def _remove(document: Any, parts: tuple[Any, ...]) -> None:
    parent = _parent(document, parts)
    del parent[parts[-1]]


def _set(document: Any, parts: tuple[Any, ...], value: Any) -> None:
    _parent(document, parts)[parts[-1]] = value
