from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta import AsyncBeta as AsyncBeta
    from .beta import AsyncBetaWithRawResponse as AsyncBetaWithRawResponse
    from .beta import AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse
    from .beta import Beta as Beta
    from .beta import BetaWithRawResponse as BetaWithRawResponse
    from .beta import BetaWithStreamingResponse as BetaWithStreamingResponse
    from .files import AsyncFiles as AsyncFiles
    from .files import AsyncFilesWithRawResponse as AsyncFilesWithRawResponse
    from .files import (
        AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
    )
    from .files import Files as Files
    from .files import FilesWithRawResponse as FilesWithRawResponse
    from .files import FilesWithStreamingResponse as FilesWithStreamingResponse
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
    from .skills.skills import AsyncSkills as AsyncSkills
    from .skills.skills import AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse
    from .skills.skills import (
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from .skills.skills import Skills as Skills
    from .skills.skills import SkillsWithRawResponse as SkillsWithRawResponse
    from .skills.skills import (
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
    "AsyncSkills": (".skills.skills", "AsyncSkills"),
    "AsyncSkillsWithRawResponse": (".skills.skills", "AsyncSkillsWithRawResponse"),
    "AsyncSkillsWithStreamingResponse": (
        ".skills.skills",
        "AsyncSkillsWithStreamingResponse",
    ),
    "Beta": (".beta", "Beta"),
    "BetaWithRawResponse": (".beta", "BetaWithRawResponse"),
    "BetaWithStreamingResponse": (".beta", "BetaWithStreamingResponse"),
    "Files": (".files", "Files"),
    "FilesWithRawResponse": (".files", "FilesWithRawResponse"),
    "FilesWithStreamingResponse": (".files", "FilesWithStreamingResponse"),
    "Messages": (".messages.messages", "Messages"),
    "MessagesWithRawResponse": (".messages.messages", "MessagesWithRawResponse"),
    "MessagesWithStreamingResponse": (
        ".messages.messages",
        "MessagesWithStreamingResponse",
    ),
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
