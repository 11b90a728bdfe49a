from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .error_object import ErrorObject

__all__ = ["ErrorResponse"]


class ErrorResponse(BaseModel):
    """The body the API returns when a request fails."""

    error: ErrorObject
    """What went wrong."""

    request_id: Optional[str] = None
    """ID of the failed request; include it when asking for support."""

    type: Literal["error"]
    """Fixed tag that identifies this kind of object."""
