from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta.beta import (
        AsyncBeta as AsyncBeta,
        AsyncBetaWithRawResponse as AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse,
        Beta as Beta,
        BetaWithRawResponse as BetaWithRawResponse,
        BetaWithStreamingResponse as BetaWithStreamingResponse,
    )
    from .completions import (
        AsyncCompletions as AsyncCompletions,
        AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse,
        Completions as Completions,
        CompletionsWithRawResponse as CompletionsWithRawResponse,
        CompletionsWithStreamingResponse as CompletionsWithStreamingResponse,
    )
    from .messages.messages import (
        AsyncMessages as AsyncMessages,
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
        Messages as Messages,
        MessagesWithRawResponse as MessagesWithRawResponse,
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )
    from .models import (
        AsyncModels as AsyncModels,
        AsyncModelsWithRawResponse as AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse as AsyncModelsWithStreamingResponse,
        Models as Models,
        ModelsWithRawResponse as ModelsWithRawResponse,
        ModelsWithStreamingResponse as ModelsWithStreamingResponse,
    )

_EXPORTS: dict[str, tuple[str, str]] = {
    "AsyncBeta": (".beta.beta", "AsyncBeta"),
    "AsyncBetaWithRawResponse": (".beta.beta", "AsyncBetaWithRawResponse"),
    "AsyncBetaWithStreamingResponse": (".beta.beta", "AsyncBetaWithStreamingResponse"),
    "AsyncCompletions": (".completions", "AsyncCompletions"),
    "AsyncCompletionsWithRawResponse": (".completions", "AsyncCompletionsWithRawResponse"),
    "AsyncCompletionsWithStreamingResponse": (".completions", "AsyncCompletionsWithStreamingResponse"),
    "AsyncMessages": (".messages.messages", "AsyncMessages"),
    "AsyncMessagesWithRawResponse": (".messages.messages", "AsyncMessagesWithRawResponse"),
    "AsyncMessagesWithStreamingResponse": (".messages.messages", "AsyncMessagesWithStreamingResponse"),
    "AsyncModels": (".models", "AsyncModels"),
    "AsyncModelsWithRawResponse": (".models", "AsyncModelsWithRawResponse"),
    "AsyncModelsWithStreamingResponse": (".models", "AsyncModelsWithStreamingResponse"),
    "Beta": (".beta.beta", "Beta"),
    "BetaWithRawResponse": (".beta.beta", "BetaWithRawResponse"),
    "BetaWithStreamingResponse": (".beta.beta", "BetaWithStreamingResponse"),
    "Completions": (".completions", "Completions"),
    "CompletionsWithRawResponse": (".completions", "CompletionsWithRawResponse"),
    "CompletionsWithStreamingResponse": (".completions", "CompletionsWithStreamingResponse"),
    "Messages": (".messages.messages", "Messages"),
    "MessagesWithRawResponse": (".messages.messages", "MessagesWithRawResponse"),
    "MessagesWithStreamingResponse": (".messages.messages", "MessagesWithStreamingResponse"),
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
    # Cache it: later lookups are plain attribute reads.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
