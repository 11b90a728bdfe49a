from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .message import Message

__all__ = ["MessageStartEvent"]


class MessageStartEvent(BaseModel):
    message: Message
    type: Literal["message_start"]
