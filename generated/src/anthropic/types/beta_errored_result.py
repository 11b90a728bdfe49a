from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .beta_error_response import BetaErrorResponse

__all__ = [
    "BetaErroredResult",
]


class BetaErroredResult(BaseModel):
    error: BetaErrorResponse
    type: Literal["errored"]
