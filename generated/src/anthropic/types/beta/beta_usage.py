from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_cache_creation import BetaCacheCreation
from .beta_iterations_usage import BetaIterationsUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = ["BetaUsage"]


class BetaUsage(BaseModel):
    """Token counts and service details of a request, which billing and rate limits are based on."""

    cache_creation: Optional[BetaCacheCreation] = None
    """Tokens written to the prompt cache, split by cache lifetime."""

    cache_creation_input_tokens: Optional[int] = None
    """Input tokens written to the prompt cache."""

    cache_read_input_tokens: Optional[int] = None
    """Input tokens read from the prompt cache."""

    inference_geo: Optional[str] = None
    """Geographic region where inference ran."""

    input_tokens: int
    """
    Input tokens that were neither read from nor written to the prompt cache. Total input is this
    plus the two cache counts.
    """

    iterations: Optional[BetaIterationsUsage] = None
    """
    Usage of each sampling pass when the server ran the model more than once for this request; null
    otherwise.
    """

    output_tokens: int
    """Tokens the model generated."""

    server_tool_use: Optional[BetaServerToolUsage] = None
    """How many requests server-side tools made, by tool."""

    service_tier: Optional[Literal["standard", "priority", "batch"]] = None
    """Capacity the request was served from, `standard`, `priority` or `batch`."""

    speed: Optional[Literal["standard", "fast"]] = None
    """Speed mode that was used for this request."""
