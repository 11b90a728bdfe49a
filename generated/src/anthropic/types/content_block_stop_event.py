from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ContentBlockStopEvent",
]


class ContentBlockStopEvent(BaseModel):
    index: int
    type: Literal["content_block_stop"]
