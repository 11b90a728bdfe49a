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


class RetryConfig(_Strict):
    max_retries: int = Field(ge=0)
    initial_delay: float = Field(gt=0)
    max_delay: float = Field(gt=0)


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
    nonstreaming_token_limits: dict[str, int] = {}


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
    param: str = "stream"
    event: str  # a type name from types.yaml (qualified: module.Name)


class GuardConfig(_Strict):
    max_tokens_param: str = "max_tokens"
    model_param: str = "model"


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
    default_betas: list[str] = []
    deprecated_models: str | None = None
    nonstreaming_guard: GuardConfig | None = None
    url_from: URLFromConfig | None = None
    # A hand-written function (`module:function`, module relative to the package root)
    # that rewrites the JSON body before it is sent, for parameters the client handles
    # itself (e.g. a Pydantic model given as `output_format`).
    prepare_body: str | None = None

    @field_validator("prepare_body")
    @classmethod
    def _hook_shape(cls, value: str | None) -> str | None:
        if value is not None:
            module, _, function = value.partition(":")
            if not module or not function.isidentifier():
                raise ValueError("must look like 'module.path:function', e.g. 'lib._parse._output_format:prepare'")
        return value

    @field_validator("operation")
    @classmethod
    def _operation_shape(cls, value: str) -> str:
        verb, _, path = value.partition(" ")
        if verb.lower() not in {"get", "post", "put", "patch", "delete"} or not path.startswith("/"):
            raise ValueError("must look like '<http method> <path>', e.g. 'post /v1/messages'")
        return value


class MixinConfig(_Strict):
    module: str
    sync_class: str
    async_class: str


class ResourceConfig(_Strict):
    class_name: str
    module: str  # dotted under the package: resources.messages.messages
    doc: str | None = None
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


class SDKConfig(_Strict):
    package: PackageConfig
    client: ClientConfig
    pagination: dict[str, PageConfig] = {}
    resources: dict[str, ResourceConfig]
    overlay_modules: list[CopyConfig] = []
    # Names the package root exposes beyond the runtime core (lazily imported).
    exports: list[ExportConfig] = []


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


class TypesConfig(_Strict):
    types: dict[str, TypeNaming] = {}
    aliases: list[AliasConfig] = []
    # Per package (dotted, e.g. `types`): extra re-exports of its `__init__`.
    packages: dict[str, PackageExportsConfig] = {}
    # Names a package's __init__ does not re-export.
    unexported: list[str] = []


class Configuration(BaseModel):
    """Both configuration files, with the paths they were read from (for diagnostics)."""

    model_config = ConfigDict(frozen=True)

    sdk: SDKConfig
    types: TypesConfig
    sdk_file: str
    types_file: str
    overlays_dir: str


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
    return Configuration(
        sdk=sdk,
        types=types,
        sdk_file=str(sdk_file),
        types_file=str(types_file),
        overlays_dir=str(overlays_dir),
    )


def split_qualified(name: str) -> tuple[str, str]:
    module, _, attr = name.rpartition(".")
    return module, attr


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


ResourceConfig.model_rebuild()
