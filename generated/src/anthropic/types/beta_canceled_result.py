from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaCanceledResult",
]


class BetaCanceledResult(BaseModel):
    type: Literal["canceled"]
