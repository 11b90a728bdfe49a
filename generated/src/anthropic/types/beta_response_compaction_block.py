from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseCompactionBlock",
]


class BetaResponseCompactionBlock(BaseModel):
    content: Optional[str] = None
    type: Literal["compaction"]
