from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ExpiredResult",
]


class ExpiredResult(BaseModel):
    type: Literal["expired"]
