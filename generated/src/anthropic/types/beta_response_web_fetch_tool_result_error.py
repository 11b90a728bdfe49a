from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaResponseWebFetchToolResultError",
]


class BetaResponseWebFetchToolResultError(BaseModel):
    error_code: Literal[
        "invalid_tool_input",
        "url_too_long",
        "url_not_allowed",
        "url_not_accessible",
        "unsupported_content_type",
        "too_many_requests",
        "max_uses_exceeded",
        "unavailable",
    ]
    type: Literal["web_fetch_tool_result_error"]
