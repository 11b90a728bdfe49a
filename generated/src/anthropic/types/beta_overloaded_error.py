from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["BetaOverloadedError"]


class BetaOverloadedError(BaseModel):
    """The API is temporarily overloaded; retry later (HTTP 529)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["overloaded_error"]
    """Fixed tag that identifies this kind of object."""
