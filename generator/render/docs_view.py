"""Template contexts for the documentation: the distribution's README and `api.md`.

Both are built from the IR alone, so that a change to the spec or the overlay changes the
reference in the same diff. The README has generic sections (what every generated client
offers, with facts taken from the IR and the runtime core) and, from `overlays/docs.yaml`,
the API's own sections placed between them; `api.md` lists every resource, method and type.
"""

from __future__ import annotations

import ast
import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import ir
from ..build.naming import overlay_file
from ..diagnostics import Diagnostic, GeneratorError
from .resource_view import MethodView, resource_view
from .types_view import DeclarationView, type_module_view

# The README's generic sections, in order. An overlay section names one of these (or an
# earlier overlay section) in `after:`. Documented in overlays/README.md.
GENERIC_SECTIONS = (
    "install",
    "usage",
    "configuration",
    "async",
    "pagination",
    "files",
    "errors",
    "retries",
    "timeouts",
    "raw-responses",
    "logging",
    "typing",
    "api-reference",
)
# Per-call options every generated method accepts besides its own parameters.
COMMON_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------


@dataclass
class ExampleCall:
    call: str  # after `client.`
    result: str
    show: str


@dataclass
class StatusRow:
    status: str
    name: str  # the class, as the reader imports it (`pkg.Name` or `pkg._exceptions.Name`)


@dataclass
class ReadmeItem:
    kind: str  # "generic" | "overlay"
    id: str
    title: str = ""
    body: str = ""
    after: str = ""  # overlay sections: the section it was placed after


@dataclass
class ReadmeView:
    items: list[ReadmeItem]
    exported: set[str]
    example: ExampleCall | None
    page_example: ExampleCall | None
    page_scheme: ir.PageScheme | None
    status_rows: list[StatusRow]
    extras: list[tuple[str, str]]  # (extra, its requirements joined)
    credentials: list[ir.Credential]
    multipart: bool
    binary: bool
    jsonl: bool
    streaming: bool
    docs: ir.Docs
    benchmarks: ir.Benchmarks | None
    titles: dict[str, str] = field(default_factory=dict)  # generic id -> title ("" = left out)

    def raw_call(self, wrapper: str) -> str:
        """The example call through a response wrapper: `a.b.m(...)` -> `a.b.<wrapper>.m(...)`."""
        assert self.example is not None
        head, paren, arguments = self.example.call.partition("(")
        owner, _, method = head.rpartition(".")
        return f"{owner}.{wrapper}.{method}{paren}{arguments}" if owner else f"{wrapper}.{head}{paren}{arguments}"

    def qualified(self, package: str, name: str, module: str) -> str:
        """How a reader refers to `name`: from the package root when it is exported there."""
        return f"{package}.{name}" if name in self.exported else f"{package}.{module}.{name}"


def readme_view(sdk: ir.SDK, runtime_dir: Path, docs_file: str = "overlays/docs.yaml") -> ReadmeView:
    methods = list(_all_methods(sdk.resources))
    exported = {e.name for e in sdk.exports}
    example = _example(sdk.docs.example, methods)
    page_method = next(
        (
            (path, m)
            for path, m in methods
            if isinstance(m.response, ir.PageResponse) and not any(p.required for p in m.params)
        ),
        None,
    )
    configured = sdk.docs.page_example
    if configured is not None:
        # The configured call must name a method that returns pages.
        name = configured.call.partition("(")[0]
        page_method = next(
            (
                (path, m)
                for path, m in methods
                if f"{path}.{m.name}" == name and isinstance(m.response, ir.PageResponse)
            ),
            None,
        )
        if page_method is None:
            raise GeneratorError(
                [Diagnostic(docs_file, "/readme/page_example/call", f"'{name}' is not a method that returns pages")]
            )
    page_example = page_scheme = None
    if page_method is not None:
        path, method = page_method
        call = configured.call if configured is not None else f"{path}.{method.name}()"
        page_example = ExampleCall(call, "page", "page")
        assert isinstance(method.response, ir.PageResponse)
        page_scheme = next((s for s in sdk.page_schemes if s.name == method.response.scheme), None)
    status_rows = [StatusRow(str(status), name) for status, name in _status_table(runtime_dir)]
    status_rows += [StatusRow(str(status), name) for status, name in sdk.client.errors.status_classes]
    status_rows.sort(key=lambda row: int(row.status))
    status_rows.append(StatusRow("other 5xx", "InternalServerError"))
    status_rows.append(StatusRow("other 4xx", "APIStatusError"))
    multipart = any(m.body == "multipart" for _, m in methods)
    binary = any(isinstance(m.response, ir.BinaryResponse) for _, m in methods)
    jsonl = any(isinstance(m.response, ir.JSONLResponse) for _, m in methods)
    titles = {
        "install": "Installation",
        "usage": "Usage",
        "configuration": "Client configuration",
        "async": "Async usage",
        "pagination": "Pagination" if page_example is not None and page_scheme is not None else "",
        "files": "Uploads and downloads" if multipart or binary else ("JSON lines results" if jsonl else ""),
        "errors": "Errors",
        "retries": "Retries",
        "timeouts": "Timeouts",
        "raw-responses": "Raw and streamed HTTP responses",
        "logging": "Logging",
        "typing": "Types",
        "api-reference": "API reference",
    }
    assert set(titles) == set(GENERIC_SECTIONS)
    return ReadmeView(
        items=_order(sdk.docs, docs_file),
        exported=exported,
        example=example,
        page_example=page_example,
        page_scheme=page_scheme,
        status_rows=status_rows,
        extras=[(name, ", ".join(requirements)) for name, requirements in sdk.package.extras],
        credentials=list(sdk.client.credentials),
        multipart=multipart,
        binary=binary,
        jsonl=jsonl,
        streaming=any(m.streaming is not None for _, m in methods),
        docs=sdk.docs,
        benchmarks=sdk.docs.benchmarks,
        titles=titles,
    )


def _all_methods(resources: list[ir.Resource], prefix: str = "") -> list[tuple[str, ir.Method]]:
    found = []
    for resource in resources:
        path = f"{prefix}{resource.attr}"
        found += [(path, method) for method in resource.methods]
        found += _all_methods(resource.children, path + ".")
    return found


def _example(configured: ir.DocExample | None, methods: list[tuple[str, ir.Method]]) -> ExampleCall | None:
    """The overlay's example call, else the first method that needs no argument."""
    if configured is not None:
        return ExampleCall(configured.call, configured.result, configured.show or configured.result)
    for path, method in methods:
        if not any(p.required for p in method.params) and not isinstance(method.response, ir.BinaryResponse):
            return ExampleCall(f"{path}.{method.name}()", "result", "result")
    return None


def _status_table(runtime_dir: Path) -> list[tuple[int, str]]:
    """The runtime's table of error classes by HTTP status (`HTTP_STATUS_ERRORS` in
    `_errors.py`), read from its source so the README cannot drift from it."""
    source = runtime_dir / "_errors.py"
    if not source.is_file():
        return []  # a runtime core without the standard table (unit tests use a stand-in)
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for node in tree.body:
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.value, ast.Dict):
            continue
        if isinstance(node.target, ast.Name) and node.target.id == "HTTP_STATUS_ERRORS":
            rows = []
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, int) and isinstance(value, ast.Name):
                    rows.append((key.value, value.id))
            return rows
    raise GeneratorError([Diagnostic(str(source), "", "HTTP_STATUS_ERRORS not found")])


def _order(docs: ir.Docs, docs_file: str) -> list[ReadmeItem]:
    """Generic sections in their order, each followed by the overlay sections placed after it."""
    items = [ReadmeItem("generic", name) for name in GENERIC_SECTIONS]
    problems = []
    for index, section in enumerate(docs.sections):
        ids = [item.id for item in items]
        if section.id in ids:
            problems.append(Diagnostic(docs_file, f"/readme/sections/{index}/id", f"'{section.id}' is used twice"))
            continue
        if section.after not in ids:
            problems.append(
                Diagnostic(
                    docs_file,
                    f"/readme/sections/{index}/after",
                    f"no section '{section.after}' before this one (generic: {', '.join(GENERIC_SECTIONS)})",
                )
            )
            continue
        # After the anchor and after the sections already placed behind it (and theirs).
        position = ids.index(section.after) + 1
        behind = {section.after}
        while position < len(items) and items[position].after in behind:
            behind.add(items[position].id)
            position += 1
        items.insert(position, ReadmeItem("overlay", section.id, section.title, section.body, section.after))
    if problems:
        raise GeneratorError(problems)
    return items


# --------------------------------------------------------------------------------------
# api.md
# --------------------------------------------------------------------------------------


@dataclass
class TypeLink:
    name: str
    anchor: str


@dataclass
class ApiMethod:
    name: str
    call: str  # `client.messages.create`
    anchor: str
    http_method: str
    path: str
    doc: str | None
    signature: str  # a `def` line (valid Python)
    params_type: TypeLink | None
    returns: str  # the sync return annotation
    returns_async: str
    types: list[TypeLink]  # every named type the method takes or returns
    streams: TypeLink | None


@dataclass
class HelperMethod:
    name: str
    call: str
    signature: str
    doc: str | None


@dataclass
class ApiResource:
    path: str  # `messages.batches`
    anchor: str
    depth: int
    class_name: str
    module: str
    doc: str | None
    methods: list[ApiMethod]
    helpers: list[HelperMethod]
    children: list[TypeLink]  # (attr path, anchor) of sub-resources


@dataclass
class ApiType:
    name: str
    anchor: str
    kind: str  # "model" | "TypedDict" | "alias"
    import_line: str
    doc: str | None
    code: str  # the declaration as the package has it (without docstrings)
    refers_to: list[TypeLink] = field(default_factory=list)


@dataclass
class ApiTypePackage:
    package: str
    anchor: str
    types: list[ApiType]


@dataclass
class ApiView:
    resources: list[ApiResource]
    type_packages: list[ApiTypePackage]
    pages: list[ir.PageScheme]
    common_options: tuple[str, ...] = COMMON_OPTIONS


def type_anchor(type_id: ir.TypeId) -> str:
    return "type-" + re.sub(r"[^A-Za-z0-9]+", "-", f"{type_id.module}.{type_id.name}").strip("-").lower()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def api_view(sdk: ir.SDK, overlays_dir: Path) -> ApiView:
    declared = {d.id for m in sdk.type_modules for d in m.declarations}
    copied = {c.target: overlays_dir / c.source for c in sdk.copied_files}
    resources: list[ApiResource] = []

    def visit(resource: ir.Resource, prefix: str, depth: int) -> None:
        path = f"{prefix}{resource.attr}"
        view = resource_view(resource, sdk.client.error_base)
        methods = [
            _api_method(path, method, method_view, declared)
            for method, method_view in zip(resource.methods, view.methods, strict=True)
        ]
        helpers = _helpers(resource, path, copied, sdk.package.name) if resource.mixin else []
        children = [TypeLink(f"{path}.{c.attr}", "resource-" + _slug(f"{path}.{c.attr}")) for c in resource.children]
        resources.append(
            ApiResource(
                path=path,
                anchor="resource-" + _slug(path),
                depth=depth,
                class_name=resource.class_name,
                module=resource.module,
                doc=_first_paragraph(resource.doc),
                methods=methods,
                helpers=helpers,
                children=children,
            )
        )
        for child in resource.children:
            visit(child, path + ".", depth + 1)

    for resource in sdk.resources:
        visit(resource, "", 0)
    return ApiView(resources, _type_packages(sdk), list(sdk.page_schemes))


def _api_method(path: str, method: ir.Method, view: MethodView, declared: set[ir.TypeId]) -> ApiMethod:
    call = f"client.{path}.{method.name}"
    params = [p for p in view.signature.params if p.name not in COMMON_OPTIONS]
    pieces = ["self"]
    positional = [p for p in params if p.positional]
    keyword = [p for p in params if not p.positional]
    pieces += [f"{p.name}: {p.annotation}" for p in positional]
    if keyword:
        pieces.append("*")
        # Required keywords first (a reader scans for what must be given).
        ordered = [p for p in keyword if p.default is None] + [p for p in keyword if p.default is not None]
        pieces += [f"{p.name}: {p.annotation}" + (f" = {p.default}" if p.default else "") for p in ordered]
    signature = (
        f"def {method.name}(\n" + "".join(f"    {piece},\n" for piece in pieces) + f") -> {view.signature.returns}: ..."
    )
    named: dict[ir.TypeId, None] = {}
    for param in method.params:
        _collect(param.type, named)
    response = method.response
    if isinstance(response, ir.ModelResponse):
        _collect(response.type, named)
    elif isinstance(response, (ir.PageResponse, ir.JSONLResponse)):
        _collect(response.item, named)
    streams = None
    if method.streaming is not None:
        event: dict[ir.TypeId, None] = {}
        _collect(method.streaming.event, event)
        for type_id in event:
            named[type_id] = None
        first = next(iter(event), None)
        if first is not None and first in declared:
            streams = TypeLink(first.name, type_anchor(first))
    params_type = None
    if method.params_type is not None and method.params_type in declared:
        params_type = TypeLink(method.params_type.name, type_anchor(method.params_type))
    return ApiMethod(
        name=method.name,
        call=call,
        anchor="method-" + _slug(f"{path}.{method.name}"),
        http_method=method.http_method.upper(),
        path=method.path,
        doc=_first_paragraph(method.doc),
        signature=signature,
        params_type=params_type,
        returns=view.signature.returns,
        returns_async=view.signature.returns_async,
        types=[TypeLink(t.name, type_anchor(t)) for t in named if t in declared],
        streams=streams,
    )


def _collect(ref: ir.TypeRef, found: dict[ir.TypeId, None]) -> None:
    if isinstance(ref, ir.NamedType):
        found[ref.ref] = None
    elif isinstance(ref, ir.ListType):
        _collect(ref.item, found)
    elif isinstance(ref, ir.MapType):
        _collect(ref.value, found)
    elif isinstance(ref, ir.OptionalType):
        _collect(ref.inner, found)
    elif isinstance(ref, ir.UnionType):
        for variant in ref.variants:
            _collect(variant, found)


def _helpers(resource: ir.Resource, path: str, copied: dict[str, Path], package: str) -> list[HelperMethod]:
    """The public methods of a resource's hand-written mixin, read from the overlay module."""
    mixin = resource.mixin
    assert mixin is not None
    source = overlay_file(mixin.module, copied)
    if source is None:
        return []
    found: dict[str, HelperMethod] = {}
    _class_helpers(source, mixin.sync_class, path, found, depth=0)
    return [found[name] for name in sorted(found)]


def _class_helpers(source: Path, class_name: str, path: str, found: dict[str, HelperMethod], depth: int) -> None:
    """Public methods of `class_name` in `source`, then of its bases imported from sibling
    modules (`from .module import Base`), the class's own definitions first."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    imported = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                imported[alias.asname or alias.name] = (
                    source.parent / (node.module.replace(".", "/") + ".py"),
                    alias.name,
                )
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name == class_name):
            continue
        own: dict[str, HelperMethod] = {}
        for item in node.body:
            if not isinstance(item, ast.FunctionDef) or item.name.startswith("_") or item.name in found:
                continue
            overload = any(isinstance(d, ast.Name) and d.id == "overload" for d in item.decorator_list)
            if item.name in own and overload:
                continue  # keep the first overload, or the implementation when there is none
            stub = copy.copy(item)
            stub.body = [ast.Expr(ast.Constant(...))]
            stub.decorator_list = []
            helper = own.setdefault(item.name, HelperMethod(item.name, f"client.{path}.{item.name}", "", None))
            helper.signature = helper.signature or ast.unparse(stub)
            helper.doc = helper.doc or _first_paragraph(ast.get_docstring(item))
        found.update(own)
        for base in node.bases:
            target = imported.get(base.id) if isinstance(base, ast.Name) else None
            if target is not None and target[0].is_file() and depth < 5:
                _class_helpers(target[0], target[1], path, found, depth + 1)


def _type_packages(sdk: ir.SDK) -> list[ApiTypePackage]:
    """Every declared type, under the type package that holds its module."""
    packages = sorted({p.package for p in sdk.type_packages}, key=lambda p: (-p.count("."), p))
    declared = {d.id for m in sdk.type_modules for d in m.declarations}
    exported_by: dict[ir.TypeId, str] = {}
    for package in sorted(sdk.type_packages, key=lambda p: (p.package.count("."), p.package)):
        for type_id in package.exports:
            exported_by.setdefault(type_id, package.package)
    grouped: dict[str, list[ApiType]] = {}
    for module in sdk.type_modules:
        home = next((p for p in packages if module.module.startswith(p + ".")), module.module.rpartition(".")[0])
        views = {v.name: v for v in type_module_view(module).declarations if v.kind != "reexport"}
        for decl in module.declarations:
            view = views.get(decl.id.name)
            if view is None:
                continue
            where = exported_by.get(decl.id, decl.id.module)
            named: dict[ir.TypeId, None] = {}
            if isinstance(decl, ir.AliasDecl):
                _collect(decl.target, named)
            else:
                for f in decl.fields:
                    _collect(f.type, named)
            refers = [TypeLink(t.name, type_anchor(t)) for t in named if t in declared and t != decl.id]
            kind = {"model": "model", "typeddict": "TypedDict"}.get(view.kind, "alias")
            grouped.setdefault(home, []).append(
                ApiType(
                    name=decl.id.name,
                    anchor=type_anchor(decl.id),
                    kind=kind,
                    import_line=f"from {sdk.package.name}.{where} import {decl.id.name}",
                    doc=_first_paragraph(decl.doc),
                    code=_declaration_code(view),
                    refers_to=sorted(refers, key=lambda link: (link.name, link.anchor)),
                )
            )
    return [
        ApiTypePackage(name, "types-" + _slug(name), sorted(types, key=lambda t: (t.name, t.anchor)))
        for name, types in sorted(grouped.items())
    ]


def _declaration_code(view: DeclarationView) -> str:
    if view.kind == "alias":
        return f"{view.name}: TypeAlias = {view.annotation}"
    total = ", total=False" if view.kind == "typeddict" else ""
    lines = [f"class {view.name}({', '.join(view.bases)}{total}):"]
    for f in view.fields:
        lines.append(f"    {f.name}: {f.annotation}" + (f" = {f.default}" if f.default is not None else ""))
    if not view.fields:
        lines.append("    pass")
    return "\n".join(lines)


def _first_paragraph(text: str | None) -> str | None:
    if not text:
        return None
    paragraph = text.strip().split("\n\n")[0]
    return " ".join(line.strip() for line in paragraph.splitlines())
