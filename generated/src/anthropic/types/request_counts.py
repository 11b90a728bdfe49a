from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "RequestCounts",
]


class RequestCounts(BaseModel):
    canceled: int
    errored: int
    expired: int
    processing: int
    succeeded: int
