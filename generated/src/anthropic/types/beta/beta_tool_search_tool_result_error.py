from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaToolSearchToolResultError"]


class BetaToolSearchToolResultError(BaseModel):
    """A tool search that failed."""

    error_code: Literal["invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"]
    """Machine-readable reason for the failure."""

    error_message: Optional[str] = None
    """More detail about the failure, when available."""

    type: Literal["tool_search_tool_result_error"]
    """Fixed tag that identifies this kind of object."""
