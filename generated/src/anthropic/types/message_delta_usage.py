from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from .server_tool_usage import ServerToolUsage

__all__ = ["MessageDeltaUsage"]


class MessageDeltaUsage(BaseModel):
    """Token counts so far, sent near the end of a stream; the counts are running totals."""

    cache_creation_input_tokens: Optional[int] = None
    """Running total of input tokens written to the prompt cache."""

    cache_read_input_tokens: Optional[int] = None
    """Running total of input tokens read from the prompt cache."""

    input_tokens: Optional[int] = None
    """Running total of input tokens that were neither read from nor written to the cache."""

    output_tokens: int
    """Running total of tokens the model generated."""

    server_tool_use: Optional[ServerToolUsage] = None
    """How many requests server-side tools made, by tool."""
