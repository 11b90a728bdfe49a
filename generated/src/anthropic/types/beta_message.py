from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .beta_container import BetaContainer
from .beta_response_bash_code_execution_tool_result_block import (
    BetaResponseBashCodeExecutionToolResultBlock,
)
from .beta_response_code_execution_tool_result_block import (
    BetaResponseCodeExecutionToolResultBlock,
)
from .beta_response_compaction_block import BetaResponseCompactionBlock
from .beta_response_container_upload_block import BetaResponseContainerUploadBlock
from .beta_response_context_management import BetaResponseContextManagement
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
from .beta_usage import BetaUsage

__all__ = [
    "BetaMessage",
]


class BetaMessage(BaseModel):
    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: List[
        Annotated[
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
    ]
    model: Union[
        str,
        Literal[
            "claude-opus-4-6",
            "claude-opus-4-5-20251101",
            "claude-opus-4-5",
            "claude-3-7-sonnet-latest",
            "claude-3-7-sonnet-20250219",
            "claude-3-5-haiku-latest",
            "claude-3-5-haiku-20241022",
            "claude-haiku-4-5",
            "claude-haiku-4-5-20251001",
            "claude-sonnet-4-20250514",
            "claude-sonnet-4-0",
            "claude-4-sonnet-20250514",
            "claude-sonnet-4-5",
            "claude-sonnet-4-5-20250929",
            "claude-opus-4-0",
            "claude-opus-4-20250514",
            "claude-4-opus-20250514",
            "claude-opus-4-1-20250805",
            "claude-3-opus-latest",
            "claude-3-opus-20240229",
            "claude-3-haiku-20240307",
        ],
    ]
    stop_reason: Optional[
        Literal[
            "end_turn",
            "max_tokens",
            "stop_sequence",
            "tool_use",
            "pause_turn",
            "compaction",
            "refusal",
            "model_context_window_exceeded",
        ]
    ] = None
    stop_sequence: Optional[str] = None
    usage: BetaUsage
    context_management: Optional[BetaResponseContextManagement] = None
    container: Optional[BetaContainer] = None
