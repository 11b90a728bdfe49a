from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "BetaRequestCounts",
]


class BetaRequestCounts(BaseModel):
    canceled: int
    errored: int
    expired: int
    processing: int
    succeeded: int
