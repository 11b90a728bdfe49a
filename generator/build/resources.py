"""Operations -> resources and methods, following the resource tree in `sdk.yaml`."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from .. import ir
from ..config import Configuration, MethodConfig, MixinConfig, ResourceConfig, TypeNaming, split_qualified
from ..diagnostics import DiagnosticSink, escape_token
from ..load import resolve_pointer
from .infer import HTTP_METHODS, Placement, method_type_name
from .naming import overlay_file, python_identifier
from .schemas import SchemaResolver, normalise_key

BodyKind = Literal["json", "multipart"]
EVENT_STREAM = "text/event-stream"


class ResourceBuilder:
    def __init__(
        self,
        spec: dict[str, Any],
        config: Configuration,
        resolver: SchemaResolver,
        sink: DiagnosticSink,
        placement: Placement,
    ) -> None:
        self.spec = spec
        self.config = config
        self.resolver = resolver
        self.sink = sink
        self.spec_file = resolver.spec_file
        self.client_parameters = {name.lower() for name in config.sdk.client.client_parameters}
        self.used_operations: dict[str, str] = {}
        self.placement = placement

    # ----------------------------------------------------------------------------------

    def build(self) -> list[ir.Resource]:
        placement = self.placement
        for operation in sorted(placement.inferred):
            chain, name = placement.methods[operation]
            verb, _, path = operation.partition(" ")
            self.sink.note(
                self.spec_file,
                f"#/paths/{escape_token(path)}/{verb}",
                f"'{operation}' is client.{'.'.join(chain)}.{name} (inferred)",
            )
        resources = [
            self._resource(attr, rc, f"/resources/{escape_token(attr)}", {}) for attr, rc in placement.resources.items()
        ]
        self._check_every_operation_is_placed()
        return resources

    def _check_every_operation_is_placed(self) -> None:
        """Every operation of the spec becomes a method or is skipped by configuration (with
        its reason); any other is a warning, never a silent gap."""
        skipped = self.config.sdk.skipped_operations
        for operation, reason in skipped.items():
            verb, _, path = operation.partition(" ")
            item = (self.spec.get("paths") or {}).get(path)
            where = f"/skipped_operations/{escape_token(operation)}"
            if not isinstance(item, dict) or verb.lower() not in item:
                self.sink.warning(
                    self.config.sdk_file,
                    where,
                    f"'{operation}' is not in the spec any more (skipped because: {reason})",
                )
            else:
                self.sink.note(self.config.sdk_file, where, f"'{operation}' gets no method, by configuration: {reason}")
        for path, item in (self.spec.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for verb in HTTP_METHODS:
                if verb not in item:
                    continue
                name = f"{verb} {path}"
                if name not in self.used_operations and name not in skipped:
                    self.sink.warning(
                        self.spec_file,
                        f"#/paths/{escape_token(path)}/{verb}",
                        f"'{name}' gets no method: map it in {self.config.sdk_file} or list it in skipped_operations",
                    )

    def _resource(
        self, attr: str, rc: ResourceConfig, key: str, inherited_headers: dict[str, tuple[str, ...]]
    ) -> ir.Resource:
        headers = _merge_header_values(inherited_headers, rc.default_headers)
        resource = ir.Resource(
            attr=attr,
            class_name=rc.class_name,
            module=rc.module,
            doc=rc.doc,
            constants=dict(rc.constants),
        )
        if rc.mixin is not None:
            resource.mixin = ir.Mixin(rc.mixin.module, rc.mixin.sync_class, rc.mixin.async_class)
        for name, mc in rc.methods.items():
            method = self._method(name, mc, f"{key}/methods/{escape_token(name)}", headers, rc)
            if method is not None:
                resource.methods.append(method)
        if rc.mixin is not None:
            self._check_mirrors(rc.mixin, resource, key)
        for child_attr, child in rc.children.items():
            resource.children.append(
                self._resource(child_attr, child, f"{key}/children/{escape_token(child_attr)}", headers)
            )
        return resource

    def _check_mirrors(self, mixin: MixinConfig, resource: ir.Resource, key: str) -> None:
        """Each helper that mirrors a method takes every parameter the method takes (but the
        streaming switch): a parameter the spec added is a warning naming the helper's file."""
        methods = {m.name: m for m in resource.methods}
        for helper, mirror in mixin.mirrors.items():
            where = f"{key}/mixin/mirrors/{escape_token(helper)}"
            method = methods.get(mirror.method)
            if method is None:
                self.sink.warning(self.config.sdk_file, where, f"no method '{mirror.method}' on this resource")
                continue
            source = self._overlay_source(mirror.module or mixin.module)
            taken = _helper_parameters(source, helper) if source is not None else None
            if taken is None:
                self.sink.warning(
                    self.config.sdk_file, where, f"no function '{helper}' in {mirror.module or mixin.module}"
                )
                continue
            flag = method.streaming.param if method.streaming else None
            missing = sorted(p.py_name for p in method.params if p.py_name not in taken and p.py_name != flag)
            if missing:
                self.sink.warning(
                    str(source),
                    "",
                    f"the helper '{helper}' lacks parameter(s) {', '.join(missing)} of {resource.attr}."
                    f"{method.name} (the spec has them): add them to it",
                )

    def _overlay_source(self, module: str) -> Path | None:
        """The file in overlays/ that becomes the package module `module`."""
        overlays = Path(self.config.overlays_dir)
        return overlay_file(module, {c.target: overlays / c.source for c in self.config.sdk.overlay_modules})

    # ----------------------------------------------------------------------------------

    def _operation(self, mc: MethodConfig, key: str) -> tuple[str, str, dict[str, Any]] | None:
        verb, _, path = mc.operation.partition(" ")
        verb = verb.lower()
        item = (self.spec.get("paths") or {}).get(path)
        operation = item.get(verb) if isinstance(item, dict) else None
        if not isinstance(operation, dict):
            self.sink.warning(
                self.config.sdk_file,
                key + "/operation",
                f"no operation '{verb} {path}' in the spec: the method is left out",
            )
            return None
        previous = self.used_operations.get(mc.operation)
        if previous is not None:
            self.sink.error(
                self.config.sdk_file, key + "/operation", f"operation '{mc.operation}' is already used by {previous}"
            )
        self.used_operations[mc.operation] = key
        return verb, path, operation

    def _method(
        self,
        name: str,
        mc: MethodConfig,
        key: str,
        resource_headers: dict[str, tuple[str, ...]],
        rc: ResourceConfig,
    ) -> ir.Method | None:
        found = self._operation(mc, key)
        if found is None:
            return None
        verb, path, operation = found
        op_pointer = f"#/paths/{escape_token(path)}/{verb}"
        params_id = ir.TypeId(*split_qualified(mc.params_type)) if mc.params_type else None

        params: list[ir.Param] = []
        params.extend(self._parameters(operation, path, op_pointer, params_id))
        body_kind, body_params, body_schema = self._body(operation, op_pointer, params_id, key)
        params.extend(body_params)

        streaming = self._streaming(mc, key, params_id, operation, op_pointer)
        if params_id is not None:
            self._declare_params_type(params_id, params, streaming, body_schema, op_pointer)

        self._name_inline_answer(mc, name, verb, path, operation, op_pointer)
        response = self._response(mc, operation, op_pointer, key)
        accept = (
            self._accept(operation, op_pointer) if isinstance(response, (ir.BinaryResponse, ir.JSONLResponse)) else None
        )
        hooks = self._hooks(mc, key, params, rc)
        return ir.Method(
            name=name,
            http_method=verb,
            path=path,
            params=tuple(_ordered(params, path)),
            response=response,
            body=body_kind,
            params_type=params_id,
            streaming=streaming,
            default_headers=tuple(_merge_header_values(resource_headers, mc.default_headers).items()),
            doc=mc.doc or _text(operation.get("description")) or _text(operation.get("summary")),
            operation_id=str(operation.get("operationId", "")),
            before_call=hooks,
            url_from=(mc.url_from.method, mc.url_from.field) if mc.url_from else None,
            accept=accept,
            prepare_body=tuple(mc.prepare_body.split(":", 1)) if mc.prepare_body else None,  # type: ignore[arg-type]
        )

    def _name_inline_answer(
        self, mc: MethodConfig, name: str, verb: str, path: str, operation: dict[str, Any], op_pointer: str
    ) -> None:
        """An answer the spec writes out in place (an object or a union, not a `$ref`) gets a
        name after its method, beside the method's params: `types/<parents>/<resource>_<method>_
        response.py`, `<Resource><Method>Response` (unless `types.yaml` names it)."""
        if mc.binary or mc.page or mc.jsonl or mc.streaming is not None:
            return
        placed = self.placement.methods.get(f"{verb} {path}")
        success, content = self._success(operation, op_pointer)
        schema = (content.get("application/json") or {}).get("schema")
        if placed is None or not isinstance(schema, dict):
            return
        pointer = (
            f"{op_pointer}/responses/{escape_token(success or '')}/content/{escape_token('application/json')}/schema"
        )
        if isinstance(schema.get("$ref"), str):
            # A shared union (not an object: objects keep their schema's name) is named
            # after the method too.
            pointer = schema["$ref"]
            try:
                schema = resolve_pointer(self.spec, pointer)
            except KeyError:
                return
            if not isinstance(schema, dict) or _is_object_schema(schema):
                return
        variants = schema.get("oneOf") or schema.get("anyOf")
        if not (_is_object_schema(schema) or (isinstance(variants, list) and len(variants) > 1)):
            return  # a one-member union is its member
        if pointer in self.resolver.namings or self.resolver.registry.by_schema.get((pointer, "model")):
            return
        chain, _ = placed
        self.resolver.namings[pointer] = TypeNaming(model=method_type_name(chain, name, "response"))

    def _hooks(self, mc: MethodConfig, key: str, params: list[ir.Param], rc: ResourceConfig) -> tuple[ir.Hook, ...]:
        in_scope = {p.py_name for p in params} | set(rc.constants) | {"timeout"}
        hooks = []
        for index, hook in enumerate(mc.before_call):
            module, _, function = hook.function.partition(":")
            for keyword, name in hook.args.items():
                if name not in in_scope:
                    self.sink.error(
                        self.config.sdk_file,
                        f"{key}/before_call/{index}/args/{escape_token(keyword)}",
                        f"'{name}' is neither a parameter of the method nor a constant of its resource",
                    )
            hooks.append(ir.Hook(module, function, tuple(hook.args.items())))
        return tuple(hooks)

    def _parameters(
        self, operation: dict[str, Any], path: str, op_pointer: str, owner: ir.TypeId | None
    ) -> list[ir.Param]:
        path_item = (self.spec.get("paths") or {}).get(path) or {}
        raw = list(path_item.get("parameters") or []) + list(operation.get("parameters") or [])
        params = []
        for index, param in enumerate(raw):
            pointer = f"{op_pointer}/parameters/{index}"
            if isinstance(param, dict) and "$ref" in param:
                param = resolve_pointer(self.spec, param["$ref"])
            if not isinstance(param, dict):
                continue
            wire = str(param.get("name", ""))
            location = param.get("in")
            if wire.lower() in self.client_parameters:
                continue  # supplied by the client itself
            if location not in ("path", "query", "header", "cookie"):
                self.sink.warning(
                    self.spec_file, pointer, f"a parameter in {location!r} is not supported: '{wire}' is left out"
                )
                continue
            schema = param.get("schema") or {}
            override = schema.get("x-stainless-override-schema") if isinstance(schema, dict) else None
            py_name = python_identifier(wire)
            if location in ("header", "cookie"):
                py_name = py_name.lower()  # `X-Request-Trace` -> `x_request_trace`
            if isinstance(override, dict) and isinstance(override.get("x-stainless-param"), str):
                py_name = override["x-stainless-param"]
            param_type = self.resolver.resolve(schema, pointer + "/schema", "param", owner, hint=wire)
            params.append(
                ir.Param(
                    py_name=py_name,
                    wire_name=wire,
                    location=location,
                    type=param_type,
                    required=bool(param.get("required")) or location == "path",
                    doc=_text(param.get("description")),
                    joined_header=location == "header" and isinstance(param_type, ir.ListType),
                )
            )
        return params

    def _body(
        self,
        operation: dict[str, Any],
        op_pointer: str,
        owner: ir.TypeId | None,
        key: str,
    ) -> tuple[BodyKind | None, list[ir.Param], tuple[dict[str, Any], str] | None]:
        request_body = operation.get("requestBody")
        if not isinstance(request_body, dict):
            return None, [], None
        content = request_body.get("content") or {}
        body_kinds: tuple[tuple[str, BodyKind], ...] = (
            ("application/json", "json"),
            ("multipart/form-data", "multipart"),
        )
        for media_type, kind in body_kinds:
            if media_type not in content:
                continue
            others = [m for m in content if m != media_type]
            if others:
                self.sink.warning(
                    self.spec_file,
                    f"{op_pointer}/requestBody/content",
                    f"the body is sent as {media_type}; its other media type(s) {', '.join(others)} are not offered",
                )
            pointer = f"{op_pointer}/requestBody/content/{escape_token(media_type)}/schema"
            schema = content[media_type].get("schema") or {}
            if "$ref" in schema:
                pointer = schema["$ref"]
                schema = resolve_pointer(self.spec, pointer)
            properties, required = self._body_properties(schema, pointer)
            params = []
            for wire, (prop, prop_pointer) in properties.items():
                prop_type = self.resolver.property_type(prop, prop_pointer, "param", owner, wire)
                params.append(
                    ir.Param(
                        py_name=python_identifier(wire),
                        wire_name=wire,
                        location="body",
                        type=prop_type,
                        required=wire in required,
                        doc=_text(prop.get("description")) if isinstance(prop, dict) else None,
                    )
                )
            return kind, params, (schema, pointer)
        self.sink.error(
            self.config.sdk_file, key + "/operation", f"unsupported request body media type(s): {', '.join(content)}"
        )
        return None, [], None

    def _body_properties(self, schema: dict[str, Any], pointer: str) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        """The body's properties (with their pointers) and the required ones. A body that is
        one of several object shapes takes the properties of all of them; what every shape
        requires is required."""
        variants_key = next((k for k in ("oneOf", "anyOf") if isinstance(schema.get(k), list)), None)
        if variants_key is None or schema.get("properties"):
            return (
                {
                    w: (p, f"{pointer}/properties/{escape_token(w)}")
                    for w, p in (schema.get("properties") or {}).items()
                },
                set(schema.get("required") or []),
            )
        properties: dict[str, tuple[Any, str]] = {}
        required: set[str] | None = None
        for index, variant in enumerate(schema[variants_key]):
            variant_pointer = f"{pointer}/{variants_key}/{index}"
            if isinstance(variant, dict) and "$ref" in variant:
                variant_pointer = variant["$ref"]
                variant = resolve_pointer(self.spec, variant_pointer)
            if not isinstance(variant, dict):
                continue
            found, needed = self._body_properties(variant, variant_pointer)
            for wire, entry in found.items():
                properties.setdefault(wire, entry)
            required = needed if required is None else required & needed
        if len(schema[variants_key]) > 1:
            self.sink.note(
                self.spec_file,
                pointer,
                f"the body is one of {len(schema[variants_key])} shapes: the method takes the parameters of all",
            )
        return properties, required or set()

    def _streaming(
        self,
        mc: MethodConfig,
        key: str,
        params_id: ir.TypeId | None,
        operation: dict[str, Any],
        op_pointer: str,
    ) -> ir.Streaming | None:
        if mc.streaming is None:
            return None
        pointer = normalise_key(mc.streaming.event)
        try:
            node = resolve_pointer(self.spec, pointer)
        except KeyError:
            self.sink.error(self.config.sdk_file, key + "/streaming/event", f"unknown schema '{mc.streaming.event}'")
            return None
        event = self.resolver.named(pointer, node, "model")
        streaming_id = non_streaming_id = None
        if params_id is not None and mc.streaming.param is not None:
            streaming_id = ir.TypeId(params_id.module, params_id.name + "Streaming")
            non_streaming_id = ir.TypeId(params_id.module, params_id.name + "NonStreaming")
        _, content = self._success(operation, op_pointer)
        accept = EVENT_STREAM if EVENT_STREAM in content or mc.streaming.param is None else None
        return ir.Streaming(mc.streaming.param, event, streaming_id, non_streaming_id, accept)

    def _declare_params_type(
        self,
        params_id: ir.TypeId,
        params: list[ir.Param],
        streaming: ir.Streaming | None,
        body: tuple[dict[str, Any], str] | None,
        op_pointer: str,
    ) -> None:
        """The request as one TypedDict (what `**params` users spread into a call)."""
        fields = [ir.Field(p.wire_name, p.py_name, p.type, p.required, p.doc) for p in params if p.location != "path"]
        origin = body[1] if body is not None else op_pointer
        registry = self.resolver.registry
        doc = _text(body[0].get("description")) if body is not None else None
        if streaming is None or streaming.params_streaming is None or streaming.param is None:
            registry.reserve(params_id, origin)
            registry.add(ir.ParamsDecl(params_id, tuple(fields), doc, origin))
            return
        base_id = ir.TypeId(params_id.module, params_id.name + "Base")
        base_fields = tuple(f for f in fields if f.py_name != streaming.param)
        for type_id in (base_id, streaming.params_non_streaming, streaming.params_streaming, params_id):
            assert type_id is not None
            registry.reserve(type_id, origin)
        registry.add(ir.ParamsDecl(base_id, base_fields, doc, origin))
        flag = streaming.param
        non_streaming = ir.Field(flag, flag, ir.LiteralType((False,)), False)
        streaming_field = ir.Field(flag, flag, ir.LiteralType((True,)), True)
        assert streaming.params_non_streaming is not None and streaming.params_streaming is not None
        registry.add(ir.ParamsDecl(streaming.params_non_streaming, (non_streaming,), None, origin, (base_id,)))
        registry.add(ir.ParamsDecl(streaming.params_streaming, (streaming_field,), None, origin, (base_id,)))
        union = ir.UnionType((ir.NamedType(streaming.params_non_streaming), ir.NamedType(streaming.params_streaming)))
        registry.add(ir.AliasDecl(params_id, union, doc, origin, "param"))

    def _accept(self, operation: dict[str, Any], op_pointer: str) -> str | None:
        """The media type a raw (binary, JSON lines) answer is asked for with."""
        _, content = self._success(operation, op_pointer)
        return str(next(iter(content))) if content else None

    def _success(self, operation: dict[str, Any], op_pointer: str) -> tuple[str | None, dict[str, Any]]:
        """The success answer: the first 2xx response (by code, `2XX` last) with a body; a
        second one with another body is a warning, as only one is read."""
        responses = operation.get("responses") or {}
        codes = sorted(c for c in map(str, responses) if len(c) == 3 and c.startswith("2") and c.isdigit())
        codes += [c for c in map(str, responses) if c.upper() == "2XX"]
        with_body = [c for c in codes if isinstance(responses[c], dict) and responses[c].get("content")]
        if not with_body:
            return (codes[0] if codes else None), {}
        chosen = with_body[0]
        for other in with_body[1:]:
            if responses[other]["content"] != responses[chosen]["content"]:
                self.sink.warning(
                    self.spec_file,
                    f"{op_pointer}/responses/{escape_token(other)}",
                    f"another success response ({other}) with another body: only {chosen} is read",
                )
        return chosen, dict(responses[chosen]["content"])

    def _media_type(self, content: dict[str, Any], wanted: str | None, pointer: str, *, streams: bool) -> str:
        """The media type of the body read: the one the method asks for, else JSON, else the
        first; the others are warnings (an event stream beside JSON is what streaming is)."""
        candidates = [m for m in (wanted, "application/json") if m]
        chosen = next((m for m in candidates if m in content), next(iter(content)))
        ignored = [m for m in content if m != chosen and not (streams and m == "text/event-stream")]
        if ignored:
            self.sink.warning(
                self.spec_file,
                pointer,
                f"the answer is read as {chosen}; its other media type(s) {', '.join(ignored)} are not",
            )
        return chosen

    def _response(self, mc: MethodConfig, operation: dict[str, Any], op_pointer: str, key: str) -> ir.Response:
        if mc.binary:
            return ir.BinaryResponse()
        success, content = self._success(operation, op_pointer)
        if not content:
            return ir.ModelResponse(ir.AnyType())
        content_pointer = f"{op_pointer}/responses/{escape_token(success or '')}/content"
        wanted = "application/x-jsonl" if mc.jsonl else None
        media_type = self._media_type(content, wanted, content_pointer, streams=mc.streaming is not None)
        pointer = f"{content_pointer}/{escape_token(media_type)}/schema"
        schema = content[media_type].get("schema") or {}
        if mc.page is not None:
            if mc.page not in self.config.sdk.pagination:
                self.sink.error(self.config.sdk_file, key + "/page", f"unknown pagination scheme '{mc.page}'")
                return ir.ModelResponse(ir.AnyType())
            items_field = self.config.sdk.pagination[mc.page].items
            if "$ref" in schema:
                pointer = schema["$ref"]
                schema = resolve_pointer(self.spec, pointer)
            items = ((schema.get("properties") or {}).get(items_field) or {}).get("items")
            if not isinstance(items, dict):
                self.sink.error(
                    self.config.sdk_file, key + "/page", f"the response has no '{items_field}' array to page through"
                )
                return ir.ModelResponse(ir.AnyType())
            item_pointer = f"{pointer}/properties/{escape_token(items_field)}/items"
            return ir.PageResponse(mc.page, self.resolver.resolve(items, item_pointer, "model"))
        item = self.resolver.resolve(schema, pointer, "model")
        if mc.jsonl:
            return ir.JSONLResponse(item)
        return ir.ModelResponse(item)


def _merge_header_values(
    inherited: dict[str, tuple[str, ...]], own: dict[str, str | list[str]]
) -> dict[str, tuple[str, ...]]:
    """Default header values of a resource or method: its own after its parents' (header
    names compared case-insensitively, values kept once each)."""
    merged = dict(inherited)
    for name, value in own.items():
        values = (value,) if isinstance(value, str) else tuple(value)
        existing = next((key for key in merged if key.lower() == name.lower()), name)
        combined = merged.pop(existing, ())
        merged[existing] = combined + tuple(v for v in values if v not in combined)
    return merged


def _ordered(params: list[ir.Param], path_template: str) -> list[ir.Param]:
    """The last path parameter (in URL order) is positional; the other path parameters
    come next as required keywords, then required and optional keyword parameters, each
    alphabetically, then header and cookie parameters."""
    path = sorted(
        (p for p in params if p.location == "path"), key=lambda p: path_template.find("{" + p.wire_name + "}")
    )
    positional = [replace(p, positional=True) for p in path[-1:]]
    headers = sorted(
        (p for p in params if p.location in ("header", "cookie")), key=lambda p: (not p.required, p.py_name)
    )
    rest = [p for p in params if p.location not in ("path", "header", "cookie")]
    required = sorted((p for p in rest if p.required), key=lambda p: p.py_name)
    optional = sorted((p for p in rest if not p.required), key=lambda p: p.py_name)
    return positional + path[:-1] + required + optional + headers


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _helper_parameters(source: Path, name: str) -> set[str] | None:
    """The parameter names of every function `name` in the file (overloads included)."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    found: set[str] | None = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            arguments = node.args
            names = {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
            found = names if found is None else found | names
    return found


def _is_object_schema(node: dict[str, Any]) -> bool:
    """An object with its own properties (a union of objects may say `type: object` too)."""
    if "properties" in node:
        return True
    return node.get("type") == "object" and not any(k in node for k in ("oneOf", "anyOf"))
