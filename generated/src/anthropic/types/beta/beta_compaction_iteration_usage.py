from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_cache_creation import BetaCacheCreation

__all__ = ["BetaCompactionIterationUsage"]


class BetaCompactionIterationUsage(BaseModel):
    """Token usage of one pass that compacted the conversation."""

    cache_creation: Optional[BetaCacheCreation] = None
    """Tokens written to the prompt cache, split by cache lifetime."""

    cache_creation_input_tokens: int
    """Input tokens written to the prompt cache."""

    cache_read_input_tokens: int
    """Input tokens read from the prompt cache."""

    input_tokens: int
    """
    Input tokens that were neither read from nor written to the prompt cache. Total input is this
    plus the two cache counts.
    """

    output_tokens: int
    """Tokens the model generated."""

    type: Literal["compaction"]
    """Kind of pass, `message` for ordinary sampling or `compaction` for summarizing context."""
