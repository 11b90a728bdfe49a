from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_code_execution_tool_result_error_code import BetaCodeExecutionToolResultErrorCode

__all__ = ["BetaCodeExecutionToolResultError"]


class BetaCodeExecutionToolResultError(BaseModel):
    """A code execution run that could not be carried out."""

    error_code: BetaCodeExecutionToolResultErrorCode
    """Machine-readable reason for the failure."""

    type: Literal["code_execution_tool_result_error"]
    """Fixed tag that identifies this kind of object."""
