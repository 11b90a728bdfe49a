from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["WebSearchToolResultError"]


class WebSearchToolResultError(BaseModel):
    """A web search that failed."""

    error_code: Literal[
        "invalid_tool_input",
        "unavailable",
        "max_uses_exceeded",
        "too_many_requests",
        "query_too_long",
        "request_too_large",
    ]
    """Machine-readable reason for the failure."""

    type: Literal["web_search_tool_result_error"]
    """Fixed tag that identifies this kind of object."""
