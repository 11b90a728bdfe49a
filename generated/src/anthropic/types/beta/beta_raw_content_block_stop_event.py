from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaRawContentBlockStopEvent"]


class BetaRawContentBlockStopEvent(BaseModel):
    """Event that closes the content block at `index`."""

    index: int
    """Position of the content block in the message's `content` list."""

    type: Literal["content_block_stop"]
    """Fixed tag that identifies this kind of object."""
