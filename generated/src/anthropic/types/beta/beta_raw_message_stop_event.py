from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaRawMessageStopEvent"]


class BetaRawMessageStopEvent(BaseModel):
    """Last event of a stream."""

    type: Literal["message_stop"]
    """Fixed tag that identifies this kind of object."""
