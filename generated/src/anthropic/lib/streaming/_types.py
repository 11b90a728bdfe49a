"""The events `client.messages.stream()` yields besides the API's raw events."""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar, Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from ..._types import PropertyInfo
from ...types.message import Message
from ...types.parsed_message import ParsedMessage, ParsedTextBlock
from ...types.raw_content_block_delta_event import RawContentBlockDeltaEvent
from ...types.raw_content_block_start_event import RawContentBlockStartEvent
from ...types.raw_content_block_stop_event import RawContentBlockStopEvent
from ...types.raw_message_delta_event import RawMessageDeltaEvent
from ...types.raw_message_start_event import RawMessageStartEvent
from ...types.raw_message_stop_event import RawMessageStopEvent
from ...types.redacted_thinking_block import RedactedThinkingBlock
from ...types.server_tool_use_block import ServerToolUseBlock
from ...types.text_block import TextBlock
from ...types.text_citation import TextCitation
from ...types.thinking_block import ThinkingBlock
from ...types.tool_use_block import ToolUseBlock
from ...types.web_search_tool_result_block import WebSearchToolResultBlock
from ._lazy import LazySnapshotModel

__all__ = [
    "TextEvent",
    "CitationEvent",
    "ThinkingEvent",
    "SignatureEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "ContentBlockStopEvent",
    "ParsedMessageStopEvent",
    "ParsedContentBlockStopEvent",
    "MessageStreamEvent",
    "ParsedMessageStreamEvent",
]

ResponseFormatT = TypeVar("ResponseFormatT")


class TextEvent(LazySnapshotModel):
    """Text was added to a text block."""

    type: Literal["text"]

    text: str
    """The text just added."""

    snapshot: str
    """The block's whole text so far."""


class CitationEvent(BaseModel):
    """A citation was added to a text block."""

    type: Literal["citation"]

    citation: TextCitation
    """The citation just added."""

    snapshot: list[TextCitation]
    """Every citation of the block so far."""


class ThinkingEvent(LazySnapshotModel):
    """Reasoning was added to a thinking block."""

    type: Literal["thinking"]

    thinking: str
    """The reasoning text just added."""

    snapshot: str
    """The block's whole reasoning so far."""


class SignatureEvent(BaseModel):
    """A thinking block received its signature."""

    type: Literal["signature"]

    signature: str
    """The signature of the thinking block."""


class InputJsonEvent(LazySnapshotModel):
    """A piece of a tool call's JSON input arrived."""

    type: Literal["input_json"]

    partial_json: str
    """The JSON text just added; on its own it is usually not valid JSON."""

    snapshot: object
    """The input parsed from all the JSON so far (incomplete trailing values left out)."""


class MessageStopEvent(RawMessageStopEvent):
    """The message is complete; replaces the raw `message_stop` event."""

    type: Literal["message_stop"]

    message: Message
    """The whole message as accumulated from the stream."""


class ParsedMessageStopEvent(MessageStopEvent, Generic[ResponseFormatT]):
    """`MessageStopEvent` carrying a message with parsed text blocks."""

    message: ParsedMessage[ResponseFormatT]


class ContentBlockStopEvent(RawContentBlockStopEvent):
    """A content block is complete; replaces the raw `content_block_stop` event."""

    type: Literal["content_block_stop"]

    content_block: Annotated[
        Union[
            TextBlock, ThinkingBlock, RedactedThinkingBlock, ToolUseBlock, ServerToolUseBlock, WebSearchToolResultBlock
        ],
        Discriminator("type"),
    ]
    """The finished block."""


class ParsedContentBlockStopEvent(ContentBlockStopEvent, Generic[ResponseFormatT]):
    """`ContentBlockStopEvent` whose text blocks are `ParsedTextBlock`s."""

    content_block: Annotated[
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


MessageStreamEvent: TypeAlias = Annotated[
    Union[
        TextEvent,
        CitationEvent,
        ThinkingEvent,
        SignatureEvent,
        InputJsonEvent,
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        MessageStopEvent,
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        ContentBlockStopEvent,
    ],
    PropertyInfo(discriminator="type"),
]

ParsedMessageStreamEvent: TypeAlias = Annotated[
    Union[
        TextEvent,
        CitationEvent,
        ThinkingEvent,
        SignatureEvent,
        InputJsonEvent,
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        ParsedMessageStopEvent[ResponseFormatT],
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        ParsedContentBlockStopEvent[ResponseFormatT],
    ],
    PropertyInfo(discriminator="type"),
]
