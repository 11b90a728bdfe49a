from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseThinkingBlock",
]


class BetaResponseThinkingBlock(BaseModel):
    signature: str
    thinking: str
    type: Literal["thinking"]
