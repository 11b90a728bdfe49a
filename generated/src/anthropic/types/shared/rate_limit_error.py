from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RateLimitError"]


class RateLimitError(BaseModel):
    """Too many requests or tokens in a short time; slow down and retry (HTTP 429)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["rate_limit_error"]
    """Fixed tag that identifies this kind of object."""
