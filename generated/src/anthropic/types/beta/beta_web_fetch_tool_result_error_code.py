from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["BetaWebFetchToolResultErrorCode"]

BetaWebFetchToolResultErrorCode: TypeAlias = Literal[
    "invalid_tool_input",
    "url_too_long",
    "url_not_allowed",
    "url_not_accessible",
    "unsupported_content_type",
    "too_many_requests",
    "max_uses_exceeded",
    "unavailable",
]
"""Why a web fetch failed."""
