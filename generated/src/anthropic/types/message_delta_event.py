from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .message_delta import MessageDelta
from .message_delta_usage import MessageDeltaUsage

__all__ = [
    "MessageDeltaEvent",
]


class MessageDeltaEvent(BaseModel):
    delta: MessageDelta
    type: Literal["message_delta"]
    usage: MessageDeltaUsage
