from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaBashCodeExecutionToolResultError"]


class BetaBashCodeExecutionToolResultError(BaseModel):
    """A bash command in the code execution container that could not be carried out."""

    error_code: Literal[
        "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"
    ]
    """Machine-readable reason for the failure."""

    type: Literal["bash_code_execution_tool_result_error"]
    """Fixed tag that identifies this kind of object."""
