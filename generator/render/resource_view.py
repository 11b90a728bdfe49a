"""Template context for one resource module (sync and async classes and their
raw/streaming-response wrappers).

Everything a template needs is computed here as text: signatures, the expressions that
build the request, the return annotation. The same view renders both the sync and the
async class; the few places that differ carry both spellings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .. import ir
from ..build.naming import snake_case
from .pyexpr import Imports, TypePrinter, package_of, py_literal, relative_module

TIMEOUT_ANNOTATION = "float | httpx.Timeout | None | NotGiven"


@dataclass
class ParamView:
    name: str
    annotation: str
    default: str | None  # None when required
    positional: bool = False


@dataclass
class SignatureView:
    params: list[ParamView]
    returns: str
    returns_async: str


@dataclass
class MethodView:
    name: str
    doc: str | None
    arg_docs: list[tuple[str, str]]
    signature: SignatureView
    overloads: list[SignatureView]
    http_method: str
    path_expr: str
    call: str  # "request" | "page" | "jsonl"
    body_expr: str | None
    files_expr: str | None
    query_expr: str | None
    headers_expr: str
    cast_to: str
    cast_to_async: str
    stream_expr: str | None
    stream_cls: str | None
    stream_cls_async: str | None
    lazy_event: tuple[str, str] | None  # (relative module, name) of an event type imported on use
    stream_flag: str | None  # the parameter that asks for a stream (None: it always streams)
    page_cls: str | None
    page_cls_async: str | None
    page_item: str | None
    binary: bool
    hook_calls: list[str]  # `timeout = hook(self._client, timeout, ...)` right-hand sides
    url_from: tuple[str, str] | None
    path_args: list[str] = field(default_factory=list)


@dataclass
class ChildView:
    attr: str
    class_name: str
    module: str  # relative import path


@dataclass
class ResourceView:
    module: str
    error_base: str
    imports: list[str]
    typing_imports: list[str]
    class_name: str
    instance_name: str  # the wrappers' constructor argument (`messages`)
    doc: str | None
    methods: list[MethodView]
    children: list[ChildView]
    mixin: ir.Mixin | None
    constants: list[tuple[str, str]]


def resource_view(resource: ir.Resource, error_base: str) -> ResourceView:
    package = package_of(resource.module)
    imports = Imports(package)
    imports.plain("httpx")
    imports.local("_types", "Body", "Query", "Headers", "NotGiven", "not_given", "Omit", "omit")
    imports.local("_resource", "SyncAPIResource", "AsyncAPIResource")
    imports.local("_compat", "cached_property")
    imports.local("_request", "make_request_options")
    imports.local(
        "_response",
        "to_raw_response_wrapper",
        "async_to_raw_response_wrapper",
        "to_streamed_response_wrapper",
        "async_to_streamed_response_wrapper",
    )
    typing_only = Imports(package)
    methods = [_method(m, resource, imports, typing_only, error_base) for m in resource.methods]
    children = []
    for child in resource.children:
        relative = relative_module(package, child.module)
        children.append(ChildView(child.attr, child.class_name, relative))
        typing_only.local_for_typing(child.module, child.class_name, f"Async{child.class_name}")
        for suffix in ("WithRawResponse", "WithStreamingResponse"):
            typing_only.local_for_typing(child.module, child.class_name + suffix, f"Async{child.class_name}{suffix}")
    if resource.mixin is not None:
        imports.local(resource.mixin.module, resource.mixin.sync_class, resource.mixin.async_class)
    constants = [(name, py_literal(value)) for name, value in sorted(resource.constants.items())]
    return ResourceView(
        module=resource.module,
        error_base=error_base,
        imports=imports.lines(),
        typing_imports=typing_only.lines() + typing_only.typing_lines(),
        class_name=resource.class_name,
        instance_name=snake_case(resource.class_name),
        doc=resource.doc,
        methods=methods,
        children=children,
        mixin=resource.mixin,
        constants=constants,
    )


def _method(
    method: ir.Method, resource: ir.Resource, imports: Imports, typing_only: Imports, error_base: str
) -> MethodView:
    # Annotations are never evaluated at run time (postponed evaluation), so the types
    # they name are imported for type checkers only; what the body uses is imported for real.
    param_printer = TypePrinter(resource.module, "param", typing_only)
    model_printer = TypePrinter(resource.module, "model", imports)
    typing_model_printer = TypePrinter(resource.module, "model", typing_only)

    params: list[ParamView] = []
    for p in method.params:
        annotation = param_printer.expr(p.type, header_list=p.joined_header)
        if p.positional:
            params.append(ParamView(p.py_name, annotation, None, positional=True))
        elif p.required:
            params.append(ParamView(p.py_name, annotation, None))
        else:
            params.append(ParamView(p.py_name, f"{annotation} | Omit", "omit"))
    params += [
        ParamView("extra_headers", "Headers | None", "None"),
        ParamView("extra_query", "Query | None", "None"),
        ParamView("extra_body", "Body | None", "None"),
        ParamView("timeout", TIMEOUT_ANNOTATION, "not_given"),
    ]

    cast_to = cast_to_async = "object"
    returns = returns_async = "object"
    call = "request"
    page_cls = page_cls_async = page_item = None
    binary = False
    response = method.response
    if isinstance(response, ir.ModelResponse):
        cast_to = cast_to_async = model_printer.expr(response.type)
        returns = returns_async = cast_to
        if cast_to in ("object", "None"):
            cast_to = cast_to_async = "object"
    elif isinstance(response, ir.PageResponse):
        call = "page"
        page_item = model_printer.expr(response.item)
        page_cls, page_cls_async = f"Sync{response.scheme}[{page_item}]", f"Async{response.scheme}[{page_item}]"
        imports.local("pagination", f"Sync{response.scheme}", f"Async{response.scheme}")
        imports.local("_base_client", "AsyncPaginator")
        returns = page_cls
        returns_async = f"AsyncPaginator[{page_item}, {page_cls_async}]"
    elif isinstance(response, ir.BinaryResponse):
        binary = True
        imports.local("_response", "BinaryAPIResponse", "AsyncBinaryAPIResponse")
        imports.local("_response", "StreamedBinaryAPIResponse", "AsyncStreamedBinaryAPIResponse")
        imports.local("_response", "to_custom_raw_response_wrapper", "async_to_custom_raw_response_wrapper")
        imports.local("_response", "to_custom_streamed_response_wrapper", "async_to_custom_streamed_response_wrapper")
        cast_to, cast_to_async = "BinaryAPIResponse", "AsyncBinaryAPIResponse"
        returns, returns_async = cast_to, cast_to_async
    elif isinstance(response, ir.JSONLResponse):
        call = "jsonl"
        item = model_printer.expr(response.item)
        imports.local("_decoders.jsonl", "JSONLDecoder", "AsyncJSONLDecoder")
        cast_to, cast_to_async = f"JSONLDecoder[{item}]", f"AsyncJSONLDecoder[{item}]"
        returns, returns_async = cast_to, cast_to_async

    stream_expr = stream_cls = stream_cls_async = None
    overloads: list[SignatureView] = []
    lazy_event = None
    if method.streaming is not None:
        imports.local("_streaming", "Stream", "AsyncStream")
        event_type = method.streaming.event
        if isinstance(event_type, ir.NamedType):
            # The event types load only when a caller streams (a module-level helper
            # imports them); annotations see them through the TYPE_CHECKING imports.
            event = typing_model_printer.expr(event_type)
            lazy_event = (relative_module(package_of(resource.module), event_type.ref.module), event_type.ref.name)
        else:
            event = model_printer.expr(event_type)
        stream_cls, stream_cls_async = f"Stream[{event}]", f"AsyncStream[{event}]"
        flag = method.streaming.param
        if flag is None:  # the answer is always an event stream
            stream_expr = "True"
            returns, returns_async = stream_cls, stream_cls_async
        else:
            stream_expr = f"{flag} or False"
            overloads = _streaming_overloads(params, flag, returns, returns_async, stream_cls, stream_cls_async)
            for view in params:
                if view.name == flag:
                    view.annotation = "Literal[False] | Literal[True] | Omit"
            imports.stdlib("typing", "overload")
            imports.stdlib("typing_extensions", "Literal")
            returns = f"{returns} | {stream_cls}"
            returns_async = f"{returns_async} | {stream_cls_async}"

    query = [p for p in method.params if p.location == "query"]
    body = [p for p in method.params if p.location == "body"]
    headers = [p for p in method.params if p.location == "header"]
    cookies = [p for p in method.params if p.location == "cookie"]
    query_expr = _dict_expr(query) if query else None
    body_expr = _dict_expr(body) if body else None
    if body_expr is not None and method.prepare_body is not None:
        hook_module, hook = method.prepare_body
        imports.local(hook_module, hook)
        body_expr = f"{hook}({body_expr})"
    if body_expr is not None or query_expr is not None:
        imports.local("_request", "compact")
    files_expr = None
    if method.body == "multipart":
        paths = _file_paths(body)
        files_expr = repr(paths)
        imports.local("_request", "extract_files")
    headers_expr = _headers_expr(method, headers, cookies, imports)

    path_expr, path_args = _path_expr(method.path, [p for p in method.params if p.location == "path"])
    if path_args:
        imports.local("_request", "path_param")
    hook_calls = []
    for before in method.before_call:
        imports.local(before.module, before.function)
        arguments = "".join(f", {keyword}={name}" for keyword, name in before.args)
        hook_calls.append(f"{before.function}(self._client, timeout{arguments})")
    if method.url_from is not None:
        imports.local("_exceptions", error_base)
    return MethodView(
        name=method.name,
        doc=method.doc,
        arg_docs=[(p.py_name, p.doc) for p in method.params if p.doc],
        signature=SignatureView(params, returns, returns_async),
        overloads=overloads,
        http_method=method.http_method,
        path_expr=path_expr,
        call=call,
        body_expr=body_expr,
        files_expr=files_expr,
        query_expr=query_expr,
        headers_expr=headers_expr,
        cast_to=cast_to,
        cast_to_async=cast_to_async,
        stream_expr=stream_expr,
        stream_cls=stream_cls,
        stream_cls_async=stream_cls_async,
        lazy_event=lazy_event,
        stream_flag=method.streaming.param if method.streaming else None,
        page_cls=page_cls,
        page_cls_async=page_cls_async,
        page_item=page_item,
        binary=binary,
        hook_calls=hook_calls,
        url_from=method.url_from,
        path_args=path_args,
    )


def _streaming_overloads(
    params: list[ParamView],
    flag: str,
    returns: str,
    returns_async: str,
    stream_cls: str,
    stream_cls_async: str,
) -> list[SignatureView]:
    def variant(annotation: str, default: str | None) -> list[ParamView]:
        out = []
        for view in params:
            if view.name == flag:
                out.append(ParamView(flag, annotation, default))
            else:
                out.append(view)
        # Keyword-only parameters without defaults may follow ones with defaults, but
        # keep required ones first for readability.
        return [v for v in out if v.default is None] + [v for v in out if v.default is not None]

    return [
        SignatureView(variant("Literal[False] | Omit", "omit"), returns, returns_async),
        SignatureView(variant("Literal[True]", None), stream_cls, stream_cls_async),
        SignatureView(variant("bool", None), f"{returns} | {stream_cls}", f"{returns_async} | {stream_cls_async}"),
    ]


def _dict_expr(params: list[ir.Param]) -> str:
    items = ", ".join(f"{py_literal(p.wire_name)}: {p.py_name}" for p in params)
    return "compact({" + items + "})"


def _file_paths(params: list[ir.Param]) -> list[list[str]]:
    paths = []
    for p in params:
        found = _file_path(p.type)
        if found is not None:
            paths.append([p.wire_name, *found])
    return paths


def _file_path(ref: ir.TypeRef) -> list[str] | None:
    if isinstance(ref, ir.FileType):
        return []
    if isinstance(ref, ir.OptionalType):
        return _file_path(ref.inner)
    if isinstance(ref, ir.ListType):
        inner = _file_path(ref.item)
        return None if inner is None else ["<array>", *inner]
    return None


def _headers_expr(method: ir.Method, headers: list[ir.Param], cookies: list[ir.Param], imports: Imports) -> str:
    defaults = {name.lower(): (name, values) for name, values in method.default_headers}
    parts = []
    for p in headers:
        if p.joined_header:
            imports.local("_request", "joined_header")
            _, values = defaults.pop(p.wire_name.lower(), (p.wire_name, ()))
            parts.append(f"joined_header({py_literal(p.wire_name)}, {p.py_name}, {py_literal(values)})")
        else:
            imports.local("_request", "compact")
            parts.append(f"compact({{{py_literal(p.wire_name)}: {p.py_name}}})")
    for name, values in defaults.values():
        parts.append(f"{{{py_literal(name)}: {py_literal(','.join(values))}}}")
    if cookies:
        imports.local("_request", "cookie_header")
        parts.append("cookie_header(" + _dict_expr(cookies).removeprefix("compact(").removesuffix(")") + ")")
    if method.accept:
        parts.append(f'{{"Accept": {py_literal(method.accept)}}}')
    if method.streaming is not None and method.streaming.accept:
        flag = method.streaming.param
        if flag is None:
            parts.append(f"{{'Accept': {py_literal(method.streaming.accept)}}}")
        else:
            parts.append(f"{{'Accept': {py_literal(method.streaming.accept)}}} if {flag} is True else {{}}")
    if method.body == "multipart":
        parts.append('{"Content-Type": "multipart/form-data"}')
    if not parts:
        return "extra_headers"
    imports.local("_request", "merge_headers")
    return "merge_headers(" + ", ".join(parts) + ", extra_headers)"


def _path_expr(path: str, params: list[ir.Param]) -> tuple[str, list[str]]:
    """The request path as a Python expression: an f-string when it has parameters (each
    through `path_param`, which encodes the value as one segment), else a plain literal."""
    by_placeholder = {"{" + p.wire_name + "}": p for p in params}
    pieces = re.split(r"(\{[^{}]*\})", path)
    names = []
    out = []
    for piece in pieces:
        param = by_placeholder.get(piece)
        if param is not None and param.py_name not in names:
            # An identifier, so it can be quoted as is (a double quote would end the f-string).
            out.append("{path_param('" + param.py_name + "', " + param.py_name + ")}")
            names.append(param.py_name)
        else:
            out.append(_fstring_text(piece))
    if names:
        return 'f"' + "".join(out) + '"', names
    return py_literal(path), names


def _fstring_text(text: str) -> str:
    """Literal text inside a double-quoted f-string: escaped, braces doubled."""
    return json.dumps(text)[1:-1].replace("{", "{{").replace("}", "}}")
