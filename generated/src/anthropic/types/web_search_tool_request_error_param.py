from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["WebSearchToolRequestErrorParam"]


class WebSearchToolRequestErrorParam(TypedDict, total=False):
    """A web search that failed."""

    error_code: Required[
        Literal[
            "invalid_tool_input",
            "unavailable",
            "max_uses_exceeded",
            "too_many_requests",
            "query_too_long",
            "request_too_large",
        ]
    ]
    """Machine-readable reason for the failure."""

    type: Required[Literal["web_search_tool_result_error"]]
    """Fixed tag that identifies this kind of object."""
