from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .beta_iterations_usage import BetaIterationsUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = ["BetaMessageDeltaUsage"]


class BetaMessageDeltaUsage(BaseModel):
    """Token counts so far, sent near the end of a stream; the counts are running totals."""

    cache_creation_input_tokens: Optional[int] = None
    """Running total of input tokens written to the prompt cache."""

    cache_read_input_tokens: Optional[int] = None
    """Running total of input tokens read from the prompt cache."""

    input_tokens: Optional[int] = None
    """Running total of input tokens that were neither read from nor written to the cache."""

    iterations: Optional[BetaIterationsUsage] = None
    """
    Usage of each sampling pass when the server ran the model more than once for this request; null
    otherwise.
    """

    output_tokens: int
    """Running total of tokens the model generated."""

    server_tool_use: Optional[BetaServerToolUsage] = None
    """How many requests server-side tools made, by tool."""
