from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.error_response import ErrorResponse

__all__ = ["MessageBatchErroredResult"]


class MessageBatchErroredResult(BaseModel):
    """The request failed; the error is included."""

    error: ErrorResponse
    """The error that the request failed with."""

    type: Literal["errored"]
    """Fixed tag that identifies this kind of object."""
