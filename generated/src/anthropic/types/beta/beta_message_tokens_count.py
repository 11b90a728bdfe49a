from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .beta_count_tokens_context_management_response import BetaCountTokensContextManagementResponse

__all__ = ["BetaMessageTokensCount"]


class BetaMessageTokensCount(BaseModel):
    """The result of counting the tokens of a Messages request."""

    context_management: Optional[BetaCountTokensContextManagementResponse] = None
    """Token count before context management, if any was applied."""

    input_tokens: int
    """
    How many input tokens the request would take up, including its system prompt and tool
    definitions.
    """
