from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "APIError",
]


class APIError(BaseModel):
    message: str
    type: Literal["api_error"]
