from __future__ import annotations

from .._models import BaseModel

__all__ = ["CacheCreation"]


class CacheCreation(BaseModel):
    """Tokens written to the prompt cache, split by cache lifetime."""

    ephemeral_1h_input_tokens: int
    """Input tokens written to cache entries that live for 1 hour."""

    ephemeral_5m_input_tokens: int
    """Input tokens written to cache entries that live for 5 minutes."""
