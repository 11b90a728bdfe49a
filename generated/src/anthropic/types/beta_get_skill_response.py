from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = [
    "BetaGetSkillResponse",
]


class BetaGetSkillResponse(BaseModel):
    created_at: str
    display_title: Optional[str] = None
    id: str
    latest_version: Optional[str] = None
    source: str
    type: str
    updated_at: str
