from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["MessageStopEvent"]


class MessageStopEvent(BaseModel):
    type: Literal["message_stop"]
