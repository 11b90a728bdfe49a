"""What changed between two specs, as it affects the users of the generated SDK.

Two views of the same change, each entry classified breaking or not:

- the spec: operations, their parameters (path, query, header, cookie), request and response
  fields (top-level and in the component schemas they use), required-ness, types and enum
  values; whether a field change breaks depends on the side it is on (a new required request
  field breaks callers, a response field that may now be missing breaks readers);
- the SDK: the `client.x.y.method`s and the types (`module.Name`) the generator makes of each
  spec with the same overlay, and the required parameters of the methods both have.

`python -m generator diff OLD NEW [--json] [--fail-on-breaking]`; `make spec-diff OLD=... NEW=...`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import ir
from .build.infer import spec_operations, success_content
from .load import iter_refs, resolve_pointer

COMPONENTS = "#/components/schemas/"


@dataclass(frozen=True, order=True)
class Change:
    breaking: bool
    area: str  # "operation", "parameter", "request field", "response field", "method", "type"
    where: str  # the operation, schema or SDK name concerned
    what: str  # one line: what happened

    def line(self) -> str:
        return f"{self.area}: {self.where}: {self.what}"


# --------------------------------------------------------------------------------------
# The spec
# --------------------------------------------------------------------------------------


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """ "verb path" -> the operation, with its path item's parameters beside it."""
    paths = spec.get("paths") or {}
    return {
        f"{verb} {path}": {**operation, "x-path-parameters": paths[path].get("parameters") or []}
        for verb, path, operation in spec_operations(spec)
    }


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """The schema a node stands for, through a chain of `$ref`s (bounded)."""
    for _ in range(64):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        try:
            node = resolve_pointer(spec, node["$ref"])
        except KeyError:
            return {}
    return node


def type_label(node: Any) -> str:
    """A short, stable description of a schema's type (`string`, `array of Foo`, `Foo | null`)."""
    if not isinstance(node, dict):
        return "any"
    if isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            return " | ".join(sorted({type_label(v) for v in node[key]}))
    if isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
        return type_label(node["allOf"][0])
    kind = node.get("type")
    if isinstance(kind, list):
        return " | ".join(sorted(str(k) for k in kind))
    if kind == "array":
        return f"array of {type_label(node.get('items'))}"
    if "const" in node:
        return f"const {node['const']!r}"
    if kind is None:
        return "object" if "properties" in node else "any"
    return str(kind) + (f" ({node['format']})" if isinstance(node.get("format"), str) else "")


def _members(node: dict[str, Any]) -> set[str]:
    """The members of a union schema (by type label), or nothing when it is not one."""
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            return {type_label(v) for v in node[key]}
    return set()


def _enum(spec: dict[str, Any], node: Any) -> set[str]:
    node = _resolve(spec, node)
    if not isinstance(node, dict):
        return set()
    values = {json.dumps(v) for v in node.get("enum") or []}
    for key in ("anyOf", "oneOf"):
        for variant in node.get(key) or []:
            variant = _resolve(spec, variant)
            if isinstance(variant, dict) and "enum" in variant and "$ref" not in variant:
                values |= {json.dumps(v) for v in variant["enum"]}
    return values


def _parameters(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for param in [*operation["x-path-parameters"], *(operation.get("parameters") or [])]:
        param = _resolve(spec, param)
        if isinstance(param, dict) and "name" in param:
            found[f"{param.get('in')} {param['name']}"] = param
    return found


def _body(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    content = (operation.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        if isinstance(media, dict) and "schema" in media:
            return media["schema"]  # type: ignore[no-any-return]
    return None


def _success(operation: dict[str, Any]) -> dict[str, Any] | None:
    for media in success_content(operation).values():
        if isinstance(media, dict) and "schema" in media:
            return media["schema"]  # type: ignore[no-any-return]
    return None


def _refs(node: Any) -> Iterator[str]:
    return (target for _, target in iter_refs(node))


def _reachable(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    """Names of the component schemas the given nodes use, directly or not."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    pending = [r for root in roots for r in _refs(root)]
    while pending:
        ref = pending.pop()
        if not ref.startswith(COMPONENTS):
            continue
        name = ref[len(COMPONENTS) :].replace("~1", "/").replace("~0", "~")
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return seen


def _field_changes(
    old_spec: dict[str, Any], new_spec: dict[str, Any], old: Any, new: Any, where: str, side: str
) -> list[Change]:
    """Changes of the properties of one object schema; `side` is "request" or "response"."""
    old, new = _resolve(old_spec, old), _resolve(new_spec, new)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    area = f"{side} field"
    changes = []
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
    for name in sorted(set(old_props) - set(new_props)):
        changes.append(Change(True, area, f"{where}.{name}", "removed"))
    for name in sorted(set(new_props) - set(old_props)):
        required = name in new_req
        breaking = side == "request" and required
        changes.append(Change(breaking, area, f"{where}.{name}", "added" + (" (required)" if required else "")))
    for name in sorted(set(old_props) & set(new_props)):
        here = f"{where}.{name}"
        was, now = name in old_req, name in new_req
        if was != now:
            # A request field that becomes required breaks callers; a response field that may
            # now be missing breaks readers.
            breaking = (side == "request" and now) or (side == "response" and not now)
            changes.append(Change(breaking, area, here, "now required" if now else "now optional"))
        changes.extend(_type_changes(old_spec, new_spec, old_props[name], new_props[name], here, area, side))
    return changes


def _type_changes(
    old_spec: dict[str, Any], new_spec: dict[str, Any], old: Any, new: Any, where: str, area: str, side: str
) -> list[Change]:
    changes = []
    old, new = (n if isinstance(n, dict) else {} for n in (old, new))
    if old.get("type") == "array" and new.get("type") == "array":
        return _type_changes(old_spec, new_spec, old.get("items"), new.get("items"), f"{where}[]", area, side)
    before, after = type_label(old), type_label(new)
    old_variants, new_variants = _members(old), _members(new)
    if before != after and old_variants and new_variants and old_variants & new_variants:
        # A union that gains or loses members: more accepted is fine for callers; fewer is not.
        for name in sorted(new_variants - old_variants):
            changes.append(Change(False, area, where, f"union member {name} added"))
        for name in sorted(old_variants - new_variants):
            changes.append(Change(side == "request", area, where, f"union member {name} removed"))
    elif before != after:
        # A request field that takes any value of the type its one value had is wider, not other.
        widened = side == "request" and ("const" in old or "enum" in old) and after == str(old.get("type", "string"))
        changes.append(Change(not widened, area, where, f"type {before} -> {after}"))
    old_values, new_values = _enum(old_spec, old), _enum(new_spec, new)
    if old_values or new_values:
        for value in sorted(old_values - new_values):
            # A value the API no longer accepts breaks callers sending it.
            changes.append(Change(side == "request", area, where, f"enum value {value} removed"))
        for value in sorted(new_values - old_values):
            # A value a response may now carry can surprise code matching every known value.
            changes.append(Change(False, area, where, f"enum value {value} added"))
    return changes


def spec_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(set(old_ops) - set(new_ops)):
        changes.append(Change(True, "operation", key, "removed"))
    for key in sorted(set(new_ops) - set(old_ops)):
        changes.append(Change(False, "operation", key, "added"))
    for key in sorted(set(old_ops) & set(new_ops)):
        before, after = old_ops[key], new_ops[key]
        old_params, new_params = _parameters(old, before), _parameters(new, after)
        for name in sorted(set(old_params) - set(new_params)):
            changes.append(Change(True, "parameter", f"{key} {name}", "removed"))
        for name in sorted(set(new_params) - set(old_params)):
            required = bool(new_params[name].get("required"))
            changes.append(
                Change(required, "parameter", f"{key} {name}", "added" + (" (required)" if required else ""))
            )
        for name in sorted(set(old_params) & set(new_params)):
            was, now = bool(old_params[name].get("required")), bool(new_params[name].get("required"))
            if was != now:
                changes.append(Change(now, "parameter", f"{key} {name}", "now required" if now else "now optional"))
            changes.extend(
                _type_changes(
                    old, new, old_params[name].get("schema"), new_params[name].get("schema"),
                    f"{key} {name}", "parameter", "request",
                )
            )  # fmt: skip
        changes.extend(_field_changes(old, new, _body(old, before), _body(new, after), f"{key} body", "request"))
        changes.extend(_field_changes(old, new, _success(before), _success(after), f"{key} response", "response"))
    changes.extend(_schema_changes(old, new, old_ops, new_ops))
    return sorted(set(changes), key=lambda c: (not c.breaking, c.area, c.where, c.what))


def _schema_changes(
    old: dict[str, Any],
    new: dict[str, Any],
    old_ops: dict[str, dict[str, Any]],
    new_ops: dict[str, dict[str, Any]],
) -> list[Change]:
    """Field changes inside the component schemas both specs have, on the side(s) that use them."""

    def sides(spec: dict[str, Any], ops: dict[str, dict[str, Any]]) -> tuple[set[str], set[str]]:
        requests = _reachable(
            spec, [[o.get("requestBody"), o.get("parameters"), o["x-path-parameters"]] for o in ops.values()]
        )
        responses = _reachable(spec, [o.get("responses") for o in ops.values()])
        return requests, responses

    old_req, old_resp = sides(old, old_ops)
    new_req, new_resp = sides(new, new_ops)
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    changes = []
    for name in sorted(set(old_schemas) & set(new_schemas)):
        for side, before, after in (("request", old_req, new_req), ("response", old_resp, new_resp)):
            if name in before and name in after:
                changes.extend(_field_changes(old, new, old_schemas[name], new_schemas[name], name, side))
    return changes


# --------------------------------------------------------------------------------------
# The SDK
# --------------------------------------------------------------------------------------


def _methods(resources: list[ir.Resource], prefix: str = "client") -> Iterator[tuple[str, ir.Method]]:
    for resource in resources:
        here = f"{prefix}.{resource.attr}"
        for method in resource.methods:
            yield f"{here}.{method.name}", method
        yield from _methods(resource.children, here)


def _types(sdk: ir.SDK) -> set[str]:
    return {f"{d.id.module}.{d.id.name}" for m in sdk.type_modules for d in m.declarations}


def sdk_changes(old: ir.SDK, new: ir.SDK) -> list[Change]:
    changes = []
    old_methods, new_methods = dict(_methods(old.resources)), dict(_methods(new.resources))
    for name in sorted(set(old_methods) - set(new_methods)):
        changes.append(Change(True, "method", name, "removed"))
    for name in sorted(set(new_methods) - set(old_methods)):
        changes.append(Change(False, "method", name, "added"))
    for name in sorted(set(old_methods) & set(new_methods)):
        before = {p.py_name: p for p in old_methods[name].params}
        after = {p.py_name: p for p in new_methods[name].params}
        for param in sorted(set(before) - set(after)):
            changes.append(Change(True, "method", name, f"parameter {param} removed"))
        for param in sorted(set(after) - set(before)):
            required = after[param].required
            changes.append(
                Change(required, "method", name, f"parameter {param} added" + (" (required)" if required else ""))
            )
        for param in sorted(set(before) & set(after)):
            if before[param].required != after[param].required:
                now = after[param].required
                changes.append(
                    Change(now, "method", name, f"parameter {param} now {'required' if now else 'optional'}")
                )
    old_types, new_types = _types(old), _types(new)
    for name in sorted(old_types - new_types):
        changes.append(Change(True, "type", name, "removed"))
    for name in sorted(new_types - old_types):
        changes.append(Change(False, "type", name, "added"))
    return changes


# --------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------


@dataclass
class SpecDiff:
    old: str
    new: str
    changes: list[Change]
    sdk_error: str | None = None  # why the SDK view is missing, if it is

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def as_json(self) -> str:
        document = {
            "old": self.old,
            "new": self.new,
            "summary": {
                "changes": len(self.changes),
                "breaking": len(self.breaking),
                "by_area": _count_by_area(self.changes),
            },
            "changes": [asdict(c) for c in self.changes],
            "sdk_error": self.sdk_error,
        }
        return json.dumps(document, indent=2)

    def as_text(self) -> str:
        lines = [f"spec diff: {self.old} -> {self.new}"]
        for title, selected in (
            ("BREAKING", self.breaking),
            ("not breaking", [c for c in self.changes if not c.breaking]),
        ):
            lines.append(f"\n{title} ({len(selected)}):")
            lines.extend(f"  {c.line()}" for c in selected)
        if self.sdk_error:
            lines.append(f"\nthe SDK view is missing: {self.sdk_error}")
        areas = ", ".join(f"{n} {a}" for a, n in _count_by_area(self.changes).items())
        lines.append(f"\n{len(self.changes)} change(s), {len(self.breaking)} breaking ({areas or 'none'})")
        return "\n".join(lines)


def _count_by_area(changes: list[Change]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.area] = counts.get(change.area, 0) + 1
    return dict(sorted(counts.items()))


def diff_specs(old_path: Path, new_path: Path, overlays: Path, templates: Path, root: Path) -> SpecDiff:
    """Both views. Each spec is read the way `import-spec` imports it and patched by the
    overlay; the SDK view builds the IR the way `generate` does (it is left out, with the
    reason, when a spec cannot be built). Nothing is validated or written."""
    from .build import build_sdk
    from .config import load_configuration
    from .diagnostics import DiagnosticSink, GeneratorError
    from .overlay import apply_overlays, load_overlay_documents
    from .spec_import import canonical_spec
    from .yamlio import load_document

    actions = load_overlay_documents(overlays / "openapi")
    specs = []
    for path in (old_path, new_path):
        specs.append(apply_overlays(canonical_spec(load_document(path), path.name), actions, DiagnosticSink()))
    old, new = specs
    changes = spec_changes(old, new)
    sdk_error = None
    try:
        config = load_configuration(overlays)
        old_sdk = build_sdk(old, config, str(old_path), DiagnosticSink())
        new_sdk = build_sdk(new, config, str(new_path), DiagnosticSink())
        changes += sdk_changes(old_sdk, new_sdk)
    except GeneratorError as exc:
        sdk_error = f"{len(exc.diagnostics)} problem(s), first: {exc.diagnostics[0]}"
    ordered = sorted(changes, key=lambda c: (not c.breaking, c.area, c.where, c.what))
    return SpecDiff(str(old_path), str(new_path), ordered, sdk_error)
