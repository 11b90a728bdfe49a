from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["BetaWebSearchToolResultErrorCode"]

BetaWebSearchToolResultErrorCode: TypeAlias = Literal[
    "invalid_tool_input", "unavailable", "max_uses_exceeded", "too_many_requests", "query_too_long", "request_too_large"
]
"""Why a web search failed."""
