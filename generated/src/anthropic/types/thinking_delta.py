from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ThinkingDelta"]


class ThinkingDelta(BaseModel):
    """More text for a thinking block."""

    thinking: str
    """Reasoning text to append to the thinking block."""

    type: Literal["thinking_delta"]
    """Fixed tag that identifies this kind of object."""
