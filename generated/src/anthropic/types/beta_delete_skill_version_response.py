from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "BetaDeleteSkillVersionResponse",
]


class BetaDeleteSkillVersionResponse(BaseModel):
    id: str
    type: str
