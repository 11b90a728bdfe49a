"""The intermediate representation: what the SDK *is*, independent of OpenAPI and of Python text.

The IR builder produces these plain dataclasses from the patched spec and the SDK
configuration; the renderer turns them into files. Nothing here knows about JSON pointers
or Jinja, so tests can build an SDK description by hand and render it.

Type references are small immutable values (`TypeRef` subclasses); named declarations
(`ModelDecl`, `ParamsDecl`, `AliasDecl`) live in `TypeModule`s and are referred to by
their `TypeId` (module + name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# --------------------------------------------------------------------------------------
# Type references
# --------------------------------------------------------------------------------------

PrimitiveKind = Literal["str", "int", "float", "bool", "object", "datetime", "date", "none"]


@dataclass(frozen=True)
class TypeId:
    """A declaration's identity: `module` is dotted and relative to the package root."""

    module: str
    name: str

    def __str__(self) -> str:
        return f"{self.module}.{self.name}"


@dataclass(frozen=True)
class PrimitiveType:
    kind: PrimitiveKind


@dataclass(frozen=True)
class LiteralType:
    values: tuple[str | int | bool, ...]


@dataclass(frozen=True)
class ListType:
    item: TypeRef


@dataclass(frozen=True)
class MapType:
    value: TypeRef


@dataclass(frozen=True)
class OptionalType:
    """The value may be `null` on the wire."""

    inner: TypeRef


@dataclass(frozen=True)
class UnionType:
    variants: tuple[TypeRef, ...]
    discriminator: str | None = None


@dataclass(frozen=True)
class NamedType:
    ref: TypeId


@dataclass(frozen=True)
class FileType:
    """A file to upload in a multipart body."""


@dataclass(frozen=True)
class AnyType:
    """A schema that admits any JSON value."""


TypeRef = PrimitiveType | LiteralType | ListType | MapType | OptionalType | UnionType | NamedType | FileType | AnyType

# --------------------------------------------------------------------------------------
# Declarations
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One property of a model or a TypedDict."""

    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    doc: str | None = None
    deprecated: bool = False
    # For response models: the default a missing value takes (only constants are used).
    default: str | int | float | bool | None = None
    has_default: bool = False


@dataclass(frozen=True)
class ModelDecl:
    """A response object: rendered as a Pydantic model."""

    id: TypeId
    fields: tuple[Field, ...]
    doc: str | None = None
    pointer: str = ""


@dataclass(frozen=True)
class ParamsDecl:
    """A request object: rendered as a TypedDict."""

    id: TypeId
    fields: tuple[Field, ...]
    doc: str | None = None
    pointer: str = ""
    # Base classes within the same module (used for streaming / non-streaming variants).
    bases: tuple[TypeId, ...] = ()


@dataclass(frozen=True)
class AliasDecl:
    """A named type expression: a union, a set of literals, or another name."""

    id: TypeId
    target: TypeRef
    doc: str | None = None
    pointer: str = ""
    context: Literal["model", "param"] = "model"


Declaration = ModelDecl | ParamsDecl | AliasDecl


@dataclass
class TypeModule:
    """One generated module of types (e.g. `types.text_block`)."""

    module: str
    declarations: list[Declaration] = field(default_factory=list)


@dataclass(frozen=True)
class TypePackage:
    """A package of type modules and what its `__init__` re-exports."""

    package: str  # e.g. "types" or "types.beta"
    exports: tuple[TypeId, ...]


# --------------------------------------------------------------------------------------
# Resources and methods
# --------------------------------------------------------------------------------------

ParamLocation = Literal["path", "query", "header", "cookie", "body"]


@dataclass(frozen=True)
class Param:
    py_name: str
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    doc: str | None = None
    # A header parameter whose list of values is sent joined with ",".
    joined_header: bool = False
    # Passed by position (the last path parameter); every other parameter is keyword-only.
    positional: bool = False


@dataclass(frozen=True)
class ModelResponse:
    type: TypeRef


@dataclass(frozen=True)
class PageResponse:
    scheme: str  # name of a PageScheme
    item: TypeRef


@dataclass(frozen=True)
class BinaryResponse:
    """A raw body (file download)."""


@dataclass(frozen=True)
class JSONLResponse:
    item: TypeRef


Response = ModelResponse | PageResponse | BinaryResponse | JSONLResponse


@dataclass(frozen=True)
class Streaming:
    """The method streams server-sent events when `param` is true (always, without one)."""

    param: str | None
    event: TypeRef
    params_streaming: TypeId | None = None
    params_non_streaming: TypeId | None = None
    # The media type a streaming call asks for, when the spec lists one for the answer.
    accept: str | None = None


@dataclass(frozen=True)
class Hook:
    """A hand-written function called before the request is built:
    `function(client, timeout, **args) -> timeout`."""

    module: str  # dotted, relative to the package root
    function: str
    args: tuple[tuple[str, str], ...] = ()  # (keyword, name in the method's scope)


@dataclass(frozen=True)
class Method:
    name: str
    http_method: str
    path: str  # may contain `{name}` placeholders and a literal query (`?beta=true`)
    params: tuple[Param, ...]
    response: Response
    body: Literal["json", "multipart"] | None = None
    params_type: TypeId | None = None
    streaming: Streaming | None = None
    # Header values always sent: (header name, values); a list header parameter of the same
    # name gets the values appended to the caller's.
    default_headers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    doc: str | None = None
    operation_id: str = ""
    before_call: tuple[Hook, ...] = ()
    # Fetch the URL to call from another method's response (method name, field name).
    url_from: tuple[str, str] | None = None
    # The media type to ask for when it is not JSON (binary downloads, JSON lines).
    accept: str | None = None
    # (module, function) of a hand-written hook that rewrites the body before sending.
    prepare_body: tuple[str, str] | None = None


@dataclass(frozen=True)
class Mixin:
    """Hand-written methods (from an overlay module) mixed into a generated resource."""

    module: str  # dotted, relative to the package root
    sync_class: str
    async_class: str


@dataclass
class Resource:
    attr: str  # attribute on the parent (`client.messages`)
    class_name: str  # `Messages` (and `AsyncMessages`, `MessagesWithRawResponse`, ...)
    module: str  # dotted, relative to the package root: `resources.messages.messages`
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    doc: str | None = None
    mixin: Mixin | None = None
    constants: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ResourcePackage:
    """A `resources/...` package `__init__` and what it re-exports."""

    package: str
    exports: tuple[tuple[str, str], ...]  # (module, name)


# --------------------------------------------------------------------------------------
# Pagination, client and package settings
# --------------------------------------------------------------------------------------

PageKind = Literal["id", "token", "cursor"]


@dataclass(frozen=True)
class PageScheme:
    """A pagination style: rendered as `Sync<name>` and `Async<name>` classes."""

    name: str
    kind: PageKind
    items_field: str
    # Response fields, in declaration order, with their types (excluding items).
    response_fields: tuple[Field, ...]
    # Request parameter names used to fetch the next page.
    next_param: str  # after_id / page / ...
    previous_param: str | None = None  # before_id (id pages)
    has_more_field: str = "has_more"
    first_id_field: str | None = None
    last_id_field: str | None = None
    next_field: str | None = None  # the token/cursor field in the response
    doc: str | None = None


@dataclass(frozen=True)
class Credential:
    param: str
    env: str
    header: str
    prefix: str = ""


@dataclass(frozen=True)
class ErrorSettings:
    request_id_header: str | None = None
    type_path: tuple[str, ...] = ()
    status_classes: tuple[tuple[int, str], ...] = ()  # extra classes by status code
    type_classes: tuple[tuple[str, str], ...] = ()  # error type -> class name


@dataclass(frozen=True)
class ClientSettings:
    sync_class: str
    async_class: str
    default_base_url: str
    base_url_env: str
    credentials: tuple[Credential, ...]
    default_headers: tuple[tuple[str, str], ...]
    log_env: str
    default_timeout: float
    connect_timeout: float
    max_retries: int
    initial_retry_delay: float
    max_retry_delay: float
    error_base: str  # base exception class name, e.g. ExampleError
    user_agent_prefix: str
    doc: str | None = None
    errors: ErrorSettings = ErrorSettings()
    keepalive_events: tuple[str, ...] = ()
    error_events: tuple[str, ...] = ()
    terminal_events: tuple[tuple[str, str | None], ...] = ()
    platform_header_prefix: str = "X-Stainless-"
    stream_idle_timeout: float | None = None
    extra_credential_headers: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackageSettings:
    name: str  # import name
    distribution: str
    version: str
    title: str
    summary: str
    python_requires: str
    dependencies: tuple[str, ...]
    extras: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Export:
    """A name the package root (or another lazy table) exposes, and where it lives."""

    name: str
    module: str  # dotted, relative to the package root
    attr: str  # the name inside that module
    # A class shown as `<package>.<name>` (its `__module__` is the package).
    public_module: bool = False


@dataclass(frozen=True)
class CopiedFile:
    """A hand-written overlay module merged into the package verbatim."""

    source: str  # path relative to the overlays directory
    target: str  # path relative to the package directory


@dataclass(frozen=True)
class DocExample:
    """The call the generic README sections show: `<result> = client.<call>`."""

    call: str
    result: str = "result"
    show: str | None = None


@dataclass(frozen=True)
class DocSection:
    """A README section of the API's own, placed after the section `after`."""

    id: str
    title: str
    after: str
    body: str


@dataclass(frozen=True)
class Benchmarks:
    source: str
    table: str
    notes: str | None = None


@dataclass(frozen=True)
class Docs:
    """What the documentation says beyond what the IR itself tells (overlays/docs.yaml)."""

    intro: str | None = None
    example: DocExample | None = None
    sections: tuple[DocSection, ...] = ()
    page_example: DocExample | None = None
    benchmarks: Benchmarks | None = None


@dataclass
class SDK:
    package: PackageSettings
    client: ClientSettings
    resources: list[Resource]
    type_modules: list[TypeModule]
    type_packages: list[TypePackage]
    resource_packages: list[ResourcePackage]
    page_schemes: list[PageScheme]
    exports: list[Export]
    copied_files: list[CopiedFile]
    constants: dict[str, object] = field(default_factory=dict)
    docs: Docs = Docs()

    def declaration(self, ref: TypeId) -> Declaration:
        index = self._index()
        return index[ref]

    def _index(self) -> dict[TypeId, Declaration]:
        cached: dict[TypeId, Declaration] | None = getattr(self, "_decl_index", None)
        if cached is None:
            cached = {d.id: d for m in self.type_modules for d in m.declarations}
            self._decl_index = cached
        return cached
