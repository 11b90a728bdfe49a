from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __title__, __version__

if TYPE_CHECKING:
    from ._base_client import DefaultAioHttpClient as DefaultAioHttpClient
    from ._base_client import DefaultAsyncHttpxClient as DefaultAsyncHttpxClient
    from ._base_client import DefaultHttpxClient as DefaultHttpxClient
    from ._client import Anthropic as Anthropic
    from ._client import AsyncAnthropic as AsyncAnthropic
    from ._client import AsyncClient as AsyncClient
    from ._client import Client as Client
    from ._constants import AI_PROMPT as AI_PROMPT
    from ._constants import DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._constants import HUMAN_PROMPT as HUMAN_PROMPT
    from ._exceptions import AnthropicError as AnthropicError
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._files import file_from_path as file_from_path
    from ._models import BaseModel as BaseModel
    from ._response import APIResponse as APIResponse
    from ._response import AsyncAPIResponse as AsyncAPIResponse
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import NoneType as NoneType
    from ._types import NotGiven as NotGiven
    from ._types import Omit as Omit
    from ._types import ProxiesTypes as ProxiesTypes
    from ._types import RequestOptions as RequestOptions
    from ._types import Timeout as Timeout
    from ._types import Transport as Transport
    from ._types import not_given as not_given
    from ._types import omit as omit
    from .lib._parse._transform import transform_schema as transform_schema
    from .lib.bedrock import AnthropicBedrock as AnthropicBedrock
    from .lib.bedrock import AsyncAnthropicBedrock as AsyncAnthropicBedrock
    from .lib.foundry import AnthropicFoundry as AnthropicFoundry
    from .lib.foundry import AsyncAnthropicFoundry as AsyncAnthropicFoundry
    from .lib.streaming import AsyncMessageStream as AsyncMessageStream
    from .lib.streaming import AsyncMessageStreamManager as AsyncMessageStreamManager
    from .lib.streaming import BetaAsyncMessageStream as BetaAsyncMessageStream
    from .lib.streaming import (
        BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
    )
    from .lib.streaming import BetaContentBlockStopEvent as BetaContentBlockStopEvent
    from .lib.streaming import BetaInputJsonEvent as BetaInputJsonEvent
    from .lib.streaming import BetaMessageStopEvent as BetaMessageStopEvent
    from .lib.streaming import BetaMessageStream as BetaMessageStream
    from .lib.streaming import BetaMessageStreamEvent as BetaMessageStreamEvent
    from .lib.streaming import BetaMessageStreamManager as BetaMessageStreamManager
    from .lib.streaming import BetaTextEvent as BetaTextEvent
    from .lib.streaming import ContentBlockStopEvent as ContentBlockStopEvent
    from .lib.streaming import InputJsonEvent as InputJsonEvent
    from .lib.streaming import MessageStopEvent as MessageStopEvent
    from .lib.streaming import MessageStream as MessageStream
    from .lib.streaming import MessageStreamEvent as MessageStreamEvent
    from .lib.streaming import MessageStreamManager as MessageStreamManager
    from .lib.streaming import (
        ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
    )
    from .lib.streaming import ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent
    from .lib.streaming import (
        ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
    )
    from .lib.streaming import ParsedBetaTextEvent as ParsedBetaTextEvent
    from .lib.streaming import (
        ParsedContentBlockStopEvent as ParsedContentBlockStopEvent,
    )
    from .lib.streaming import ParsedMessageStopEvent as ParsedMessageStopEvent
    from .lib.streaming import ParsedMessageStreamEvent as ParsedMessageStreamEvent
    from .lib.streaming import TextEvent as TextEvent
    from .lib.tools import beta_async_tool as beta_async_tool
    from .lib.tools import beta_tool as beta_tool
    from .lib.vertex import AnthropicVertex as AnthropicVertex
    from .lib.vertex import AsyncAnthropicVertex as AsyncAnthropicVertex

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
    "BetaAsyncMessageStreamManager": (
        ".lib.streaming",
        "BetaAsyncMessageStreamManager",
    ),
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
    "DEFAULT_TIMEOUT": ("._constants", "DEFAULT_TIMEOUT"),
    "DefaultAioHttpClient": ("._base_client", "DefaultAioHttpClient"),
    "DefaultAsyncHttpxClient": ("._base_client", "DefaultAsyncHttpxClient"),
    "DefaultHttpxClient": ("._base_client", "DefaultHttpxClient"),
    "HUMAN_PROMPT": ("._constants", "HUMAN_PROMPT"),
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
    "ParsedBetaContentBlockStopEvent": (
        ".lib.streaming",
        "ParsedBetaContentBlockStopEvent",
    ),
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
    "DEFAULT_TIMEOUT",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "HUMAN_PROMPT",
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


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    from importlib import import_module

    value = getattr(import_module(module_name, __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
