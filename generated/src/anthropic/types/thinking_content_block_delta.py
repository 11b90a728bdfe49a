from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ThinkingContentBlockDelta",
]


class ThinkingContentBlockDelta(BaseModel):
    thinking: str
    type: Literal["thinking_delta"]
