from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaBashCodeExecutionToolResultErrorParam"]


class BetaBashCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """A bash command in the code execution container that could not be carried out."""

    error_code: Required[
        Literal[
            "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"
        ]
    ]
    """Machine-readable reason for the failure."""

    type: Required[Literal["bash_code_execution_tool_result_error"]]
    """Fixed tag that identifies this kind of object."""
