"""Sentinels (`not_given`, `omit`) and the type aliases that signatures are written with.

Importing this module is cheap: the few names that come from httpx (`Timeout`,
`Transport`, `ProxiesTypes`) are resolved on first access.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

from typing_extensions import Literal, Protocol, SupportsIndex, TypedDict, TypeGuard, final

if TYPE_CHECKING:
    from httpx import URL, BaseTransport as Transport, Proxy, Timeout

__all__ = [
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "is_given",
    "NoneType",
    "Body",
    "Query",
    "Headers",
    "Timeout",
    "Transport",
    "ProxiesTypes",
    "RequestOptions",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "Base64FileInput",
    "SequenceNotStr",
    "PropertyInfo",
    "PostParser",
]

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


@final
class NotGiven:
    """The default of parameters the caller left out, told apart from an explicit `None`.

    `timeout=None` means "no timeout"; `timeout=not_given` means "use the client's".
    """

    _instance: Optional[NotGiven] = None

    def __new__(cls) -> NotGiven:
        # One instance, so identity checks work and copies stay the sentinel.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: Any) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "not_given"

    def __repr__(self) -> str:
        return "NOT_GIVEN"


not_given = NotGiven()
NOT_GIVEN = not_given  # the older spelling


@final
class Omit:
    """Leaves a value out of the request.

    As a parameter default it means "do not send this field". As a header value
    (`extra_headers={"X-Stainless-Lang": omit}`) it removes a header the client would
    otherwise send.
    """

    _instance: Optional[Omit] = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __copy__(self) -> Omit:
        return self

    def __deepcopy__(self, memo: Any) -> Omit:
        return self

    def __reduce__(self) -> str:
        return "omit"

    def __repr__(self) -> str:
        return "omit"


omit = Omit()


def is_given(value: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    """True unless `value` is one of the "leave it out" sentinels."""
    return not isinstance(value, (NotGiven, Omit))


NoneType: Type[None] = type(None)

# Free-form request parts (`extra_body`, `extra_query`) and header maps. A header whose
# value is `omit` is removed from the request.
Body = object
Query = Mapping[str, object]
Headers = Mapping[str, Union[str, Omit]]

# What a file upload accepts: raw bytes, a path, an open binary file, or a tuple of
# (filename, contents[, media type[, extra part headers]]).
FileContent = Union[IO[bytes], bytes, "os.PathLike[str]"]
FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]
Base64FileInput = Union[IO[bytes], "os.PathLike[str]"]

# A function applied to the parsed response before it is returned.
PostParser = Callable[[Any], Any]


class RequestOptions(TypedDict, total=False):
    """Per-request settings accepted by the low-level `client.get/post/...` methods."""

    headers: Headers
    max_retries: int
    timeout: Union[float, Timeout, None]
    params: Query
    extra_json: Mapping[str, object]
    idempotency_key: str
    follow_redirects: bool


class SequenceNotStr(Protocol[_T_co]):
    """A sequence that is not a `str` (a `str` is a sequence of `str`, so `List[str]`
    parameters would otherwise accept a bare string by mistake)."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...

    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...

    def __contains__(self, value: object, /) -> bool: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[_T_co]: ...

    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...

    def count(self, value: Any, /) -> int: ...

    def __reversed__(self) -> Iterator[_T_co]: ...


class PropertyInfo:
    """Metadata for `Annotated` request fields: the name the field has on the wire (`alias`),
    how a value is formatted (`format`: "iso8601", "base64", "custom" with `format_template`),
    and the field that tells union variants apart (`discriminator`)."""

    __slots__ = ("alias", "format", "format_template", "discriminator")

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[str] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__name__}(alias={self.alias!r}, format={self.format!r},"
            f" format_template={self.format_template!r}, discriminator={self.discriminator!r})"
        )


# Loaded on first access so that importing this module does not import httpx.
_FROM_HTTPX = {"Timeout": "Timeout", "Transport": "BaseTransport"}


def __getattr__(name: str) -> Any:
    if name in _FROM_HTTPX:
        import httpx

        value = getattr(httpx, _FROM_HTTPX[name])
    elif name == "ProxiesTypes":
        import httpx

        value = Union[str, httpx.Proxy, Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


if TYPE_CHECKING:
    ProxiesTypes = Union[str, Proxy, Dict[Union[str, URL], Union[None, str, URL, Proxy]]]
