from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .message import Message

__all__ = [
    "SucceededResult",
]


class SucceededResult(BaseModel):
    message: Message
    type: Literal["succeeded"]
