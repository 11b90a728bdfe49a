from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "BetaCreateSkillVersionResponse",
]


class BetaCreateSkillVersionResponse(BaseModel):
    created_at: str
    description: str
    directory: str
    id: str
    name: str
    skill_id: str
    type: str
    version: str
