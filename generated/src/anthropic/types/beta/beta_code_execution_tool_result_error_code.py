from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["BetaCodeExecutionToolResultErrorCode"]

BetaCodeExecutionToolResultErrorCode: TypeAlias = Literal[
    "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"
]
"""Why a code execution run failed."""
