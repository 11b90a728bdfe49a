from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_message import BetaMessage

__all__ = ["BetaRawMessageStartEvent"]


class BetaRawMessageStartEvent(BaseModel):
    """First event of a stream; carries the message with empty content."""

    message: BetaMessage
    """The message being streamed, with empty content that later events fill in."""

    type: Literal["message_start"]
    """Fixed tag that identifies this kind of object."""
