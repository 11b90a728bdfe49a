from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .raw_content_block_delta import RawContentBlockDelta

__all__ = ["RawContentBlockDeltaEvent"]


class RawContentBlockDeltaEvent(BaseModel):
    """Event that adds a piece to the content block at `index`."""

    delta: RawContentBlockDelta
    """The piece to add to the content block."""

    index: int
    """Position of the content block in the message's `content` list."""

    type: Literal["content_block_delta"]
    """Fixed tag that identifies this kind of object."""
