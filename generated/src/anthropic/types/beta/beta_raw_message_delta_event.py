from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_container import BetaContainer
from .beta_context_management_response import BetaContextManagementResponse
from .beta_message_delta_usage import BetaMessageDeltaUsage
from .beta_stop_reason import BetaStopReason

__all__ = ["BetaRawMessageDeltaEvent", "Delta"]


class Delta(BaseModel):
    """Top-level message fields that changed."""

    container: Optional[BetaContainer] = None
    """The container used by server-side tools in this request, if any."""

    stop_reason: Optional[BetaStopReason] = None
    """
    Why generation stopped: `end_turn` (natural end), `max_tokens` (limit reached), `stop_sequence`
    (one of your stop sequences), `tool_use` (the model called tools), `pause_turn` (a long turn was
    paused; send the reply back to continue), `refusal` (the model declined for safety reasons),
    `compaction` (stopped after compacting context) or `model_context_window_exceeded` (the context
    window is full). Null only in the `message_start` event of a stream.
    """

    stop_sequence: Optional[str] = None
    """The stop sequence that ended generation, or null if none did."""


class BetaRawMessageDeltaEvent(BaseModel):
    """Event with changes to the message's top-level fields, such as the stop reason and usage."""

    context_management: Optional[BetaContextManagementResponse] = None
    """The context edits that were applied to this request, if any."""

    delta: Delta
    """The message's top-level fields that changed."""

    type: Literal["message_delta"]
    """Fixed tag that identifies this kind of object."""

    usage: BetaMessageDeltaUsage
    """Token counts so far; the values are running totals for the whole message."""
