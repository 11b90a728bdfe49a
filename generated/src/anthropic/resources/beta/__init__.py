from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta import (
        AsyncBeta as AsyncBeta,
        AsyncBetaWithRawResponse as AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse,
        Beta as Beta,
        BetaWithRawResponse as BetaWithRawResponse,
        BetaWithStreamingResponse as BetaWithStreamingResponse,
    )
    from .files import (
        AsyncFiles as AsyncFiles,
        AsyncFilesWithRawResponse as AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
        Files as Files,
        FilesWithRawResponse as FilesWithRawResponse,
        FilesWithStreamingResponse as FilesWithStreamingResponse,
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
    from .skills.skills import (
        AsyncSkills as AsyncSkills,
        AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
        Skills as Skills,
        SkillsWithRawResponse as SkillsWithRawResponse,
        SkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )

_EXPORTS: dict[str, tuple[str, str]] = {
    "AsyncBeta": (".beta", "AsyncBeta"),
    "AsyncBetaWithRawResponse": (".beta", "AsyncBetaWithRawResponse"),
    "AsyncBetaWithStreamingResponse": (".beta", "AsyncBetaWithStreamingResponse"),
    "AsyncFiles": (".files", "AsyncFiles"),
    "AsyncFilesWithRawResponse": (".files", "AsyncFilesWithRawResponse"),
    "AsyncFilesWithStreamingResponse": (".files", "AsyncFilesWithStreamingResponse"),
    "AsyncMessages": (".messages.messages", "AsyncMessages"),
    "AsyncMessagesWithRawResponse": (".messages.messages", "AsyncMessagesWithRawResponse"),
    "AsyncMessagesWithStreamingResponse": (".messages.messages", "AsyncMessagesWithStreamingResponse"),
    "AsyncModels": (".models", "AsyncModels"),
    "AsyncModelsWithRawResponse": (".models", "AsyncModelsWithRawResponse"),
    "AsyncModelsWithStreamingResponse": (".models", "AsyncModelsWithStreamingResponse"),
    "AsyncSkills": (".skills.skills", "AsyncSkills"),
    "AsyncSkillsWithRawResponse": (".skills.skills", "AsyncSkillsWithRawResponse"),
    "AsyncSkillsWithStreamingResponse": (".skills.skills", "AsyncSkillsWithStreamingResponse"),
    "Beta": (".beta", "Beta"),
    "BetaWithRawResponse": (".beta", "BetaWithRawResponse"),
    "BetaWithStreamingResponse": (".beta", "BetaWithStreamingResponse"),
    "Files": (".files", "Files"),
    "FilesWithRawResponse": (".files", "FilesWithRawResponse"),
    "FilesWithStreamingResponse": (".files", "FilesWithStreamingResponse"),
    "Messages": (".messages.messages", "Messages"),
    "MessagesWithRawResponse": (".messages.messages", "MessagesWithRawResponse"),
    "MessagesWithStreamingResponse": (".messages.messages", "MessagesWithStreamingResponse"),
    "Models": (".models", "Models"),
    "ModelsWithRawResponse": (".models", "ModelsWithRawResponse"),
    "ModelsWithStreamingResponse": (".models", "ModelsWithStreamingResponse"),
    "Skills": (".skills.skills", "Skills"),
    "SkillsWithRawResponse": (".skills.skills", "SkillsWithRawResponse"),
    "SkillsWithStreamingResponse": (".skills.skills", "SkillsWithStreamingResponse"),
}

__all__ = [
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
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
