from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files import (
        AsyncFiles as AsyncFiles,
        AsyncFilesWithRawResponse as AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
        Files as Files,
        FilesWithRawResponse as FilesWithRawResponse,
        FilesWithStreamingResponse as FilesWithStreamingResponse,
    )
    from .messages import (
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
    "AsyncFiles": (".files", "AsyncFiles"),
    "AsyncFilesWithRawResponse": (".files", "AsyncFilesWithRawResponse"),
    "AsyncFilesWithStreamingResponse": (".files", "AsyncFilesWithStreamingResponse"),
    "AsyncMessages": (".messages", "AsyncMessages"),
    "AsyncMessagesWithRawResponse": (".messages", "AsyncMessagesWithRawResponse"),
    "AsyncMessagesWithStreamingResponse": (".messages", "AsyncMessagesWithStreamingResponse"),
    "AsyncModels": (".models", "AsyncModels"),
    "AsyncModelsWithRawResponse": (".models", "AsyncModelsWithRawResponse"),
    "AsyncModelsWithStreamingResponse": (".models", "AsyncModelsWithStreamingResponse"),
    "Files": (".files", "Files"),
    "FilesWithRawResponse": (".files", "FilesWithRawResponse"),
    "FilesWithStreamingResponse": (".files", "FilesWithStreamingResponse"),
    "Messages": (".messages", "Messages"),
    "MessagesWithRawResponse": (".messages", "MessagesWithRawResponse"),
    "MessagesWithStreamingResponse": (".messages", "MessagesWithStreamingResponse"),
    "Models": (".models", "Models"),
    "ModelsWithRawResponse": (".models", "ModelsWithRawResponse"),
    "ModelsWithStreamingResponse": (".models", "ModelsWithStreamingResponse"),
}

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
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
