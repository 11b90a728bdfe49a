from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ContentBlockDeltaEvent", "Delta"]


class Delta(BaseModel):
    text: str
    type: Literal["text_delta"]


class ContentBlockDeltaEvent(BaseModel):
    delta: Delta
    index: int
    type: Literal["content_block_delta"]
