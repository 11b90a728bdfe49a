from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaToolSearchToolResultErrorParam"]


class BetaToolSearchToolResultErrorParam(TypedDict, total=False):
    """A tool search that failed."""

    error_code: Required[Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]]
    """Machine-readable reason for the failure."""

    type: Required[Literal["tool_search_tool_result_error"]]
    """Fixed tag that identifies this kind of object."""
