from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from .beta_context_management_response import BetaContextManagementResponse

__all__ = [
    "BetaCountMessageTokensResponse",
]


class BetaCountMessageTokensResponse(BaseModel):
    context_management: Optional[BetaContextManagementResponse] = None
    input_tokens: int
