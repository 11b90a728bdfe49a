from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_web_search_tool_result_error_code import BetaWebSearchToolResultErrorCode

__all__ = ["BetaWebSearchToolResultError"]


class BetaWebSearchToolResultError(BaseModel):
    """A web search that failed."""

    error_code: BetaWebSearchToolResultErrorCode
    """Machine-readable reason for the failure."""

    type: Literal["web_search_tool_result_error"]
    """Fixed tag that identifies this kind of object."""
