"""The events `client.beta.messages.stream()` yields besides the API's raw events."""

from __future__ import annotations

from typing import Annotated, Generic, Optional, TypeVar, Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel, Discriminator
from ..._types import PropertyInfo
from ...types.beta.beta_bash_code_execution_tool_result_block import BetaBashCodeExecutionToolResultBlock
from ...types.beta.beta_code_execution_tool_result_block import BetaCodeExecutionToolResultBlock
from ...types.beta.beta_compaction_block import BetaCompactionBlock
from ...types.beta.beta_container_upload_block import BetaContainerUploadBlock
from ...types.beta.beta_mcp_tool_result_block import BetaMCPToolResultBlock
from ...types.beta.beta_mcp_tool_use_block import BetaMCPToolUseBlock
from ...types.beta.beta_raw_content_block_delta_event import BetaRawContentBlockDeltaEvent
from ...types.beta.beta_raw_content_block_start_event import BetaRawContentBlockStartEvent
from ...types.beta.beta_raw_content_block_stop_event import BetaRawContentBlockStopEvent
from ...types.beta.beta_raw_message_delta_event import BetaRawMessageDeltaEvent
from ...types.beta.beta_raw_message_start_event import BetaRawMessageStartEvent
from ...types.beta.beta_raw_message_stop_event import BetaRawMessageStopEvent
from ...types.beta.beta_redacted_thinking_block import BetaRedactedThinkingBlock
from ...types.beta.beta_server_tool_use_block import BetaServerToolUseBlock
from ...types.beta.beta_text_citation import BetaTextCitation
from ...types.beta.beta_text_editor_code_execution_tool_result_block import BetaTextEditorCodeExecutionToolResultBlock
from ...types.beta.beta_thinking_block import BetaThinkingBlock
from ...types.beta.beta_tool_search_tool_result_block import BetaToolSearchToolResultBlock
from ...types.beta.beta_tool_use_block import BetaToolUseBlock
from ...types.beta.beta_web_fetch_tool_result_block import BetaWebFetchToolResultBlock
from ...types.beta.beta_web_search_tool_result_block import BetaWebSearchToolResultBlock
from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
from ._lazy import LazySnapshotModel

__all__ = [
    "BetaTextEvent",
    "ParsedBetaTextEvent",
    "BetaCitationEvent",
    "BetaThinkingEvent",
    "BetaSignatureEvent",
    "BetaInputJsonEvent",
    "BetaCompactionEvent",
    "BetaMessageStopEvent",
    "ParsedBetaMessageStopEvent",
    "BetaContentBlockStopEvent",
    "ParsedBetaContentBlockStopEvent",
    "BetaMessageStreamEvent",
    "ParsedBetaMessageStreamEvent",
]

ResponseFormatT = TypeVar("ResponseFormatT")


class BetaTextEvent(LazySnapshotModel):
    """Text was added to a text block."""

    type: Literal["text"]

    text: str
    """The text just added."""

    snapshot: str
    """The block's whole text so far."""


class ParsedBetaTextEvent(BetaTextEvent):
    """The text event of a stream that may parse its answer (same fields as `BetaTextEvent`)."""


class BetaCitationEvent(BaseModel):
    """A citation was added to a text block."""

    type: Literal["citation"]

    citation: BetaTextCitation
    """The citation just added."""

    snapshot: list[BetaTextCitation]
    """Every citation of the block so far."""


class BetaThinkingEvent(LazySnapshotModel):
    """Reasoning was added to a thinking block."""

    type: Literal["thinking"]

    thinking: str
    """The reasoning text just added."""

    snapshot: str
    """The block's whole reasoning so far."""


class BetaSignatureEvent(BaseModel):
    """A thinking block received its signature."""

    type: Literal["signature"]

    signature: str
    """The signature of the thinking block."""


class BetaInputJsonEvent(LazySnapshotModel):
    """A piece of a tool call's JSON input arrived."""

    type: Literal["input_json"]

    partial_json: str
    """The JSON text just added; on its own it is usually not valid JSON."""

    snapshot: object
    """The input parsed from all the JSON so far (incomplete trailing values left out)."""


class BetaCompactionEvent(BaseModel):
    """A compaction block received its summary."""

    type: Literal["compaction"]

    content: Optional[str] = None
    """The compaction summary so far, or None if compaction failed."""


# A finished block, as the stop events carry it.
_StopBlock = Annotated[
    Union[
        ParsedBetaTextBlock[object],
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

_ParsedStopBlock = Annotated[
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


class BetaMessageStopEvent(BetaRawMessageStopEvent):
    """The message is complete; replaces the raw `message_stop` event."""

    type: Literal["message_stop"]

    message: ParsedBetaMessage[object]
    """The whole message as accumulated from the stream."""


class ParsedBetaMessageStopEvent(BetaMessageStopEvent, Generic[ResponseFormatT]):
    """`BetaMessageStopEvent` whose message has parsed text blocks."""

    message: ParsedBetaMessage[ResponseFormatT]  # type: ignore[assignment]


class BetaContentBlockStopEvent(BetaRawContentBlockStopEvent):
    """A content block is complete; replaces the raw `content_block_stop` event."""

    type: Literal["content_block_stop"]

    content_block: _StopBlock
    """The finished block."""


class ParsedBetaContentBlockStopEvent(BetaContentBlockStopEvent, Generic[ResponseFormatT]):
    """`BetaContentBlockStopEvent` of a stream that parses its answer."""

    content_block: _ParsedStopBlock  # type: ignore[type-arg]


BetaMessageStreamEvent: TypeAlias = Annotated[
    Union[
        ParsedBetaTextEvent,
        BetaCitationEvent,
        BetaThinkingEvent,
        BetaSignatureEvent,
        BetaInputJsonEvent,
        BetaCompactionEvent,
        BetaRawMessageStartEvent,
        BetaRawMessageDeltaEvent,
        ParsedBetaMessageStopEvent[object],
        BetaRawContentBlockStartEvent,
        BetaRawContentBlockDeltaEvent,
        ParsedBetaContentBlockStopEvent[object],
    ],
    PropertyInfo(discriminator="type"),
]

ParsedBetaMessageStreamEvent: TypeAlias = Annotated[
    Union[
        ParsedBetaTextEvent,
        BetaCitationEvent,
        BetaThinkingEvent,
        BetaSignatureEvent,
        BetaInputJsonEvent,
        BetaCompactionEvent,
        BetaRawMessageStartEvent,
        BetaRawMessageDeltaEvent,
        ParsedBetaMessageStopEvent[ResponseFormatT],
        BetaRawContentBlockStartEvent,
        BetaRawContentBlockDeltaEvent,
        ParsedBetaContentBlockStopEvent[ResponseFormatT],
    ],
    PropertyInfo(discriminator="type"),
]
