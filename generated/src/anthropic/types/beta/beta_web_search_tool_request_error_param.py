from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_web_search_tool_result_error_code import BetaWebSearchToolResultErrorCode

__all__ = ["BetaWebSearchToolRequestErrorParam"]


class BetaWebSearchToolRequestErrorParam(TypedDict, total=False):
    """A web search that failed."""

    error_code: Required[BetaWebSearchToolResultErrorCode]
    """Machine-readable reason for the failure."""

    type: Required[Literal["web_search_tool_result_error"]]
    """Fixed tag that identifies this kind of object."""
