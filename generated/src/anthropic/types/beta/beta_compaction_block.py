from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaCompactionBlock"]


class BetaCompactionBlock(BaseModel):
    """
    A summary that replaces earlier context after automatic compaction. Send it back in later
    requests; a null `content` means compaction failed.
    """

    content: Optional[str] = None
    """The summary that stands in for earlier context; null when compaction failed."""

    type: Literal["compaction"]
    """Fixed tag that identifies this kind of object."""
