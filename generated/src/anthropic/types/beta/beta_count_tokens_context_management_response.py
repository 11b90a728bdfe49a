from __future__ import annotations

from ..._models import BaseModel

__all__ = ["BetaCountTokensContextManagementResponse"]


class BetaCountTokensContextManagementResponse(BaseModel):
    """Token information about context management in a token count."""

    original_input_tokens: int
    """Input tokens the request had before context management changed it."""
