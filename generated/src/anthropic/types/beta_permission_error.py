from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["BetaPermissionError"]


class BetaPermissionError(BaseModel):
    """The API key is not allowed to use this resource (HTTP 403)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["permission_error"]
    """Fixed tag that identifies this kind of object."""
