from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "BetaContextManagementResponse",
]


class BetaContextManagementResponse(BaseModel):
    original_input_tokens: int
