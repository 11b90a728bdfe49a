"""A `Message` whose text blocks carry the structured output parsed from them.

`client.messages.parse(...)` and the streaming helper (with `output_format=`) return these:
every text block is a `ParsedTextBlock` whose `parsed_output` is the text read as the
requested type, and `ParsedMessage.parsed_output` is the first such value.
"""

from __future__ import annotations

from typing import Annotated, Generic, Optional, TypeVar, Union

from typing_extensions import TypeAlias

from .._models import Discriminator
from .message import Message
from .redacted_thinking_block import RedactedThinkingBlock
from .server_tool_use_block import ServerToolUseBlock
from .text_block import TextBlock
from .thinking_block import ThinkingBlock
from .tool_use_block import ToolUseBlock
from .web_search_tool_result_block import WebSearchToolResultBlock

__all__ = ["ParsedTextBlock", "ParsedContentBlock", "ParsedMessage"]

ResponseFormatT = TypeVar("ResponseFormatT")


class ParsedTextBlock(TextBlock, Generic[ResponseFormatT]):
    """A text block, with its text read as the requested output type when one was given."""

    parsed_output: Optional[ResponseFormatT] = None
    """The block's text parsed as the `output_format` type, or None without one."""


ParsedContentBlock: TypeAlias = Annotated[
    Union[
        ParsedTextBlock[ResponseFormatT],
        ThinkingBlock,
        RedactedThinkingBlock,
        ToolUseBlock,
        ServerToolUseBlock,
        WebSearchToolResultBlock,
    ],
    Discriminator("type"),
]


class ParsedMessage(Message, Generic[ResponseFormatT]):
    """A message whose text blocks are `ParsedTextBlock`s."""

    content: list[  # type: ignore[assignment]
        Annotated[
            Union[
                ParsedTextBlock[ResponseFormatT],
                ThinkingBlock,
                RedactedThinkingBlock,
                ToolUseBlock,
                ServerToolUseBlock,
                WebSearchToolResultBlock,
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
