from __future__ import annotations

from .._models import BaseModel

__all__ = ["ServerToolUsage"]


class ServerToolUsage(BaseModel):
    """How many times each server-side tool was used."""

    web_search_requests: int
    """Number of web searches run."""
