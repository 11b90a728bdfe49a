from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .response_redacted_thinking_block import ResponseRedactedThinkingBlock
from .response_server_tool_use_block import ResponseServerToolUseBlock
from .response_text_block import ResponseTextBlock
from .response_thinking_block import ResponseThinkingBlock
from .response_tool_use_block import ResponseToolUseBlock
from .response_web_search_tool_result_block import ResponseWebSearchToolResultBlock

__all__ = [
    "ContentBlockStartEvent",
]


class ContentBlockStartEvent(BaseModel):
    content_block: Annotated[
        Union[
            ResponseTextBlock,
            ResponseThinkingBlock,
            ResponseRedactedThinkingBlock,
            ResponseToolUseBlock,
            ResponseServerToolUseBlock,
            ResponseWebSearchToolResultBlock,
        ],
        Discriminator("type"),
    ]
    index: int
    type: Literal["content_block_start"]
