from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .beta_message import BetaMessage

__all__ = [
    "BetaMessageStartEvent",
]


class BetaMessageStartEvent(BaseModel):
    message: BetaMessage
    type: Literal["message_start"]
