"""The SDK configuration half of the overlay: how the API becomes a Python package.

`overlays/sdk.yaml` says what the package is called, how the client authenticates, which
operation becomes which `client.x.y.method`, how pages work and which hand-written modules
are merged. `overlays/types.yaml` names the spec's schemas as SDK types and places them in
modules. Both are validated here; a mistake is reported with the file and the key path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .diagnostics import Diagnostic, GeneratorError, pointer_join
from .yamlio import DocumentError, load_document

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_QUALIFIED = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*\.[A-Za-z_][A-Za-z0-9_]*$")


def _function_reference(value: str) -> str:
    module, _, function = value.partition(":")
    if not module or not function.isidentifier():
        raise ValueError("must look like 'module.path:function', e.g. 'lib._hooks:check_arguments'")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------------------
# sdk.yaml
# --------------------------------------------------------------------------------------


class PackageConfig(_Strict):
    name: str
    distribution: str
    version: str
    title: str
    summary: str
    python_requires: str = ">=3.9"
    dependencies: list[str] = []
    extras: dict[str, list[str]] = {}


class CredentialConfig(_Strict):
    param: str
    env: str
    header: str
    prefix: str = ""


class BaseURLConfig(_Strict):
    default: str
    env: str


class TimeoutConfig(_Strict):
    default: float
    connect: float
    # Seconds a stream may go without an event other than a keep-alive one (None: no limit).
    stream_idle: float | None = Field(default=None, gt=0)


class RetryConfig(_Strict):
    max_retries: int = Field(ge=0)
    initial_delay: float = Field(gt=0)
    max_delay: float = Field(gt=0)


class ErrorsConfig(_Strict):
    """How the API reports errors, beyond the HTTP status (see `runtime/_errors.py`)."""

    # The response header carrying the server's id of a request.
    request_id_header: str | None = None
    # Where an error body keeps its error type, as keys from the top.
    type_path: list[str] = []
    # Extra error classes for status codes the standard HTTP table does not name.
    status_classes: dict[int, str] = {}
    # Error type (as the body names it) -> class, standard or extra: decides when the
    # status alone does not (an error event inside a successful stream).
    type_classes: dict[str, str] = {}

    @field_validator("status_classes", "type_classes")
    @classmethod
    def _class_names(cls, value: dict[Any, str]) -> dict[Any, str]:
        for name in value.values():
            if not _IDENTIFIER.match(name):
                raise ValueError(f"'{name}' is not a class name")
        return value


class StreamConventionsConfig(_Strict):
    """Server-sent event names with a meaning of their own."""

    keepalive_events: list[str] = []  # carry nothing: skipped
    error_events: list[str] = []  # carry an error body: raised as its APIStatusError
    # Event name -> field (or None): the event that completes a stream, when that field (if
    # named) is set. A stream whose item type has such an event and whose body ends before
    # it arrives raises IncompleteStreamError.
    terminal_events: dict[str, str | None] = {}


class ClientConfig(_Strict):
    sync_class: str
    async_class: str
    doc: str | None = None
    base_url: BaseURLConfig
    credentials: list[CredentialConfig]
    default_headers: dict[str, str] = {}
    log_env: str
    timeout: TimeoutConfig
    retries: RetryConfig
    error_base: str
    user_agent_prefix: str
    # Operation parameters the client supplies itself (auth and version headers).
    client_parameters: list[str] = []
    # Headers that carry secrets besides the credentials' own (e.g. those the platform clients
    # send): never logged, never sent along a redirect to another origin.
    credential_headers: list[str] = []
    errors: ErrorsConfig = ErrorsConfig()
    streams: StreamConventionsConfig = StreamConventionsConfig()
    # Prefix of the headers that describe the platform (`<prefix>Lang`, `<prefix>OS`, ...).
    platform_header_prefix: str = "X-Stainless-"


class PageConfig(_Strict):
    kind: Literal["id", "token", "cursor"]
    items: str
    next_param: str
    previous_param: str | None = None
    has_more: str = "has_more"
    first_id: str | None = None
    last_id: str | None = None
    next_field: str | None = None
    doc: str | None = None


class StreamingConfig(_Strict):
    # The boolean parameter that asks for a stream; None: the method always streams.
    param: str | None = "stream"
    event: str  # the event schema: a component name or a JSON pointer into the spec


class HookConfig(_Strict):
    """A hand-written function called before the request is built:
    `function(client, timeout, **args) -> timeout`. It may check the arguments (raise),
    warn, or choose another timeout; `args` maps its keyword names to names in the method's
    scope (a parameter of the method, or a constant of its resource module)."""

    function: str  # module.path:function, module relative to the package root
    args: dict[str, str] = {}

    @field_validator("function")
    @classmethod
    def _hook_shape(cls, value: str) -> str:
        return _function_reference(value)


class URLFromConfig(_Strict):
    method: str  # a method of the same resource, called with the same path parameters
    field: str  # the response field holding the URL


class MethodConfig(_Strict):
    operation: str  # "post /v1/messages" (method and path as in the spec)
    doc: str | None = None
    params_type: str | None = None  # qualified TypedDict name for the request
    page: str | None = None  # a pagination scheme name
    jsonl: bool = False  # response is JSON lines of the response schema
    binary: bool = False  # response is a raw body
    streaming: StreamingConfig | None = None
    # Header values this method always sends (added to those of its resources). A header
    # that is also a list parameter of the method gets them appended to the caller's values.
    default_headers: dict[str, str | list[str]] = {}
    # Functions called before the request is built, in order (see HookConfig).
    before_call: list[HookConfig] = []
    url_from: URLFromConfig | None = None
    # A hand-written function (`module:function`, module relative to the package root)
    # that rewrites the JSON body before it is sent, for parameters the client handles
    # itself (e.g. a Pydantic model given as `output_format`).
    prepare_body: str | None = None

    @field_validator("prepare_body")
    @classmethod
    def _hook_shape(cls, value: str | None) -> str | None:
        return None if value is None else _function_reference(value)

    @field_validator("operation")
    @classmethod
    def _operation_shape(cls, value: str) -> str:
        verb, _, path = value.partition(" ")
        if verb.lower() not in {"get", "post", "put", "patch", "delete"} or not path.startswith("/"):
            raise ValueError("must look like '<http method> <path>', e.g. 'post /v1/messages'")
        return value


class MirrorConfig(_Strict):
    """A hand-written helper that takes the parameters of a generated method (and passes them
    on): the generator warns when the method has parameters the helper lacks."""

    method: str  # a method of the same resource
    module: str | None = None  # where the helper is defined, if not in the mixin's module


class MixinConfig(_Strict):
    module: str
    sync_class: str
    async_class: str
    # helper name -> the method whose parameters it mirrors (`stream: {method: create}`)
    mirrors: dict[str, MirrorConfig] = {}


class ResourceConfig(_Strict):
    class_name: str
    module: str  # dotted under the package: resources.messages.messages
    doc: str | None = None
    # Header values every method of this resource and of its children sends.
    default_headers: dict[str, str | list[str]] = {}
    methods: dict[str, MethodConfig] = {}
    children: dict[str, ResourceConfig] = {}
    mixin: MixinConfig | None = None
    constants: dict[str, Any] = {}


class CopyConfig(_Strict):
    source: str  # directory or file, relative to overlays/
    target: str  # relative to the package directory


class ExportConfig(_Strict):
    module: str
    names: list[str]
    # Show these classes as members of the package itself (`<package>.Name` in reprs and
    # tracebacks, and for pickling) rather than of the private module defining them.
    public_module: bool = False


class InferenceConfig(_Strict):
    """Knobs of the rules that place the operations `resources:` does not configure
    (see generator/build/infer.py)."""

    # A path's query marker -> the client resource its operations go under
    # (`"preview=true": preview` puts `GET /v1/things?preview=true` at `client.preview.things`).
    groups: dict[str, str] = {}
    # Methods with these names read an event stream even where the spec describes the
    # answer as one JSON event (some specs do for endpoints that stream).
    stream_methods: list[str] = []

    @field_validator("groups")
    @classmethod
    def _attributes(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value.values():
            if not _IDENTIFIER.match(name):
                raise ValueError(f"'{name}' is not a Python identifier")
        return value


class SDKConfig(_Strict):
    package: PackageConfig
    client: ClientConfig
    pagination: dict[str, PageConfig] = {}
    resources: dict[str, ResourceConfig] = {}
    inference: InferenceConfig = InferenceConfig()
    overlay_modules: list[CopyConfig] = []
    # Names the package root exposes beyond the runtime core (lazily imported).
    exports: list[ExportConfig] = []
    # Operations of the spec that get no method on purpose: "<verb> <path>" -> why.
    skipped_operations: dict[str, str] = {}
    # The API's own constants, re-exported by the package's `_constants` module (plain
    # YAML values: strings, numbers, booleans, lists and mappings of them).
    constants: dict[str, Any] = {}

    @field_validator("constants")
    @classmethod
    def _constant_names(cls, value: dict[str, Any]) -> dict[str, Any]:
        for name in value:
            if not _IDENTIFIER.match(name):
                raise ValueError(f"'{name}' is not a Python identifier")
        return value


# --------------------------------------------------------------------------------------
# types.yaml
# --------------------------------------------------------------------------------------


class TypeNaming(_Strict):
    """How one schema (by JSON pointer or component name) appears in the SDK."""

    model: str | None = None  # qualified name for the response-side type
    param: str | None = None  # qualified name for the request-side type
    doc: str | None = None
    # Inline the schema instead of declaring it (unions/enums used in one place).
    inline: bool = False
    # The names refer to types declared by something else (a method's `params_type`):
    # the schema is never declared itself, its uses point at those names.
    external: bool = False
    # A union read as a request type also admits the response-side types of these schemas
    # (keys like the ones of `types:`), so that what the API returned can be sent back.
    extend_union: list[str] = []
    # A request object that admits additional properties is accepted as a plain mapping
    # too; this names that union (qualified), otherwise it is written out at each use.
    open_union: str | None = None

    @field_validator("model", "param", "open_union")
    @classmethod
    def _qualified(cls, value: str | None) -> str | None:
        if value is not None and not _QUALIFIED.match(value):
            raise ValueError("must be a dotted module path and a name, e.g. 'types.text_block.TextBlock'")
        return value


class AliasConfig(_Strict):
    """An extra name for an existing type, kept for compatibility."""

    name: str  # qualified: where the alias lives and its name
    target: str  # qualified name of the type it stands for


class PackageExportsConfig(_Strict):
    """What a type package's `__init__` re-exports beyond the primary type of each module
    directly in it."""

    # Sub-packages whose whole export list this package re-exports too.
    include: list[str] = []
    # Qualified names from modules the generator does not write (hand-written overlay
    # modules placed in the package, e.g. `types.parsed_message.ParsedMessage`).
    extra: list[str] = []

    @field_validator("extra")
    @classmethod
    def _qualified(cls, value: list[str]) -> list[str]:
        for item in value:
            if not _QUALIFIED.match(item):
                raise ValueError(f"'{item}' must be a dotted module path and a name")
        return value


class DefaultNamingConfig(_Strict):
    """How schemas without an entry in `types:` are named."""

    # Whole words dropped from a schema's name on the request side (`param`) or the
    # response side (`model`): with `param: [Request]`, `RequestTextBlock` becomes the
    # TypedDict `TextBlockParam`. A word is kept when dropping it would name another schema.
    drop_words: dict[Literal["model", "param"], list[str]] = {}


class TypesConfig(_Strict):
    naming: DefaultNamingConfig = DefaultNamingConfig()
    types: dict[str, TypeNaming] = {}
    aliases: list[AliasConfig] = []
    # Per package (dotted, e.g. `types`): extra re-exports of its `__init__`.
    packages: dict[str, PackageExportsConfig] = {}
    # Names a package's __init__ does not re-export.
    unexported: list[str] = []


# --------------------------------------------------------------------------------------
# docs.yaml
# --------------------------------------------------------------------------------------

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class DocsExampleConfig(_Strict):
    """The call the generic README sections show (first example, async, errors, raw responses)."""

    # A call on the client, without the leading `client.`: `things.create(name="x")`.
    call: str
    # The variable the result is assigned to, and what the example prints of it.
    result: str = "result"
    show: str | None = None


class DocsSectionConfig(_Strict):
    """A README section of this API's own (its helpers), placed after another section."""

    id: str
    title: str
    # The id of a generic section (see overlays/README.md) or of an earlier section here.
    after: str
    body: str  # Markdown; code blocks are checked by the docs tests

    @field_validator("id", "after")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("must be a lower-case slug, e.g. 'streaming-helpers'")
        return value


class BenchmarksConfig(_Strict):
    """A table of measured numbers and where they came from (never numbers nobody measured)."""

    source: str  # how and where they were measured (command, machine, date)
    table: str  # preformatted text, as the benchmark printed it
    notes: str | None = None  # Markdown after the table


class ReadmeConfig(_Strict):
    intro: str | None = None  # Markdown under the title
    example: DocsExampleConfig | None = None
    # The list call the pagination section shows (a method that returns pages).
    page_example: DocsExampleConfig | None = None
    sections: list[DocsSectionConfig] = []
    benchmarks: BenchmarksConfig | None = None


class DocsConfig(_Strict):
    readme: ReadmeConfig = ReadmeConfig()


class Configuration(BaseModel):
    """Both configuration files, with the paths they were read from (for diagnostics)."""

    model_config = ConfigDict(frozen=True)

    sdk: SDKConfig
    types: TypesConfig
    sdk_file: str
    types_file: str
    overlays_dir: str
    docs: DocsConfig = DocsConfig()
    docs_file: str = ""


def _validation_diagnostics(file: str, error: ValidationError) -> list[Diagnostic]:
    found = []
    for item in error.errors():
        location = pointer_join(*item["loc"])
        found.append(Diagnostic(file, location, item["msg"]))
    return found


def _read(path: Path, model: type[BaseModel]) -> Any:
    try:
        data = load_document(path)
    except DocumentError as exc:
        raise GeneratorError([Diagnostic(exc.file, "", exc.reason)]) from None
    if not isinstance(data, dict):
        raise GeneratorError([Diagnostic(str(path), "", "expected a mapping at the top level")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise GeneratorError(_validation_diagnostics(str(path), exc)) from None


def load_configuration(overlays_dir: Path) -> Configuration:
    sdk_file = overlays_dir / "sdk.yaml"
    types_file = overlays_dir / "types.yaml"
    sdk = _read(sdk_file, SDKConfig)
    types = _read(types_file, TypesConfig) if types_file.exists() else TypesConfig()
    docs_file = overlays_dir / "docs.yaml"
    docs = _read(docs_file, DocsConfig) if docs_file.exists() else DocsConfig()
    return Configuration(
        sdk=sdk,
        types=types,
        sdk_file=str(sdk_file),
        types_file=str(types_file),
        overlays_dir=str(overlays_dir),
        docs=docs,
        docs_file=str(docs_file),
    )


def split_qualified(name: str) -> tuple[str, str]:
    module, _, attr = name.rpartition(".")
    return module, attr


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


ResourceConfig.model_rebuild()
