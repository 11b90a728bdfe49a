from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .cache_creation import CacheCreation
from .server_tool_usage import ServerToolUsage

__all__ = ["Usage"]


class Usage(BaseModel):
    """Token counts and service details of a request, which billing and rate limits are based on."""

    cache_creation: Optional[CacheCreation] = None
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

    output_tokens: int
    """Tokens the model generated."""

    server_tool_use: Optional[ServerToolUsage] = None
    """How many requests server-side tools made, by tool."""

    service_tier: Optional[Literal["standard", "priority", "batch"]] = None
    """Capacity the request was served from, `standard`, `priority` or `batch`."""
