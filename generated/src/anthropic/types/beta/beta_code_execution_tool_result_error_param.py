from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_code_execution_tool_result_error_code import BetaCodeExecutionToolResultErrorCode

__all__ = ["BetaCodeExecutionToolResultErrorParam"]


class BetaCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """A code execution run that could not be carried out."""

    error_code: Required[BetaCodeExecutionToolResultErrorCode]
    """Machine-readable reason for the failure."""

    type: Required[Literal["code_execution_tool_result_error"]]
    """Fixed tag that identifies this kind of object."""
