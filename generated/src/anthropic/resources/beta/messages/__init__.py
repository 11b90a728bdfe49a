from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batches import (
        AsyncBatches as AsyncBatches,
        AsyncBatchesWithRawResponse as AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse as AsyncBatchesWithStreamingResponse,
        Batches as Batches,
        BatchesWithRawResponse as BatchesWithRawResponse,
        BatchesWithStreamingResponse as BatchesWithStreamingResponse,
    )
    from .messages import (
        DEPRECATED_MODELS as DEPRECATED_MODELS,
        AsyncMessages as AsyncMessages,
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
        Messages as Messages,
        MessagesWithRawResponse as MessagesWithRawResponse,
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )

_EXPORTS: dict[str, tuple[str, str]] = {
    "AsyncBatches": (".batches", "AsyncBatches"),
    "AsyncBatchesWithRawResponse": (".batches", "AsyncBatchesWithRawResponse"),
    "AsyncBatchesWithStreamingResponse": (".batches", "AsyncBatchesWithStreamingResponse"),
    "AsyncMessages": (".messages", "AsyncMessages"),
    "AsyncMessagesWithRawResponse": (".messages", "AsyncMessagesWithRawResponse"),
    "AsyncMessagesWithStreamingResponse": (".messages", "AsyncMessagesWithStreamingResponse"),
    "Batches": (".batches", "Batches"),
    "BatchesWithRawResponse": (".batches", "BatchesWithRawResponse"),
    "BatchesWithStreamingResponse": (".batches", "BatchesWithStreamingResponse"),
    "DEPRECATED_MODELS": (".messages", "DEPRECATED_MODELS"),
    "Messages": (".messages", "Messages"),
    "MessagesWithRawResponse": (".messages", "MessagesWithRawResponse"),
    "MessagesWithStreamingResponse": (".messages", "MessagesWithStreamingResponse"),
}

__all__ = [
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "DEPRECATED_MODELS",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
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
