from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...beta_error_response import BetaErrorResponse

__all__ = ["BetaMessageBatchErroredResult"]


class BetaMessageBatchErroredResult(BaseModel):
    """The request failed; the error is included."""

    error: BetaErrorResponse
    """The error that the request failed with."""

    type: Literal["errored"]
    """Fixed tag that identifies this kind of object."""
