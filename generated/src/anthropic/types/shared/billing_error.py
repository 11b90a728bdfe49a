from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BillingError"]


class BillingError(BaseModel):
    """The request was refused because of a billing or payment problem (HTTP 402)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["billing_error"]
    """Fixed tag that identifies this kind of object."""
