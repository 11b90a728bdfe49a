from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseCodeExecutionToolResultError",
]


class BetaResponseCodeExecutionToolResultError(BaseModel):
    error_code: Literal[
        "invalid_tool_input",
        "unavailable",
        "too_many_requests",
        "execution_time_exceeded",
    ]
    type: Literal["code_execution_tool_result_error"]
