from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaThinkingContentBlockDelta",
]


class BetaThinkingContentBlockDelta(BaseModel):
    thinking: str
    type: Literal["thinking_delta"]
