from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CountMessageTokensResponse",
]


class CountMessageTokensResponse(BaseModel):
    input_tokens: int
