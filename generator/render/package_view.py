"""Template contexts for package-wide files: the root `__init__` (lazy exports), the
client module, pagination, and the `resources` package `__init__`s."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ir
from .pyexpr import Imports, TypePrinter, relative_module


@dataclass
class LazyExportsView:
    """A PEP 562 table: `entries` maps each exported name to (relative module, attribute)."""

    package: str
    entries: list[tuple[str, str, str]]  # (name, relative module, attribute in module)
    all_names: list[str]
    # Classes shown as members of this package (their `__module__` is set on first use).
    public_module_names: list[str] = field(default_factory=list)


def root_exports_view(sdk: ir.SDK) -> LazyExportsView:
    entries = sorted((e.name, relative_module("", e.module), e.attr) for e in sdk.exports)
    public = sorted(e.name for e in sdk.exports if e.public_module)
    return LazyExportsView("", entries, sorted({e[0] for e in entries}), public)


def resource_package_view(package: ir.ResourcePackage) -> LazyExportsView:
    entries = sorted((name, relative_module(package.package, module), name) for module, name in package.exports)
    return LazyExportsView(package.package, entries, sorted({e[0] for e in entries}))


@dataclass
class ClientResourceView:
    attr: str
    class_name: str
    module: str  # relative to the client module (the package root)
    doc: str | None


@dataclass
class ClientView:
    """Context of `_client.py`: the client classes and their top-level resources."""

    settings: ir.ClientSettings
    resources: list[ClientResourceView]


def client_view(sdk: ir.SDK) -> ClientView:
    resources = [ClientResourceView(r.attr, r.class_name, relative_module("", r.module), r.doc) for r in sdk.resources]
    return ClientView(sdk.client, resources)


@dataclass
class PageFieldView:
    name: str
    annotation: str
    default: str | None


@dataclass
class PageSchemeView:
    """One pagination scheme: rendered as `Sync<name>` and `Async<name>`."""

    name: str
    kind: str  # "id" | "token" | "cursor"
    doc: str | None
    items_field: str
    fields: list[PageFieldView]  # the response fields besides the items
    next_param: str
    previous_param: str | None
    has_more_field: str
    first_id_field: str | None
    last_id_field: str | None
    next_field: str | None


@dataclass
class PaginationView:
    imports: list[str]
    schemes: list[PageSchemeView]


def pagination_view(sdk: ir.SDK) -> PaginationView:
    imports = Imports("")
    # What every page class needs, merged with what its field annotations need.
    imports.stdlib("typing", "Generic", "List", "Optional", "TypeVar")
    printer = TypePrinter("pagination", "model", imports)
    schemes = []
    for scheme in sdk.page_schemes:
        fields = [
            PageFieldView(f.py_name, printer.expr(f.type), "None" if not f.required else None)
            for f in scheme.response_fields
        ]
        schemes.append(
            PageSchemeView(
                name=scheme.name,
                kind=scheme.kind,
                doc=scheme.doc,
                items_field=scheme.items_field,
                fields=fields,
                next_param=scheme.next_param,
                previous_param=scheme.previous_param,
                has_more_field=scheme.has_more_field,
                first_id_field=scheme.first_id_field,
                last_id_field=scheme.last_id_field,
                next_field=scheme.next_field,
            )
        )
    return PaginationView(imports.lines(), schemes)
