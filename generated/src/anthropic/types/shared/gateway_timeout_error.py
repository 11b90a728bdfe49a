from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["GatewayTimeoutError"]


class GatewayTimeoutError(BaseModel):
    """The request took too long to process and timed out (HTTP 504)."""

    message: str
    """Human-readable explanation of the error."""

    type: Literal["timeout_error"]
    """Fixed tag that identifies this kind of object."""
