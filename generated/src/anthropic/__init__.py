from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __title__, __version__

if TYPE_CHECKING:
    from ._base_client import (
        DefaultAioHttpClient as DefaultAioHttpClient,
        DefaultAsyncHttpxClient as DefaultAsyncHttpxClient,
        DefaultHttpxClient as DefaultHttpxClient,
    )
    from ._client import (
        Anthropic as Anthropic,
        AsyncAnthropic as AsyncAnthropic,
        AsyncClient as AsyncClient,
        Client as Client,
    )
    from ._constants import (
        AI_PROMPT as AI_PROMPT,
        DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS,
        DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES,
        DEFAULT_STREAM_IDLE_TIMEOUT as DEFAULT_STREAM_IDLE_TIMEOUT,
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
        HUMAN_PROMPT as HUMAN_PROMPT,
    )
    from ._exceptions import (
        AnthropicError as AnthropicError,
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        IncompleteStreamError as IncompleteStreamError,
        InternalServerError as InternalServerError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._files import file_from_path as file_from_path
    from ._models import BaseModel as BaseModel
    from ._response import APIResponse as APIResponse, AsyncAPIResponse as AsyncAPIResponse
    from ._streaming import AsyncStream as AsyncStream, Stream as Stream
    from ._types import (
        NOT_GIVEN as NOT_GIVEN,
        NoneType as NoneType,
        NotGiven as NotGiven,
        Omit as Omit,
        ProxiesTypes as ProxiesTypes,
        RequestOptions as RequestOptions,
        Timeout as Timeout,
        Transport as Transport,
        not_given as not_given,
        omit as omit,
    )
    from .lib._parse._transform import transform_schema as transform_schema
    from .lib.bedrock import AnthropicBedrock as AnthropicBedrock, AsyncAnthropicBedrock as AsyncAnthropicBedrock
    from .lib.foundry import AnthropicFoundry as AnthropicFoundry, AsyncAnthropicFoundry as AsyncAnthropicFoundry
    from .lib.streaming import (
        AsyncMessageStream as AsyncMessageStream,
        AsyncMessageStreamManager as AsyncMessageStreamManager,
        BetaAsyncMessageStream as BetaAsyncMessageStream,
        BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
        BetaContentBlockStopEvent as BetaContentBlockStopEvent,
        BetaInputJsonEvent as BetaInputJsonEvent,
        BetaMessageStopEvent as BetaMessageStopEvent,
        BetaMessageStream as BetaMessageStream,
        BetaMessageStreamEvent as BetaMessageStreamEvent,
        BetaMessageStreamManager as BetaMessageStreamManager,
        BetaTextEvent as BetaTextEvent,
        ContentBlockStopEvent as ContentBlockStopEvent,
        InputJsonEvent as InputJsonEvent,
        MessageStopEvent as MessageStopEvent,
        MessageStream as MessageStream,
        MessageStreamEvent as MessageStreamEvent,
        MessageStreamManager as MessageStreamManager,
        ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
        ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent,
        ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
        ParsedBetaTextEvent as ParsedBetaTextEvent,
        ParsedContentBlockStopEvent as ParsedContentBlockStopEvent,
        ParsedMessageStopEvent as ParsedMessageStopEvent,
        ParsedMessageStreamEvent as ParsedMessageStreamEvent,
        TextEvent as TextEvent,
    )
    from .lib.tools import beta_async_tool as beta_async_tool, beta_tool as beta_tool
    from .lib.vertex import AnthropicVertex as AnthropicVertex, AsyncAnthropicVertex as AsyncAnthropicVertex

_EXPORTS: dict[str, tuple[str, str]] = {
    "AI_PROMPT": ("._constants", "AI_PROMPT"),
    "APIConnectionError": ("._exceptions", "APIConnectionError"),
    "APIError": ("._exceptions", "APIError"),
    "APIResponse": ("._response", "APIResponse"),
    "APIResponseValidationError": ("._exceptions", "APIResponseValidationError"),
    "APIStatusError": ("._exceptions", "APIStatusError"),
    "APITimeoutError": ("._exceptions", "APITimeoutError"),
    "Anthropic": ("._client", "Anthropic"),
    "AnthropicBedrock": (".lib.bedrock", "AnthropicBedrock"),
    "AnthropicError": ("._exceptions", "AnthropicError"),
    "AnthropicFoundry": (".lib.foundry", "AnthropicFoundry"),
    "AnthropicVertex": (".lib.vertex", "AnthropicVertex"),
    "AsyncAPIResponse": ("._response", "AsyncAPIResponse"),
    "AsyncAnthropic": ("._client", "AsyncAnthropic"),
    "AsyncAnthropicBedrock": (".lib.bedrock", "AsyncAnthropicBedrock"),
    "AsyncAnthropicFoundry": (".lib.foundry", "AsyncAnthropicFoundry"),
    "AsyncAnthropicVertex": (".lib.vertex", "AsyncAnthropicVertex"),
    "AsyncClient": ("._client", "AsyncClient"),
    "AsyncMessageStream": (".lib.streaming", "AsyncMessageStream"),
    "AsyncMessageStreamManager": (".lib.streaming", "AsyncMessageStreamManager"),
    "AsyncStream": ("._streaming", "AsyncStream"),
    "AuthenticationError": ("._exceptions", "AuthenticationError"),
    "BadRequestError": ("._exceptions", "BadRequestError"),
    "BaseModel": ("._models", "BaseModel"),
    "BetaAsyncMessageStream": (".lib.streaming", "BetaAsyncMessageStream"),
    "BetaAsyncMessageStreamManager": (".lib.streaming", "BetaAsyncMessageStreamManager"),
    "BetaContentBlockStopEvent": (".lib.streaming", "BetaContentBlockStopEvent"),
    "BetaInputJsonEvent": (".lib.streaming", "BetaInputJsonEvent"),
    "BetaMessageStopEvent": (".lib.streaming", "BetaMessageStopEvent"),
    "BetaMessageStream": (".lib.streaming", "BetaMessageStream"),
    "BetaMessageStreamEvent": (".lib.streaming", "BetaMessageStreamEvent"),
    "BetaMessageStreamManager": (".lib.streaming", "BetaMessageStreamManager"),
    "BetaTextEvent": (".lib.streaming", "BetaTextEvent"),
    "Client": ("._client", "Client"),
    "ConflictError": ("._exceptions", "ConflictError"),
    "ContentBlockStopEvent": (".lib.streaming", "ContentBlockStopEvent"),
    "DEFAULT_CONNECTION_LIMITS": ("._constants", "DEFAULT_CONNECTION_LIMITS"),
    "DEFAULT_MAX_RETRIES": ("._constants", "DEFAULT_MAX_RETRIES"),
    "DEFAULT_STREAM_IDLE_TIMEOUT": ("._constants", "DEFAULT_STREAM_IDLE_TIMEOUT"),
    "DEFAULT_TIMEOUT": ("._constants", "DEFAULT_TIMEOUT"),
    "DefaultAioHttpClient": ("._base_client", "DefaultAioHttpClient"),
    "DefaultAsyncHttpxClient": ("._base_client", "DefaultAsyncHttpxClient"),
    "DefaultHttpxClient": ("._base_client", "DefaultHttpxClient"),
    "HUMAN_PROMPT": ("._constants", "HUMAN_PROMPT"),
    "IncompleteStreamError": ("._exceptions", "IncompleteStreamError"),
    "InputJsonEvent": (".lib.streaming", "InputJsonEvent"),
    "InternalServerError": ("._exceptions", "InternalServerError"),
    "MessageStopEvent": (".lib.streaming", "MessageStopEvent"),
    "MessageStream": (".lib.streaming", "MessageStream"),
    "MessageStreamEvent": (".lib.streaming", "MessageStreamEvent"),
    "MessageStreamManager": (".lib.streaming", "MessageStreamManager"),
    "NOT_GIVEN": ("._types", "NOT_GIVEN"),
    "NoneType": ("._types", "NoneType"),
    "NotFoundError": ("._exceptions", "NotFoundError"),
    "NotGiven": ("._types", "NotGiven"),
    "Omit": ("._types", "Omit"),
    "ParsedBetaContentBlockStopEvent": (".lib.streaming", "ParsedBetaContentBlockStopEvent"),
    "ParsedBetaMessageStopEvent": (".lib.streaming", "ParsedBetaMessageStopEvent"),
    "ParsedBetaMessageStreamEvent": (".lib.streaming", "ParsedBetaMessageStreamEvent"),
    "ParsedBetaTextEvent": (".lib.streaming", "ParsedBetaTextEvent"),
    "ParsedContentBlockStopEvent": (".lib.streaming", "ParsedContentBlockStopEvent"),
    "ParsedMessageStopEvent": (".lib.streaming", "ParsedMessageStopEvent"),
    "ParsedMessageStreamEvent": (".lib.streaming", "ParsedMessageStreamEvent"),
    "PermissionDeniedError": ("._exceptions", "PermissionDeniedError"),
    "ProxiesTypes": ("._types", "ProxiesTypes"),
    "RateLimitError": ("._exceptions", "RateLimitError"),
    "RequestOptions": ("._types", "RequestOptions"),
    "Stream": ("._streaming", "Stream"),
    "TextEvent": (".lib.streaming", "TextEvent"),
    "Timeout": ("._types", "Timeout"),
    "Transport": ("._types", "Transport"),
    "UnprocessableEntityError": ("._exceptions", "UnprocessableEntityError"),
    "beta_async_tool": (".lib.tools", "beta_async_tool"),
    "beta_tool": (".lib.tools", "beta_tool"),
    "file_from_path": ("._files", "file_from_path"),
    "not_given": ("._types", "not_given"),
    "omit": ("._types", "omit"),
    "transform_schema": (".lib._parse._transform", "transform_schema"),
}

__all__ = [
    "__title__",
    "__version__",
    "AI_PROMPT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Anthropic",
    "AnthropicBedrock",
    "AnthropicError",
    "AnthropicFoundry",
    "AnthropicVertex",
    "AsyncAPIResponse",
    "AsyncAnthropic",
    "AsyncAnthropicBedrock",
    "AsyncAnthropicFoundry",
    "AsyncAnthropicVertex",
    "AsyncClient",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
    "BetaContentBlockStopEvent",
    "BetaInputJsonEvent",
    "BetaMessageStopEvent",
    "BetaMessageStream",
    "BetaMessageStreamEvent",
    "BetaMessageStreamManager",
    "BetaTextEvent",
    "Client",
    "ConflictError",
    "ContentBlockStopEvent",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "HUMAN_PROMPT",
    "IncompleteStreamError",
    "InputJsonEvent",
    "InternalServerError",
    "MessageStopEvent",
    "MessageStream",
    "MessageStreamEvent",
    "MessageStreamManager",
    "NOT_GIVEN",
    "NoneType",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "ParsedContentBlockStopEvent",
    "ParsedMessageStopEvent",
    "ParsedMessageStreamEvent",
    "PermissionDeniedError",
    "ProxiesTypes",
    "RateLimitError",
    "RequestOptions",
    "Stream",
    "TextEvent",
    "Timeout",
    "Transport",
    "UnprocessableEntityError",
    "beta_async_tool",
    "beta_tool",
    "file_from_path",
    "not_given",
    "omit",
    "transform_schema",
]

# Classes shown as members of the package itself (reprs, tracebacks, pickling).
_PUBLIC_MODULE = frozenset(
    {
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "Anthropic",
        "AnthropicError",
        "AsyncAnthropic",
        "AsyncClient",
        "AsyncStream",
        "AuthenticationError",
        "BadRequestError",
        "BaseModel",
        "Client",
        "ConflictError",
        "DefaultAioHttpClient",
        "DefaultAsyncHttpxClient",
        "DefaultHttpxClient",
        "IncompleteStreamError",
        "InternalServerError",
        "NOT_GIVEN",
        "NoneType",
        "NotFoundError",
        "NotGiven",
        "Omit",
        "PermissionDeniedError",
        "ProxiesTypes",
        "RateLimitError",
        "RequestOptions",
        "Stream",
        "Timeout",
        "Transport",
        "UnprocessableEntityError",
        "not_given",
        "omit",
    }
)


def __getattr__(name: str) -> Any:
    from importlib import import_module

    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        # A submodule reads as an attribute once imported (`package.types.Message` after
        # `import package`), as with an eagerly importing package.
        from importlib.util import find_spec

        if name.isidentifier() and find_spec(f"{__name__}.{name}") is not None:
            return import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None

    value = getattr(import_module(module_name, __name__), attribute)
    if name in _PUBLIC_MODULE and isinstance(value, type) and value.__module__.startswith(__name__ + "."):
        value.__module__ = __name__
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
