from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._models import Discriminator
from .redacted_thinking_block import RedactedThinkingBlock
from .server_tool_use_block import ServerToolUseBlock
from .text_block import TextBlock
from .thinking_block import ThinkingBlock
from .tool_use_block import ToolUseBlock
from .web_search_tool_result_block import WebSearchToolResultBlock

__all__ = ["ContentBlock"]

ContentBlock: TypeAlias = Annotated[
    Union[TextBlock, ThinkingBlock, RedactedThinkingBlock, ToolUseBlock, ServerToolUseBlock, WebSearchToolResultBlock],
    Discriminator("type"),
]
"""Any block that may appear in the content of a generated message."""
