from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["BetaInvalidRequestError"]


class BetaInvalidRequestError(BaseModel):
    """The request was malformed or had invalid parameters (HTTP 400)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["invalid_request_error"]
    """Fixed tag that identifies this kind of object."""
