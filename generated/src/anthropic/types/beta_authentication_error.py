from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["BetaAuthenticationError"]


class BetaAuthenticationError(BaseModel):
    """The API key is missing or not valid (HTTP 401)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["authentication_error"]
    """Fixed tag that identifies this kind of object."""
