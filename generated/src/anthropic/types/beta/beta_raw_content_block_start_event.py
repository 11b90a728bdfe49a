from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from .beta_bash_code_execution_tool_result_block import BetaBashCodeExecutionToolResultBlock
from .beta_code_execution_tool_result_block import BetaCodeExecutionToolResultBlock
from .beta_compaction_block import BetaCompactionBlock
from .beta_container_upload_block import BetaContainerUploadBlock
from .beta_mcp_tool_result_block import BetaMCPToolResultBlock
from .beta_mcp_tool_use_block import BetaMCPToolUseBlock
from .beta_redacted_thinking_block import BetaRedactedThinkingBlock
from .beta_server_tool_use_block import BetaServerToolUseBlock
from .beta_text_block import BetaTextBlock
from .beta_text_editor_code_execution_tool_result_block import BetaTextEditorCodeExecutionToolResultBlock
from .beta_thinking_block import BetaThinkingBlock
from .beta_tool_search_tool_result_block import BetaToolSearchToolResultBlock
from .beta_tool_use_block import BetaToolUseBlock
from .beta_web_fetch_tool_result_block import BetaWebFetchToolResultBlock
from .beta_web_search_tool_result_block import BetaWebSearchToolResultBlock

__all__ = ["BetaRawContentBlockStartEvent", "ContentBlock"]

ContentBlock: TypeAlias = Annotated[
    Union[
        BetaTextBlock,
        BetaThinkingBlock,
        BetaRedactedThinkingBlock,
        BetaToolUseBlock,
        BetaServerToolUseBlock,
        BetaWebSearchToolResultBlock,
        BetaWebFetchToolResultBlock,
        BetaCodeExecutionToolResultBlock,
        BetaBashCodeExecutionToolResultBlock,
        BetaTextEditorCodeExecutionToolResultBlock,
        BetaToolSearchToolResultBlock,
        BetaMCPToolUseBlock,
        BetaMCPToolResultBlock,
        BetaContainerUploadBlock,
        BetaCompactionBlock,
    ],
    Discriminator("type"),
]


class BetaRawContentBlockStartEvent(BaseModel):
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
