"""Resource-tree inference: a method for every operation that `sdk.yaml` does not place.

`sdk.yaml` names what no rule can know (helpers, hooks, default headers, naming exceptions);
every other operation of the spec is placed by the rules below, so that a newer spec comes
out complete without an edit. The rules read only the spec's structure:

- The path, without its leading version segments (`/v1`), is a chain of collections and
  items: `/a/{a_id}/b/{b_id}` is the resource `a.b`. A query marker that `inference.groups`
  names (e.g. `?preview=true` -> `preview`) places the chain under that resource.
- An operation on a collection is `list` (GET) or `create` (POST); on an item `retrieve`,
  `update` (POST, PUT, PATCH) or `delete`. A verb in the operationId that says something
  else (`SendEvents`, `add_resource`, `upload_file`) names the method instead.
- A fixed last segment that is neither a collection (it has items, several operations, or
  a paged answer under an item) nor followed by anything is a method of the resource before it, named after
  the segment (`/a/{id}/archive` -> `a.archive`, `/a/stats` -> `a.stats`); an operationId
  verb that differs is put in front (`create_enrollment_url`).
- The answer decides the call (`inference.stream_methods` names methods that stream although
  the spec says JSON): a page shape of `pagination` (its items, fields and next-page
  query parameter) -> a paginator; `text/event-stream` -> a typed event stream (switched by
  a boolean `stream` body property when there is one); JSON lines -> a decoder; any other
  non-JSON media type -> a binary response.
- A method with query or body parameters gets a params TypedDict named after its resource
  and verb: `types.<parents>.<singular resource>_<method>_params.<Resource><Method>Params`.

`type_homes()` places the spec's schemas that `types.yaml` does not name next to the
resources using them (`types.<common parents>`), the way params types are placed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..config import Configuration, MethodConfig, PageConfig, ResourceConfig, StreamingConfig
from ..diagnostics import DiagnosticSink, escape_token
from ..load import iter_refs, resolve_pointer
from .naming import pascal_case, python_identifier, snake_case

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
EVENT_STREAM = "text/event-stream"
_VERSION_SEGMENT = re.compile(r"^v\d+(\.\d+)*$")

# What an operation does where it stands, when its operationId says nothing more specific.
_DEFAULT_VERBS = {
    ("collection", "get"): "list",
    ("collection", "post"): "create",
    ("collection", "put"): "update",
    ("collection", "patch"): "update",
    ("collection", "delete"): "delete",
    ("item", "get"): "retrieve",
    ("item", "post"): "update",
    ("item", "put"): "update",
    ("item", "patch"): "update",
    ("item", "delete"): "delete",
}
# The order of a resource's methods: the usual verbs first (the rest follow in spec order).
_USUAL_ORDER = ("create", "retrieve", "update", "list", "delete")
# OperationId verbs that only restate what the HTTP method and the place already say.
_PLAIN_VERBS = frozenset(
    {"get", "list", "retrieve", "read", "fetch", "create", "post", "put", "patch", "update", "delete", "remove"}
)


def singular(word: str) -> str:
    """English singular of a plural resource name (`memories` -> `memory`)."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Route:
    """Where an operation sits: its resource chain and what it is there."""

    chain: tuple[str, ...]  # resource attributes from the client down
    place: str  # "collection", "item" or "action"
    action: str | None = None  # the fixed last segment of an action


@dataclass
class _Node:
    methods: dict[str, MethodConfig] = field(default_factory=dict)
    children: dict[str, _Node] = field(default_factory=dict)
    docs: list[str] = field(default_factory=list)


@dataclass
class Placement:
    """The complete resource tree and where each operation went."""

    resources: dict[str, ResourceConfig]
    # "verb path" -> (resource chain, method name), configured and inferred alike.
    methods: dict[str, tuple[tuple[str, ...], str]]
    inferred: set[str]


def spec_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(verb, path, operation) for every operation of the spec, in its order."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for verb in HTTP_METHODS:
            operation = item.get(verb)
            if isinstance(operation, dict):
                yield verb, str(path), operation


def configured_operations(
    resources: dict[str, ResourceConfig], chain: tuple[str, ...] = ()
) -> Iterator[tuple[str, tuple[str, ...], str]]:
    """("verb path", resource chain, method name) of every method `sdk.yaml` configures."""
    for attr, rc in resources.items():
        here = (*chain, attr)
        for name, mc in rc.methods.items():
            verb, _, path = mc.operation.partition(" ")
            yield f"{verb.lower()} {path}", here, name
        yield from configured_operations(rc.children, here)


class TreeInference:
    def __init__(self, spec: dict[str, Any], config: Configuration, spec_file: str, sink: DiagnosticSink) -> None:
        self.spec = spec
        self.config = config
        self.spec_file = spec_file
        self.sink = sink
        self.groups = dict(config.sdk.inference.groups)
        # path without query -> segments (version stripped), grouped by query marker
        self._paths: dict[str, list[tuple[str, ...]]] = {}
        for path in spec.get("paths") or {}:
            marker, segments = self._split(str(path))
            self._paths.setdefault(marker, []).append(segments)

    # ----------------------------------------------------------------------------------

    def place(self) -> Placement:
        resources = dict(self.config.sdk.resources)
        placed: dict[str, tuple[tuple[str, ...], str]] = {}
        for key, chain, name in configured_operations(resources):
            placed[key] = (chain, name)
        skipped = {_normal_operation(k) for k in self.config.sdk.skipped_operations}
        root = _Node()
        inferred: set[str] = set()
        for verb, path, operation in spec_operations(self.spec):
            key = f"{verb} {path}"
            if key in placed or key in skipped:
                continue
            pointer = f"#/paths/{escape_token(path)}/{verb}"
            route = self.route(verb, path, operation)
            if route is None:
                self.sink.warning(
                    self.spec_file, pointer, f"'{key}' gets no method: its path names no resource to place it in"
                )
                continue
            node = root
            for attr in route.chain:
                node = node.children.setdefault(attr, _Node())
            name = self.method_name(route, verb, operation)
            taken = set(node.methods) | self._configured_names(resources, route.chain)
            if name in taken:
                alternative = f"{name}_{verb}"
                self.sink.warning(
                    self.spec_file,
                    pointer,
                    f"'{key}' would be the method {'.'.join(route.chain)}.{name}, which another operation "
                    f"already is: it becomes {alternative} (name it in {self.config.sdk_file})",
                )
                name = alternative
            node.methods[name] = self.method_config(route, name, verb, path, operation, pointer)
            placed[key] = (route.chain, name)
            inferred.add(key)
        merged = self._merge(resources, root, "resources", ())
        return Placement(merged, placed, inferred)

    # ----------------------------------------------------------------------------------
    # Routes and names
    # ----------------------------------------------------------------------------------

    def _split(self, path: str) -> tuple[str, tuple[str, ...]]:
        bare, _, query = path.partition("?")
        segments = [s for s in bare.split("/") if s]
        while segments and _VERSION_SEGMENT.match(segments[0]):
            segments.pop(0)
        return query, tuple(segments)

    def route(self, verb: str, path: str, operation: dict[str, Any]) -> Route | None:
        marker, segments = self._split(path)
        prefix: tuple[str, ...] = ()
        if marker:
            group = self.groups.get(marker)
            if group is None:
                return None
            prefix = (group,)
        chain: list[str] = []
        place = "collection"
        action = None
        for index, segment in enumerate(segments):
            if _is_parameter(segment):
                place = "item"
                continue
            # A first segment is always a resource: a method needs one to belong to.
            if not chain or index < len(segments) - 1 or self._is_collection(marker, segments[: index + 1]):
                chain.append(python_identifier(segment))
                place = "collection"
            else:
                action, place = segment, "action"
        if not chain:
            return None
        return Route((*prefix, *chain), place, action)

    def _is_collection(self, marker: str, prefix: tuple[str, ...]) -> bool:
        """A fixed segment names a collection when it has items, further segments or
        several operations, or when it answers with a page."""
        depth = len(prefix)
        for segments in self._paths.get(marker, []):
            if segments[:depth] == prefix and len(segments) > depth:
                return True
        verbs = self._verbs_at(marker, prefix)
        if len(verbs) > 1:
            return True
        # A lone paged GET under an item is that item's sub-collection (`agents/{id}/versions`);
        # under a collection it is a query of it (`agents/search` -> `agents.search`).
        get = verbs.get("get")
        under_item = depth > 1 and _is_parameter(prefix[-2])
        return under_item and get is not None and self._page(get) is not None

    def _verbs_at(self, marker: str, segments: tuple[str, ...]) -> dict[str, dict[str, Any]]:
        for path, item in (self.spec.get("paths") or {}).items():
            if isinstance(item, dict) and self._split(str(path)) == (marker, segments):
                return {v: item[v] for v in HTTP_METHODS if isinstance(item.get(v), dict)}
        return {}

    def method_name(self, route: Route, verb: str, operation: dict[str, Any]) -> str:
        spoken = self._operation_verb(route, operation)
        if route.place == "action":
            assert route.action is not None
            action = snake_case(route.action)
            # Only the HTTP method itself says nothing here: `CreateEnrollmentUrl` is
            # `create_enrollment_url`, `get_content` is `content`.
            if spoken is None or spoken in HTTP_METHODS or action.split("_")[0] == spoken:
                return python_identifier(action)
            return python_identifier(f"{spoken}_{action}")
        default = _DEFAULT_VERBS.get((route.place, verb), verb)
        if spoken is None or spoken in _PLAIN_VERBS:
            return default
        return python_identifier(spoken)

    def _operation_verb(self, route: Route, operation: dict[str, Any]) -> str | None:
        """The verb an operationId starts (or ends) with, if it is not one of the path's
        nouns: `PreviewSendEvents` -> `send`, `batches_cancel` -> `cancel`."""
        words = snake_case(str(operation.get("operationId") or "")).split("_")
        for index, word in enumerate(words):
            if index and _VERSION_SEGMENT.match(word):  # `upload_file_v1_files_post`
                words = words[:index]
                break
        words = [w for w in words if w]
        if words and words[-1] in HTTP_METHODS and len(words) > 1:
            words = words[:-1]
        if words and route.chain and words[0] == route.chain[0] and route.chain[0] in self.groups.values():
            words = words[1:]
        nouns: set[str] = set()
        for part in (*route.chain, route.action or ""):
            for word in snake_case(part).split("_"):
                nouns.update({word, singular(word)})
        if not words:
            return None
        if words[0] not in nouns:
            return words[0]
        if words[-1] not in nouns:
            return words[-1]
        return None

    def _configured_names(self, resources: dict[str, ResourceConfig], chain: tuple[str, ...]) -> set[str]:
        level = resources
        rc = None
        for attr in chain:
            rc = level.get(attr)
            if rc is None:
                return set()
            level = rc.children
        return set(rc.methods) | set(rc.children) if rc is not None else set()

    # ----------------------------------------------------------------------------------
    # What a method returns and takes
    # ----------------------------------------------------------------------------------

    def method_config(
        self, route: Route, name: str, verb: str, path: str, operation: dict[str, Any], pointer: str
    ) -> MethodConfig:
        content = success_content(operation)
        values: dict[str, Any] = {"operation": f"{verb} {path}"}
        if self._has_request_params(path, operation):
            values["params_type"] = method_type_name(route.chain, name, "params")
        if EVENT_STREAM in content:
            event = _schema_pointer(
                content[EVENT_STREAM],
                f"{pointer}/responses/{_success_code(operation)}/content/{escape_token(EVENT_STREAM)}/schema",
            )
            flag = self._stream_flag(operation)
            values["streaming"] = StreamingConfig(param=flag, event=event)
        elif name in self.config.sdk.inference.stream_methods and "application/json" in content:
            event = _schema_pointer(
                content["application/json"],
                f"{pointer}/responses/{_success_code(operation)}/content/{escape_token('application/json')}/schema",
            )
            values["streaming"] = StreamingConfig(param=None, event=event)
        elif content and not any(_is_json(m) for m in content):
            if any(_is_jsonl(m) for m in content):
                values["jsonl"] = True
            else:
                values["binary"] = True
        elif any(_is_jsonl(m) for m in content) and not any(m == "application/json" for m in content):
            values["jsonl"] = True
        else:
            scheme = self._page(operation) if verb == "get" else None
            if scheme is not None:
                values["page"] = scheme
        return MethodConfig(**values)

    def _has_request_params(self, path: str, operation: dict[str, Any]) -> bool:
        item = (self.spec.get("paths") or {}).get(path) or {}
        for param in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            if isinstance(param, dict) and "$ref" in param:
                param = resolve_pointer(self.spec, param["$ref"])
            if isinstance(param, dict) and param.get("in") == "query":
                return True
        return isinstance(operation.get("requestBody"), dict)

    def _stream_flag(self, operation: dict[str, Any]) -> str | None:
        """The boolean body property that switches the answer to an event stream, if any."""
        body = (operation.get("requestBody") or {}).get("content") or {}
        schema = (body.get("application/json") or {}).get("schema") or {}
        if "$ref" in schema:
            schema = resolve_pointer(self.spec, schema["$ref"])
        prop = (schema.get("properties") or {}).get("stream")
        if isinstance(prop, dict) and (prop.get("type") == "boolean" or "boolean" in (prop.get("type") or [])):
            return "stream"
        return None

    def _page(self, operation: dict[str, Any]) -> str | None:
        """The pagination scheme whose shape the JSON answer has and whose next-page query
        parameter the operation takes (the most specific one when several fit)."""
        content = success_content(operation)
        schema = (content.get("application/json") or {}).get("schema") or {}
        if "$ref" in schema:
            schema = resolve_pointer(self.spec, schema["$ref"])
        properties = schema.get("properties") or {}
        query = {
            p.get("name") for p in (operation.get("parameters") or []) if isinstance(p, dict) and p.get("in") == "query"
        }
        best: tuple[int, str] | None = None
        for name, scheme in self.config.sdk.pagination.items():
            items = properties.get(scheme.items)
            if not isinstance(items, dict) or items.get("type") != "array":
                continue
            wanted = _page_fields(scheme)
            if not all(f in properties for f in wanted) or scheme.next_param not in query:
                continue
            if best is None or len(wanted) > best[0]:
                best = (len(wanted), name)
        return best[1] if best else None

    def _in_usual_order(self, methods: dict[str, MethodConfig]) -> dict[str, MethodConfig]:
        """create, retrieve, update, list, delete, then the others in the spec's order."""
        position = {key: index for index, key in enumerate(f"{v} {p}" for v, p, _ in spec_operations(self.spec))}

        def rank(item: tuple[str, MethodConfig]) -> tuple[int, int]:
            name, config = item
            return _method_rank(name), position.get(_normal_operation(config.operation), len(position))

        return dict(sorted(methods.items(), key=rank))

    # ----------------------------------------------------------------------------------
    # Merging into the configured tree
    # ----------------------------------------------------------------------------------

    def _merge(
        self, configured: dict[str, ResourceConfig], inferred: _Node, package: str, chain: tuple[str, ...]
    ) -> dict[str, ResourceConfig]:
        merged = dict(configured)
        for attr, node in inferred.children.items():
            here = (*chain, attr)
            existing = merged.get(attr)
            if existing is not None:
                child_package = existing.module.rpartition(".")[0]
                if node.children and existing.module.rpartition(".")[2] != attr:
                    self.sink.warning(
                        self.config.sdk_file,
                        "/resources/" + "/children/".join(escape_token(a) for a in here),
                        f"resource {'.'.join(here)} is the module {existing.module}, which cannot hold the "
                        f"sub-resources {', '.join(node.children)}: make it a package (<name>.<name>)",
                    )
                    continue
                methods = {**existing.methods, **node.methods}
                if node.methods:
                    methods = self._in_usual_order(methods)
                children = self._merge(existing.children, node, child_package, here)
                merged[attr] = existing.model_copy(update={"methods": methods, "children": children})
                continue
            module = f"{package}.{attr}.{attr}" if node.children else f"{package}.{attr}"
            merged[attr] = ResourceConfig(
                class_name=pascal_case(attr),
                module=module,
                methods=self._in_usual_order(node.methods),
                children=self._merge({}, node, f"{package}.{attr}", here) if node.children else {},
            )
        return merged


def _method_rank(name: str) -> int:
    return _USUAL_ORDER.index(name) if name in _USUAL_ORDER else len(_USUAL_ORDER)


def method_type_name(chain: tuple[str, ...], method: str, kind: str) -> str:
    """The qualified name of a type that belongs to a method (`kind` "params" or "response"):
    `types.<parents>.<singular resource>_<method>_<kind>.<Resource><Method><Kind>`."""
    owner = singular(chain[-1])
    module = ".".join(("types", *chain[:-1], f"{owner}_{method}_{kind}"))
    return f"{module}.{pascal_case(owner)}{pascal_case(method)}{pascal_case(kind)}"


def _normal_operation(key: str) -> str:
    verb, _, path = key.partition(" ")
    return f"{verb.lower()} {path}"


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _is_jsonl(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in ("application/x-jsonl", "application/jsonl", "application/x-ndjson", "application/ndjson")


def _success_code(operation: dict[str, Any]) -> str:
    responses = operation.get("responses") or {}
    codes = sorted(c for c in map(str, responses) if len(c) == 3 and c.startswith("2"))
    return codes[0] if codes else "default"


def success_content(operation: dict[str, Any]) -> dict[str, Any]:
    """The media types of the first 2xx answer that has a body (by code, `2XX` last)."""
    responses = operation.get("responses") or {}
    for code in sorted(map(str, responses)):
        if code.startswith("2") or code.upper() == "2XX":
            response = responses[code] if code in responses else responses[int(code)]
            if isinstance(response, dict) and response.get("content"):
                return dict(response["content"])
    return {}


def _schema_pointer(media: dict[str, Any], pointer: str) -> str:
    schema = media.get("schema") or {}
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return str(ref) if isinstance(ref, str) else pointer


def _page_fields(scheme: PageConfig) -> list[str]:
    return [f for f in (scheme.first_id, scheme.last_id, scheme.next_field) if f]


def type_homes(spec: dict[str, Any], placement: Placement) -> dict[str, str]:
    """Component schema pointer -> the package its SDK types default to: the package of the
    params types of the resources whose operations reach it (`types.<parents>`), or the
    deepest package those share."""
    components = (spec.get("components") or {}).get("schemas") or {}
    prefix = "#/components/schemas/"
    direct = {prefix + escape_token(str(name)): set(_refs(node)) for name, node in components.items()}
    homes: dict[str, tuple[str, ...]] = {}
    paths = spec.get("paths") or {}
    for operation_key, (chain, _name) in sorted(placement.methods.items()):
        verb, _, path = operation_key.partition(" ")
        item = paths.get(path)
        if not isinstance(item, dict) or not isinstance(item.get(verb), dict):
            continue
        package = ("types", *chain[:-1])
        seen: set[str] = set()
        pending = [*_refs(item[verb]), *_refs(item.get("parameters") or [])]
        while pending:
            ref = pending.pop()
            if ref in seen or ref not in direct:
                continue
            seen.add(ref)
            pending.extend(direct[ref])
        for ref in seen:
            current = homes.get(ref)
            homes[ref] = package if current is None else _common(current, package)
    return {ref: ".".join(package) for ref, package in homes.items()}


def _refs(node: Any) -> Iterator[str]:
    return (target for _, target in iter_refs(node))


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    shared = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared.append(x)
    return tuple(shared)
