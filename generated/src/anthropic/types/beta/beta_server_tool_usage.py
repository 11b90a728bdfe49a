from __future__ import annotations

from ..._models import BaseModel

__all__ = ["BetaServerToolUsage"]


class BetaServerToolUsage(BaseModel):
    """How many times each server-side tool was used."""

    web_fetch_requests: int
    """Number of web fetches run."""

    web_search_requests: int
    """Number of web searches run."""
