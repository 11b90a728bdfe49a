from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["NotFoundError"]


class NotFoundError(BaseModel):
    """The requested resource does not exist (HTTP 404)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["not_found_error"]
    """Fixed tag that identifies this kind of object."""
