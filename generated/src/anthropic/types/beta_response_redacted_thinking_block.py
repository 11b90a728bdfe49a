from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseRedactedThinkingBlock",
]


class BetaResponseRedactedThinkingBlock(BaseModel):
    data: str
    type: Literal["redacted_thinking"]
