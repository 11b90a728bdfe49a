from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_web_fetch_tool_result_error_code import BetaWebFetchToolResultErrorCode

__all__ = ["BetaWebFetchToolResultErrorBlockParam"]


class BetaWebFetchToolResultErrorBlockParam(TypedDict, total=False):
    """A web fetch that failed."""

    error_code: Required[BetaWebFetchToolResultErrorCode]
    """Machine-readable reason for the failure."""

    type: Required[Literal["web_fetch_tool_result_error"]]
    """Fixed tag that identifies this kind of object."""
