from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel, Discriminator
from .redacted_thinking_block import RedactedThinkingBlock
from .server_tool_use_block import ServerToolUseBlock
from .text_block import TextBlock
from .thinking_block import ThinkingBlock
from .tool_use_block import ToolUseBlock
from .web_search_tool_result_block import WebSearchToolResultBlock

__all__ = ["ContentBlock", "RawContentBlockStartEvent"]

ContentBlock: TypeAlias = Annotated[
    Union[TextBlock, ThinkingBlock, RedactedThinkingBlock, ToolUseBlock, ServerToolUseBlock, WebSearchToolResultBlock],
    Discriminator("type"),
]


class RawContentBlockStartEvent(BaseModel):
    """Event that opens a new content block at `index`."""

    content_block: ContentBlock
    """
    The new content block. Text and tool input start empty and are filled in by the delta events
    that follow.
    """

    index: int
    """Position of the content block in the message's `content` list."""

    type: Literal["content_block_start"]
    """Fixed tag that identifies this kind of object."""
