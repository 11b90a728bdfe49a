from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseToolReferenceBlock",
]


class BetaResponseToolReferenceBlock(BaseModel):
    tool_name: str
    type: Literal["tool_reference"]
