from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_list_params import FileListParams as FileListParams
    from .file_upload_params import FileUploadParams as FileUploadParams
    from .message_count_tokens_params import (
        MessageCountTokensParams as MessageCountTokensParams,
    )
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .model_list_params import ModelListParams as ModelListParams
    from .skill_create_params import SkillCreateParams as SkillCreateParams
    from .skill_list_params import SkillListParams as SkillListParams

_EXPORTS: dict[str, tuple[str, str]] = {
    "FileListParams": (".file_list_params", "FileListParams"),
    "FileUploadParams": (".file_upload_params", "FileUploadParams"),
    "MessageCountTokensParams": (
        ".message_count_tokens_params",
        "MessageCountTokensParams",
    ),
    "MessageCreateParams": (".message_create_params", "MessageCreateParams"),
    "ModelListParams": (".model_list_params", "ModelListParams"),
    "SkillCreateParams": (".skill_create_params", "SkillCreateParams"),
    "SkillListParams": (".skill_list_params", "SkillListParams"),
}

__all__ = [
    "FileListParams",
    "FileUploadParams",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "ModelListParams",
    "SkillCreateParams",
    "SkillListParams",
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
