from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_response_bash_code_execution_tool_result_block import (
    BetaResponseBashCodeExecutionToolResultBlock,
)
from .beta_response_code_execution_tool_result_block import (
    BetaResponseCodeExecutionToolResultBlock,
)
from .beta_response_compaction_block import BetaResponseCompactionBlock
from .beta_response_container_upload_block import BetaResponseContainerUploadBlock
from .beta_response_mcp_tool_result_block import BetaResponseMCPToolResultBlock
from .beta_response_mcp_tool_use_block import BetaResponseMCPToolUseBlock
from .beta_response_redacted_thinking_block import BetaResponseRedactedThinkingBlock
from .beta_response_server_tool_use_block import BetaResponseServerToolUseBlock
from .beta_response_text_block import BetaResponseTextBlock
from .beta_response_text_editor_code_execution_tool_result_block import (
    BetaResponseTextEditorCodeExecutionToolResultBlock,
)
from .beta_response_thinking_block import BetaResponseThinkingBlock
from .beta_response_tool_search_tool_result_block import (
    BetaResponseToolSearchToolResultBlock,
)
from .beta_response_tool_use_block import BetaResponseToolUseBlock
from .beta_response_web_fetch_tool_result_block import (
    BetaResponseWebFetchToolResultBlock,
)
from .beta_response_web_search_tool_result_block import (
    BetaResponseWebSearchToolResultBlock,
)

__all__ = [
    "BetaContentBlockStartEvent",
]


class BetaContentBlockStartEvent(BaseModel):
    content_block: Annotated[
        Union[
            BetaResponseTextBlock,
            BetaResponseThinkingBlock,
            BetaResponseRedactedThinkingBlock,
            BetaResponseToolUseBlock,
            BetaResponseServerToolUseBlock,
            BetaResponseWebSearchToolResultBlock,
            BetaResponseWebFetchToolResultBlock,
            BetaResponseCodeExecutionToolResultBlock,
            BetaResponseBashCodeExecutionToolResultBlock,
            BetaResponseTextEditorCodeExecutionToolResultBlock,
            BetaResponseToolSearchToolResultBlock,
            BetaResponseMCPToolUseBlock,
            BetaResponseMCPToolResultBlock,
            BetaResponseContainerUploadBlock,
            BetaResponseCompactionBlock,
        ],
        Discriminator("type"),
    ]
    index: int
    type: Literal["content_block_start"]
