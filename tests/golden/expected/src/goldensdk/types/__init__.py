from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .content_block import ContentBlock as ContentBlock
    from .content_block_delta_event import ContentBlockDeltaEvent as ContentBlockDeltaEvent
    from .file_metadata import FileMetadata as FileMetadata
    from .file_upload_params import FileUploadParams as FileUploadParams
    from .input_message_param import InputMessageParam as InputMessageParam
    from .message import Message as Message
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_start_event import MessageStartEvent as MessageStartEvent
    from .message_stop_event import MessageStopEvent as MessageStopEvent
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .model_info import ModelInfo as ModelInfo
    from .model_list_params import ModelListParams as ModelListParams
    from .text_block import TextBlock as TextBlock
    from .text_block_param import TextBlockParam as TextBlockParam
    from .tool_use_block import ToolUseBlock as ToolUseBlock
    from .usage import Usage as Usage

_EXPORTS: dict[str, tuple[str, str]] = {
    "ContentBlock": (".content_block", "ContentBlock"),
    "ContentBlockDeltaEvent": (".content_block_delta_event", "ContentBlockDeltaEvent"),
    "FileMetadata": (".file_metadata", "FileMetadata"),
    "FileUploadParams": (".file_upload_params", "FileUploadParams"),
    "InputMessageParam": (".input_message_param", "InputMessageParam"),
    "Message": (".message", "Message"),
    "MessageCreateParams": (".message_create_params", "MessageCreateParams"),
    "MessageStartEvent": (".message_start_event", "MessageStartEvent"),
    "MessageStopEvent": (".message_stop_event", "MessageStopEvent"),
    "MessageStreamEvent": (".message_stream_event", "MessageStreamEvent"),
    "ModelInfo": (".model_info", "ModelInfo"),
    "ModelListParams": (".model_list_params", "ModelListParams"),
    "TextBlock": (".text_block", "TextBlock"),
    "TextBlockParam": (".text_block_param", "TextBlockParam"),
    "ToolUseBlock": (".tool_use_block", "ToolUseBlock"),
    "Usage": (".usage", "Usage"),
}

__all__ = [
    "ContentBlock",
    "ContentBlockDeltaEvent",
    "FileMetadata",
    "FileUploadParams",
    "InputMessageParam",
    "Message",
    "MessageCreateParams",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "ModelInfo",
    "ModelListParams",
    "TextBlock",
    "TextBlockParam",
    "ToolUseBlock",
    "Usage",
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
