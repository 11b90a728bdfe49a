from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal

from .._models import BaseModel, Discriminator
from .response_redacted_thinking_block import ResponseRedactedThinkingBlock
from .response_server_tool_use_block import ResponseServerToolUseBlock
from .response_text_block import ResponseTextBlock
from .response_thinking_block import ResponseThinkingBlock
from .response_tool_use_block import ResponseToolUseBlock
from .response_web_search_tool_result_block import ResponseWebSearchToolResultBlock
from .usage import Usage

__all__ = [
    "Message",
]


class Message(BaseModel):
    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: List[
        Annotated[
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
            "refusal",
        ]
    ] = None
    stop_sequence: Optional[str] = None
    usage: Usage
