"""A `BetaMessage` whose text blocks carry the structured output parsed from them.

`client.beta.messages.parse(...)` and the beta streaming helper (with `output_format=`)
return these: every text block is a `ParsedBetaTextBlock` whose `parsed_output` is the text
read as the requested type, and `ParsedBetaMessage.parsed_output` is the first such value.
"""

from __future__ import annotations

from typing import Annotated, Generic, Optional, TypeVar, Union

from typing_extensions import TypeAlias

from ..._models import Discriminator
from .beta_bash_code_execution_tool_result_block import BetaBashCodeExecutionToolResultBlock
from .beta_code_execution_tool_result_block import BetaCodeExecutionToolResultBlock
from .beta_compaction_block import BetaCompactionBlock
from .beta_container_upload_block import BetaContainerUploadBlock
from .beta_mcp_tool_result_block import BetaMCPToolResultBlock
from .beta_mcp_tool_use_block import BetaMCPToolUseBlock
from .beta_message import BetaMessage
from .beta_redacted_thinking_block import BetaRedactedThinkingBlock
from .beta_server_tool_use_block import BetaServerToolUseBlock
from .beta_text_block import BetaTextBlock
from .beta_text_editor_code_execution_tool_result_block import BetaTextEditorCodeExecutionToolResultBlock
from .beta_thinking_block import BetaThinkingBlock
from .beta_tool_search_tool_result_block import BetaToolSearchToolResultBlock
from .beta_tool_use_block import BetaToolUseBlock
from .beta_web_fetch_tool_result_block import BetaWebFetchToolResultBlock
from .beta_web_search_tool_result_block import BetaWebSearchToolResultBlock

__all__ = ["ParsedBetaTextBlock", "ParsedBetaContentBlock", "ParsedBetaMessage"]

ResponseFormatT = TypeVar("ResponseFormatT")


class ParsedBetaTextBlock(BetaTextBlock, Generic[ResponseFormatT]):
    """A text block, with its text read as the requested output type when one was given."""

    parsed_output: Optional[ResponseFormatT] = None
    """The block's text parsed as the `output_format` type, or None without one."""


ParsedBetaContentBlock: TypeAlias = Annotated[
    Union[
        ParsedBetaTextBlock[ResponseFormatT],
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


class ParsedBetaMessage(BetaMessage, Generic[ResponseFormatT]):
    """A beta message whose text blocks are `ParsedBetaTextBlock`s."""

    content: list[  # type: ignore[assignment]
        Annotated[
            Union[
                ParsedBetaTextBlock[ResponseFormatT],
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
    ]
    """The content blocks the model generated; text blocks carry `parsed_output`."""

    @property
    def parsed_output(self) -> Optional[ResponseFormatT]:
        """The structured output: the `parsed_output` of the first text block that has one."""
        for block in self.content:
            if block.type == "text":
                value: Optional[ResponseFormatT] = getattr(block, "parsed_output", None)
                if value is not None:
                    return value
        return None
