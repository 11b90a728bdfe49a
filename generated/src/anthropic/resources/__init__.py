from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta.beta import AsyncBeta as AsyncBeta
    from .beta.beta import AsyncBetaWithRawResponse as AsyncBetaWithRawResponse
    from .beta.beta import (
        AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse,
    )
    from .beta.beta import Beta as Beta
    from .beta.beta import BetaWithRawResponse as BetaWithRawResponse
    from .beta.beta import BetaWithStreamingResponse as BetaWithStreamingResponse
    from .completions import AsyncCompletions as AsyncCompletions
    from .completions import (
        AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse,
    )
    from .completions import (
        AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse,
    )
    from .completions import Completions as Completions
    from .completions import CompletionsWithRawResponse as CompletionsWithRawResponse
    from .completions import (
        CompletionsWithStreamingResponse as CompletionsWithStreamingResponse,
    )
    from .messages.messages import AsyncMessages as AsyncMessages
    from .messages.messages import (
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
    )
    from .messages.messages import (
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )
    from .messages.messages import Messages as Messages
    from .messages.messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .messages.messages import (
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )
    from .models import AsyncModels as AsyncModels
    from .models import AsyncModelsWithRawResponse as AsyncModelsWithRawResponse
    from .models import (
        AsyncModelsWithStreamingResponse as AsyncModelsWithStreamingResponse,
    )
    from .models import Models as Models
    from .models import ModelsWithRawResponse as ModelsWithRawResponse
    from .models import ModelsWithStreamingResponse as ModelsWithStreamingResponse

_EXPORTS: dict[str, tuple[str, str]] = {
    "AsyncBeta": (".beta.beta", "AsyncBeta"),
    "AsyncBetaWithRawResponse": (".beta.beta", "AsyncBetaWithRawResponse"),
    "AsyncBetaWithStreamingResponse": (".beta.beta", "AsyncBetaWithStreamingResponse"),
    "AsyncCompletions": (".completions", "AsyncCompletions"),
    "AsyncCompletionsWithRawResponse": (
        ".completions",
        "AsyncCompletionsWithRawResponse",
    ),
    "AsyncCompletionsWithStreamingResponse": (
        ".completions",
        "AsyncCompletionsWithStreamingResponse",
    ),
    "AsyncMessages": (".messages.messages", "AsyncMessages"),
    "AsyncMessagesWithRawResponse": (
        ".messages.messages",
        "AsyncMessagesWithRawResponse",
    ),
    "AsyncMessagesWithStreamingResponse": (
        ".messages.messages",
        "AsyncMessagesWithStreamingResponse",
    ),
    "AsyncModels": (".models", "AsyncModels"),
    "AsyncModelsWithRawResponse": (".models", "AsyncModelsWithRawResponse"),
    "AsyncModelsWithStreamingResponse": (".models", "AsyncModelsWithStreamingResponse"),
    "Beta": (".beta.beta", "Beta"),
    "BetaWithRawResponse": (".beta.beta", "BetaWithRawResponse"),
    "BetaWithStreamingResponse": (".beta.beta", "BetaWithStreamingResponse"),
    "Completions": (".completions", "Completions"),
    "CompletionsWithRawResponse": (".completions", "CompletionsWithRawResponse"),
    "CompletionsWithStreamingResponse": (
        ".completions",
        "CompletionsWithStreamingResponse",
    ),
    "Messages": (".messages.messages", "Messages"),
    "MessagesWithRawResponse": (".messages.messages", "MessagesWithRawResponse"),
    "MessagesWithStreamingResponse": (
        ".messages.messages",
        "MessagesWithStreamingResponse",
    ),
    "Models": (".models", "Models"),
    "ModelsWithRawResponse": (".models", "ModelsWithRawResponse"),
    "ModelsWithStreamingResponse": (".models", "ModelsWithStreamingResponse"),
}

__all__ = [
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
]


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    from importlib import import_module

    value = getattr(import_module(module_name, __name__), attribute)
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
