from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaTextDelta"]


class BetaTextDelta(BaseModel):
    """More text for a text block."""

    text: str
    """Text to append to the block."""

    type: Literal["text_delta"]
    """Fixed tag that identifies this kind of object."""
