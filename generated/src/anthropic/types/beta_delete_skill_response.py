from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "BetaDeleteSkillResponse",
]


class BetaDeleteSkillResponse(BaseModel):
    id: str
    type: str
