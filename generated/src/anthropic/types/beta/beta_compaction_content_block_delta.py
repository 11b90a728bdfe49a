from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaCompactionContentBlockDelta"]


class BetaCompactionContentBlockDelta(BaseModel):
    """The summary text of a compaction block."""

    content: Optional[str] = None
    """The compaction summary text, or null if compaction failed."""

    type: Literal["compaction_delta"]
    """Fixed tag that identifies this kind of object."""
