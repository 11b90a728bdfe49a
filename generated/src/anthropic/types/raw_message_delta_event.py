from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .message_delta_usage import MessageDeltaUsage
from .stop_reason import StopReason

__all__ = ["Delta", "RawMessageDeltaEvent"]


class Delta(BaseModel):
    """Top-level message fields that changed."""

    stop_reason: Optional[StopReason] = None
    """
    Why generation stopped: `end_turn` (natural end), `max_tokens` (limit reached), `stop_sequence`
    (one of your stop sequences), `tool_use` (the model called tools), `pause_turn` (a long turn was
    paused; send the reply back to continue) or `refusal` (the model declined for safety reasons).
    Null only in the `message_start` event of a stream.
    """

    stop_sequence: Optional[str] = None
    """The stop sequence that ended generation, or null if none did."""


class RawMessageDeltaEvent(BaseModel):
    """Event with changes to the message's top-level fields, such as the stop reason and usage."""

    delta: Delta
    """The message's top-level fields that changed."""

    type: Literal["message_delta"]
    """Fixed tag that identifies this kind of object."""

    usage: MessageDeltaUsage
    """Token counts so far; the values are running totals for the whole message."""
