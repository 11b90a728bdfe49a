from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_web_fetch_tool_result_error_code import BetaWebFetchToolResultErrorCode

__all__ = ["BetaWebFetchToolResultErrorBlock"]


class BetaWebFetchToolResultErrorBlock(BaseModel):
    """A web fetch that failed."""

    error_code: BetaWebFetchToolResultErrorCode
    """Machine-readable reason for the failure."""

    type: Literal["web_fetch_tool_result_error"]
    """Fixed tag that identifies this kind of object."""
