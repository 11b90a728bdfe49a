from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "TextContentBlockDelta",
]


class TextContentBlockDelta(BaseModel):
    text: str
    type: Literal["text_delta"]
