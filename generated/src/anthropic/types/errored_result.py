from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .error_response import ErrorResponse

__all__ = [
    "ErroredResult",
]


class ErroredResult(BaseModel):
    error: ErrorResponse
    type: Literal["errored"]
